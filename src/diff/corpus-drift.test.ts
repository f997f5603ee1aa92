/**
 * `oaic diff` on real service traffic (../shared/corpus): openllmetry recorded the same three
 * Assistants tests twice on 2024-03-27 (v1, two hours apart) and again in 2026 (v2). The two v1
 * recordings differ in every id, timestamp, request id, generated text and poll count, and must
 * not drift; v1 → v2 must report the real breaking change (`file_ids` removed from assistants,
 * messages and runs) and the additive one (`tool_resources`).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file.ts';
import { SHARED_CORPUS_DIR, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../testing/shared-corpus.ts';
import { diffSides } from './drift.ts';
import { loadSide } from './load.ts';

const RAW = path.join(SHARED_CORPUS_DIR, 'raw', 'openllmetry');
const TESTS = ['test_new_assistant', 'test_existing_assistant', 'test_streaming_new_assistant'];
const tmp = mkdtempSync(path.join(tmpdir(), 'oaic-corpus-drift-'));

/** `3e4a9505d` → raw/openllmetry/3e4a9505d/test_assistant/…; `latest` → raw/openllmetry/test_assistant/…. */
function side(dir: string): string {
  const out = path.join(tmp, dir);
  const from = dir === 'latest' ? path.join(RAW, 'test_assistant') : path.join(RAW, dir, 'test_assistant');
  for (const t of TESTS) importFile(path.join(from, `${t}.yaml`), { outDir: out, source: 'openllmetry' });
  return out;
}

describe.skipIf(!SHARED_CORPUS_PRESENT)(`oaic diff on real recordings (${SHARED_CORPUS_PRESENT ? RAW : SHARED_SKIP_REASON})`, () => {
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));
  const load = (d: string) => loadSide(side(d), tmp);

  it('stays quiet on the same tests recorded twice against the live service (no breaking change)', () => {
    const r = diffSides(load('3e4a9505d'), load('97404c310'));
    expect(r.totals.scenarios).toBe(3);
    expect(r.changes.filter((c) => c.class === 'breaking')).toEqual([]);
    // What does differ is the number of polls and one extra assistant lookup the newer test makes.
    expect(new Set(r.changes.map((c) => c.kind))).toEqual(new Set(['repeat-count-changed', 'request-added', 'kind-added']));
  });

  it('reports Assistants v1 → v2 as breaking: file_ids removed from assistants, messages and runs', () => {
    const r = diffSides(load('97404c310'), load('latest'));
    const removed = r.changes.filter((c) => c.kind === 'field-removed' && c.where.endsWith(' file_ids') && c.scenario === 'openllmetry.test_new_assistant');
    expect(removed.map((c) => `${c.class} ${c.where}`).sort()).toEqual(['breaking assistant file_ids', 'breaking thread.message file_ids', 'breaking thread.run file_ids']);
    expect(r.changes).toContainEqual(expect.objectContaining({ class: 'additive', kind: 'field-added', where: 'assistant tool_resources', scenario: 'openllmetry.test_new_assistant' }));
  });
});
