import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { textRunEvents } from '../../checks/testing/assistants-streams.ts';
import { responseStreamEvents } from '../../checks/testing/responses-streams.ts';
import { formatSse } from '../../traffic/sse.ts';
import { SHARED_CORPUS_DIR, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../../testing/shared-corpus.ts';
import { conformantRecordings } from '../../known-issues/nonconformant.ts';
import { main } from '../main.ts';
import { PROJECT_ROOT } from '../project-root.ts';
import { captureOutput } from '../../testing/capture-output.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'oaic-check-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const sse = (events: readonly { event: string; data: unknown }[]) => formatSse(events.map((e) => ({ event: e.event, data: typeof e.data === 'string' ? e.data : JSON.stringify(e.data) })));

describe('oaic check', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  it('exit 0 on clean traffic (raw SSE, JSON Lines)', async () => {
    const { out } = captureOutput();
    const a = file('ok.sse', sse(textRunEvents({ chunks: ['Hi'] })));
    const b = file('ok.jsonl', responseStreamEvents([{ kind: 'text', chunks: ['x'] }]).map((e) => JSON.stringify(e)).join('\n'));
    expect(await main(['node', 'oaic', '--no-color', 'check', a, b])).toBe(0);
    expect(out.join('')).toMatch(/✓ 2 file\(s\), 2 traffic unit\(s\).*0 violation/);
  });
  it('exit 1 with violations grouped by rule and located by file and event', async () => {
    const { out } = captureOutput();
    const events = responseStreamEvents([{ kind: 'text', chunks: ['a', 'b'] }]).map((e) => (e.event === 'response.output_text.delta' ? { ...e, data: { ...e.data, delta: 'Z' } } : e));
    const p = file('bad.sse', sse(events));
    expect(await main(['node', 'oaic', '--no-color', 'check', p])).toBe(1);
    const text = out.join('');
    expect(text).toContain('✗ RESP_DELTA_MISMATCH');
    expect(text).toMatch(new RegExp(`${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} › exchange 0 › event \\d+`));
  });
  it('--json prints machine-readable results', async () => {
    const { out } = captureOutput();
    const p = file('cut.sse', sse(textRunEvents({ chunks: ['a'] }).slice(0, 5)));
    expect(await main(['node', 'oaic', '--json', 'check', p])).toBe(1);
    const json = JSON.parse(out.join('')) as { ok: boolean; violations: { rule: string }[]; units: { apis: string[] }[] };
    expect(json.ok).toBe(false);
    expect(json.units[0]!.apis).toEqual(['assistants']);
    expect(json.violations.map((v) => v.rule)).toContain('AS_NO_DONE');
  });
  it("reads the harness's own recordings (HAR) and finds them conformant", async () => {
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'check', ...conformantRecordings(PROJECT_ROOT)])).toBe(0);
    expect(out.join('')).toMatch(/✓ \d+ file\(s\)/);
  });
  it('in a directory, files that are not traffic are skipped and named; named on the command line they are unreadable', async () => {
    const sub = path.join(dir, 'mixed');
    mkdirSync(sub, { recursive: true });
    writeFileSync(path.join(sub, 'INDEX.json'), '{\n  "files": []\n}');
    writeFileSync(path.join(sub, 'ok.sse'), sse(textRunEvents({ chunks: ['Hi'] })));
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'check', sub])).toBe(0);
    expect(out.join('')).toMatch(/skipped .*INDEX\.json: it is JSON, but neither/);
    expect(await main(['node', 'oaic', '--no-color', 'check', path.join(sub, 'INDEX.json')])).toBe(2);
  });
  it('exit 2 on unreadable input, saying why', async () => {
    const { err } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'check', file('junk.txt', 'hello')])).toBe(2);
    expect(err.join('')).toMatch(/INPUT_UNREADABLE: Failed to read .*junk.txt: it starts with "hello"/);
    expect(await main(['node', 'oaic', '--no-color', 'check', path.join(dir, 'missing.har')])).toBe(2);
  });
});

describe.skipIf(!SHARED_CORPUS_PRESENT)(`oaic check over the real corpus ${SHARED_CORPUS_PRESENT ? '' : SHARED_SKIP_REASON}`, () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });
  it('reads every normalized recording and finds no violation', async () => {
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'check', path.join(SHARED_CORPUS_DIR, 'normalized')])).toBe(0);
    expect(out.join('')).toMatch(/✓ 30\d file\(s\)/);
  });
  it('reads the raw VCR/vcrpy cassettes too (through the import readers) and finds no violation', async () => {
    const { out } = captureOutput();
    expect(await main(['node', 'oaic', '--no-color', 'check', path.join(SHARED_CORPUS_DIR, 'raw')])).toBe(0);
    expect(out.join('')).toMatch(/✓ 30\d file\(s\)/);
  });
});
