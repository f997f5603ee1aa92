/**
 * KI-03 — a vector store used before indexing completes (service; File Search "Ensuring vector
 * store readiness"). With indexing slowed (fault vs-stuck-in-progress=3) the store and its file
 * are in_progress right after attaching and nothing raises; the polling helper waits it out.
 */
import { toFile } from 'openai';
import { generateFile } from '../../src/files/generate/index.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient } from '../../src/known-issues/kit.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.ki-03-vector-store-not-ready',
  title: 'KI-03: vector store in_progress right after attaching; createAndPoll waits for it',
  api: ['files', 'vector_stores'],
  tags: ['known-issue', 'service-side', 'KI-03'],
  async run(ctx) {
    const { client: c } = sdkClient(ctx, ['vs-stuck-in-progress=3']);
    const store = await ctx.step('create a vector store', () => c.vectorStores.create({ name: 'ki-03' }));
    const file = await ctx.step('upload a markdown file', async () => c.files.create({ file: await toFile(Buffer.from(generateFile('.md')), 'quokka.md'), purpose: 'assistants' }));
    const attached = await ctx.step('attach it without waiting', () => c.vectorStores.files.create(store.id, { file_id: file.id }));
    const early = await ctx.step('read the store right away', () => c.vectorStores.retrieve(store.id));
    ctx.annotate('right after attach', { store: early.status, file: attached.status, file_counts: early.file_counts });
    reportFacet(ctx, 'KI-03.not-ready', early.status === 'in_progress' || attached.status === 'in_progress', { store: early.status, file: attached.status });
    // Workaround: poll the file (or batch) until it leaves in_progress, then check failures.
    const ready = await ctx.step('workaround: files.poll until indexed', () => c.vectorStores.files.poll(store.id, file.id, { pollIntervalMs: 60 }));
    ctx.expect(ready.status === 'completed' && ready.last_error === null, { message: 'the file is indexed without error', observed: { status: ready.status, last_error: ready.last_error }, expected: { status: 'completed', last_error: null } });
    const after = await ctx.step('read the store again', () => c.vectorStores.retrieve(store.id));
    ctx.expect(after.status === 'completed' && after.file_counts.completed === 1, { message: 'the store is ready', observed: { status: after.status, file_counts: after.file_counts }, expected: 'completed, 1 file completed' });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
