import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCassette } from './cassette.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'oaic-cassette-'));

describe('cassette reader', () => {
  it('reads a vcrpy cassette through the import readers, without timing', () => {
    const file = path.join(dir, 'run.yaml');
    writeFileSync(file, [
      'interactions:',
      '- request:',
      '    body: null',
      '    headers: {}',
      '    method: GET',
      '    uri: https://api.openai.com/v1/threads/thread_1/runs/run_1',
      '  response:',
      '    body:',
      `      string: '{"object":"thread.run","id":"run_1","status":"queued"}'`,
      '    headers:',
      '      Content-Type:',
      '      - application/json',
      '    status:',
      '      code: 200',
      '      message: OK',
      'version: 1',
      '',
    ].join('\n'));
    const t = readCassette(file);
    expect(t.exchanges.map((e) => [e.method, e.path, e.status, (e.responseBody as { status?: string }).status])).toEqual([['GET', '/v1/threads/thread_1/runs/run_1', 200, 'queued']]);
    expect(t.exchanges[0]!.startedAt).toBeUndefined();
  });
  it('an unreadable cassette says why', () => {
    const file = path.join(dir, 'bad.yaml');
    writeFileSync(file, 'just: text\n');
    expect(() => readCassette(file)).toThrow(/Failed to import .*bad.yaml/);
  });
});
