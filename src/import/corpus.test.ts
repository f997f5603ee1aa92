/**
 * Every real capture in ../shared/corpus/raw (VCR and vcrpy cassettes and an openai-python
 * snapshot test, recorded against api.openai.com by other projects) imports, reads back as
 * traffic, replays through the official SDK, comes out scrubbed, and passes `oaic check`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { checkFiles } from '../checks/check-files.ts';
import { main } from '../cli/main.ts';
import { SHARED_CORPUS_DIR, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON, listNormalized } from '../testing/shared-corpus.ts';
import { importFile, type Imported } from './import-file.ts';
import { replayThroughSdk, type ReplayResult } from './sdk-replay.ts';

const RAW = path.join(SHARED_CORPUS_DIR, 'raw');
const walk = (d: string): string[] => readdirSync(d).sort().flatMap((f) => (statSync(path.join(d, f)).isDirectory() ? walk(path.join(d, f)) : [path.join(d, f)]));
const host = (url: string) => new URL(url).host;

describe.skipIf(!SHARED_CORPUS_PRESENT)(`importing the real corpus (${SHARED_CORPUS_PRESENT ? RAW : SHARED_SKIP_REASON})`, () => {
  const out = mkdtempSync(path.join(tmpdir(), 'oaic-import-corpus-'));
  const imported: (Imported & { output: string })[] = [];
  const replays = new Map<string, ReplayResult[]>();

  beforeAll(async () => {
    const taken = new Set<string>();
    for (const file of walk(RAW)) {
      const r = importFile(file, { outDir: out, source: path.relative(RAW, file).split(path.sep)[0]! }, taken);
      imported.push(r);
      replays.set(r.output, await replayThroughSdk(JSON.parse(readFileSync(r.output, 'utf8')), r.output));
    }
  }, 120_000);
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('imports every file, with the counts per format', () => {
    const perFormat: Record<string, number> = {};
    for (const r of imported) perFormat[r.format] = (perFormat[r.format] ?? 0) + 1;
    expect(imported).toHaveLength(302);
    expect(perFormat).toEqual({ vcrpy: 170, 'vcr-ruby': 131, 'inline-snapshot': 1 });
    const entries = imported.reduce((n, r) => n + r.har.log.entries.length, 0);
    expect(entries).toBe(873);
  });

  it('keeps every exchange: per file, the api.openai.com entries match the corpus index', () => {
    const index = (JSON.parse(readFileSync(path.join(SHARED_CORPUS_DIR, 'INDEX.json'), 'utf8')) as { files: { source: string; interactions: number }[] }).files;
    const normalizedTotal = listNormalized().reduce((n, rec) => n + rec.interactions.length, 0);
    let openai = 0;
    for (const r of imported) {
      const n = r.har.log.entries.filter((e) => host(e.request.url) === 'api.openai.com').length;
      openai += n;
      const candidates = index.filter((i) => i.source.endsWith(`/${path.basename(r.file)}`));
      expect(candidates.map((i) => i.interactions), r.file).toContain(n);
    }
    expect(openai).toBe(normalizedTotal);
    expect(openai).toBe(872); // one pydantic-ai cassette also holds an api.anthropic.com exchange
  });

  it('replays every imported exchange through the official SDK with the recorded outcome', () => {
    const outcomes: Record<string, number> = {};
    const mismatches: ReplayResult[] = [];
    for (const results of replays.values()) {
      for (const r of results) {
        outcomes[r.observed] = (outcomes[r.observed] ?? 0) + 1;
        if (r.observed !== r.expected || (r.events && r.events.observed !== r.events.expected)) mismatches.push(r);
      }
    }
    expect(mismatches).toEqual([]);
    expect(outcomes).toEqual({ json: 778, stream: 59, 'api-error': 34, binary: 2 });
  });

  it('writes scrubbed recordings with imported provenance', () => {
    for (const r of imported) {
      const text = readFileSync(r.output, 'utf8');
      expect(text, r.output).not.toMatch(/"name": "(authorization|cookie|set-cookie|openai-organization|openai-project|user-agent|x-stainless-[a-z-]+)"/i);
      expect(text, r.output).not.toMatch(/\bsk-(?!REDACTED)[A-Za-z0-9_-]{16,}/);
      expect(r.har.log._oaic?.provenance).toBe(`imported:${path.relative(RAW, r.file).split(path.sep)[0]}`);
    }
  });

  it('passes oaic check: every recording read back, no failing violation (info findings only)', async () => {
    const result = await checkFiles([out]);
    expect(result.files).toHaveLength(302);
    expect(result.units.reduce((n, u) => n + u.exchanges, 0)).toBe(873);
    expect(result.violations.map((v) => `${v.where.source}: ${v.rule} ${v.message}`)).toEqual([]);
    expect(result.infos).toBeGreaterThan(0); // the checks did look: unknown fields and documented quirks are info
    vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'oaic', '--no-color', 'check', out])).toBe(0);
    } finally {
      vi.restoreAllMocks();
      process.exitCode = undefined;
    }
  });
});
