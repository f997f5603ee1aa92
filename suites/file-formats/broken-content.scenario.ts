/**
 * Broken content under a supported extension (a truncated PDF/DOCX/PPTX, text that is not
 * utf-8): the batch still completes and createAndPoll resolves — the polling helpers raise
 * nothing — while each such file ends failed with a last_error the caller has to read.
 */
import { toFile } from 'openai';
import { brokenFile } from '../../src/files/generate/index.ts';
import { inspectFile } from '../../src/files/inspect.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const BROKEN = ['.pdf', '.docx', '.pptx', '.txt', '.md', '.json'];

export default defineScenario({
  id: 'file-formats.broken-content',
  title: 'Broken content under a supported extension: per-file failed, the helpers resolve normally',
  api: ['files', 'vector_stores'],
  tags: ['file-formats', 'file_search'],
  async run(ctx) {
    const c = ctx.client;
    const store = await ctx.step('create a vector store', () => c.vectorStores.create({ name: 'broken' }));
    const ids = new Map<string, string>();
    for (const ext of BROKEN) {
      const bytes = brokenFile(ext);
      ctx.expect(inspectFile(ext, bytes).length > 0, { message: `${ext}: the sample really is broken`, observed: 'valid', expected: 'problems' });
      const f = await ctx.step(`upload broken${ext}`, async () => c.files.create({ file: await toFile(Buffer.from(bytes), `broken${ext}`), purpose: 'assistants' }));
      ids.set(f.id, ext);
    }
    const batch = await ctx.step('createAndPoll the batch (does not throw)', () => c.vectorStores.fileBatches.createAndPoll(store.id, { file_ids: [...ids.keys()] }, { pollIntervalMs: 60 }));
    ctx.expect(batch.status === 'completed', { message: 'the batch itself completes', observed: batch.status, expected: 'completed' });
    ctx.expect(batch.file_counts.failed === ids.size, { message: 'file_counts.failed counts every broken file', observed: batch.file_counts, expected: { failed: ids.size } });
    const files = await ctx.step('list the files with their last_error', () => c.vectorStores.files.list(store.id, { limit: 100 }));
    const outcome: Record<string, unknown> = {};
    for (const f of files.data) {
      const ext = ids.get(f.id) ?? f.id;
      outcome[ext] = { status: f.status, last_error: f.last_error };
      ctx.expect(f.status === 'failed' && !!f.last_error && ['invalid_file', 'unsupported_file', 'server_error'].includes(f.last_error.code), { message: `${ext} ends failed with a spec last_error code`, observed: { status: f.status, last_error: f.last_error }, expected: 'failed + last_error' });
    }
    ctx.annotate('per-file outcome', outcome);
  },
  checks: KNOWN_ISSUE_CHECKS,
});
