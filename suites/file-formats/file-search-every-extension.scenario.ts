/**
 * Every extension the File Search table lists, as a real generated file (src/files/generate),
 * uploaded, attached to one vector store in a batch, and polled to its final status. Each file
 * must end completed; the store must then find the marker word in the text formats.
 */
import { toFile } from 'openai';
import { SUPPORTED } from '../../src/files/extensions.ts';
import { sampleFile } from '../../src/files/generate/index.ts';
import { MARKER } from '../../src/files/generate/text.ts';
import { validateUpload } from '../../src/files/validate-upload.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'file-formats.file-search-every-extension',
  title: `file_search: a real file of each of the ${SUPPORTED.file_search.extensions.length} listed extensions is indexed`,
  api: ['files', 'vector_stores'],
  tags: ['file-formats', 'file_search'],
  timeoutMs: 90_000,
  async run(ctx) {
    const c = ctx.client;
    const store = await ctx.step('create a vector store', () => c.vectorStores.create({ name: 'every-extension' }));
    const ids = new Map<string, string>();
    for (const ext of SUPPORTED.file_search.extensions) {
      const s = sampleFile(ext);
      ctx.expect(validateUpload({ filename: s.filename, bytes: s.bytes, tool: 'file_search' }).ok, { message: `${ext}: the client-side validator accepts it`, observed: ext, expected: 'valid' });
      const f = await ctx.step(`upload ${s.filename}`, async () => c.files.create({ file: await toFile(Buffer.from(s.bytes), s.filename, { type: s.mime }), purpose: 'assistants' }));
      ctx.expect(f.bytes === s.bytes.length, { message: `${ext}: the service counts every byte`, observed: f.bytes, expected: s.bytes.length });
      ids.set(f.id, ext);
    }
    const batch = await ctx.step('attach all in one batch and poll', () => c.vectorStores.fileBatches.createAndPoll(store.id, { file_ids: [...ids.keys()] }, { pollIntervalMs: 60 }));
    ctx.expect(batch.status === 'completed' && batch.file_counts.completed === ids.size && batch.file_counts.failed === 0, { message: 'every file is indexed', observed: batch.file_counts, expected: { completed: ids.size, failed: 0 } });
    const files = await ctx.step('list the batch files', () => c.vectorStores.fileBatches.listFiles(batch.id, { vector_store_id: store.id, limit: 100 }));
    const statuses: Record<string, string> = {};
    for (const f of files.data) statuses[ids.get(f.id) ?? f.id] = f.last_error ? `${f.status} (${f.last_error.code}: ${f.last_error.message})` : f.status;
    ctx.annotate('final status per extension', statuses);
    for (const [id, ext] of ids) ctx.expect(files.data.find((f) => f.id === id)?.status === 'completed', { message: `${ext} ends completed`, observed: statuses[ext] ?? 'missing', expected: 'completed' });
    const hits = await ctx.step(`search the store for "${MARKER}"`, () => c.vectorStores.search(store.id, { query: MARKER, max_num_results: 50 }));
    const found = new Set(hits.data.map((h) => ids.get(h.file_id)).filter(Boolean));
    ctx.annotate('extensions found by search', [...found].sort());
    ctx.expect(found.size >= 10, { message: 'search finds the marker in the indexed files', observed: [...found], expected: '≥ 10 extensions' });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
