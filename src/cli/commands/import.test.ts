import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import type { HarLog } from '../../traffic/har.ts';
import { main } from '../main.ts';
import { captureOutput } from '../../testing/capture-output.ts';

const tmp = mkdtempSync(path.join(tmpdir(), 'oaic-import-'));
const input = (name: string, text: string) => {
  const f = path.join(tmp, 'in', name);
  mkdirSync(path.dirname(f), { recursive: true });
  writeFileSync(f, text);
  return f;
};
const cassette = `interactions:
- request:
    body: '{"model": "gpt-4o-mini", "input": "hi"}'
    headers:
      authorization:
      - Bearer sk-abcdefghijklmnopqrstuvwxyz0123
      content-type:
      - application/json
    method: POST
    uri: https://api.openai.com/v1/responses
  response:
    body:
      string: '{"id": "resp_0123456789abcdef", "object": "response", "status": "completed", "output": []}'
    headers:
      content-type:
      - application/json
    status:
      code: 200
      message: OK
version: 1
`;
const sse = 'event: response.created\ndata: {"type":"response.created","response":{"id":"resp_0123456789abcdef","object":"response","status":"in_progress"}}\n\nevent: response.completed\ndata: {"type":"response.completed","response":{"id":"resp_0123456789abcdef","object":"response","status":"completed"}}\n\n';

const oaic = (...args: string[]) => main(['node', 'oaic', '--no-color', ...args]);

describe('oaic import', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('imports cassettes and transcripts into <out-dir>/<source>/<name>.har and verifies them through the SDK', async () => {
    const { out } = captureOutput();
    const files = [input('cassettes/test_basic.yaml', cassette), input('stream.sse', sse)];
    const outDir = path.join(tmp, 'recordings', 'imported');
    expect(await oaic('import', ...files, '--source', 'team-baseline', '--out-dir', outDir, '--verify')).toBe(0);
    const har = JSON.parse(readFileSync(path.join(outDir, 'team-baseline', 'test_basic.har'), 'utf8')) as HarLog;
    expect(har.log._oaic).toMatchObject({ provenance: 'imported:team-baseline', target: 'imported' });
    expect(JSON.stringify(har)).not.toContain('sk-abcdefghij');
    expect(existsSync(path.join(outDir, 'team-baseline', 'stream.har'))).toBe(true);
    expect(out.join('')).toMatch(/test_basic\.yaml \(vcrpy, 1 exchange\(s\)\) → .*test_basic\.har replayed through the SDK/);
    expect(out.join('')).toContain('2 of 2 file(s) imported');
  });

  it('reads directories recursively, defaults the source to the format, and prints JSON with --json', async () => {
    const { out } = captureOutput();
    const outDir = path.join(tmp, 'out-json');
    expect(await oaic('--json', 'import', path.join(tmp, 'in', 'cassettes'), '--out-dir', outDir)).toBe(0);
    const rows = JSON.parse(out.join('')) as { format: string; output: string; provenance: string }[];
    expect(rows).toEqual([expect.objectContaining({ format: 'vcrpy', provenance: 'imported:vcrpy', output: path.join(outDir, 'vcrpy', 'test_basic.har') })]);
  });

  it('exits 2 when a file cannot be imported, still importing the others', async () => {
    const { out } = captureOutput();
    const outDir = path.join(tmp, 'out-bad');
    expect(await oaic('import', input('notes.txt', 'not traffic\n'), path.join(tmp, 'missing.yaml'), input('ok.sse', sse), '--out-dir', outDir)).toBe(2);
    const text = out.join('');
    expect(text).toMatch(/✗ Failed to import .*notes\.txt: its format is none of/);
    expect(text).toMatch(/✗ Failed to import .*missing\.yaml: ENOENT/);
    expect(text).toContain('1 of 3 file(s) imported');
    expect(existsSync(path.join(outDir, 'sse', 'ok.har'))).toBe(true);
  });
});
