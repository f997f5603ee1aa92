/**
 * KI-07 — uploadAndPoll returns the vector store instead of the batch (service; openai-node
 * #1700, openai-python #2724; "already addressed" per maintainer). Not an SDK bug: every version
 * returns the poll body verbatim, so the fault vs-batch-poll-returns-store reproduces it on any
 * SDK. Workaround: keep the batch id from create. The seed's fileBatches.list does not exist (SN-04).
 */
import { toFile } from 'openai';
import { generateFile } from '../../src/files/generate/index.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient } from '../../src/known-issues/kit.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.ki-07-upload-and-poll-returns-vector-store',
  title: 'KI-07: uploadAndPoll returns vs_… when the batch poll answers with the vector store',
  api: ['files', 'vector_stores'],
  tags: ['known-issue', 'service-side', 'KI-07'],
  async run(ctx) {
    const { client: c } = sdkClient(ctx, ['vs-batch-poll-returns-store']);
    const store = await ctx.step('create a vector store', () => c.vectorStores.create({ name: 'ki-07' }));
    const file = await toFile(Buffer.from(generateFile('.md')), 'quokka.md');
    const r = await ctx.step('uploadAndPoll a file', () => c.vectorStores.fileBatches.uploadAndPoll(store.id, { files: [file] }, { pollIntervalMs: 60 }));
    const wrong = r.id === store.id && (r as { object: string }).object === 'vector_store';
    reportFacet(ctx, 'KI-07.poll-returns-vector-store', wrong, { id: r.id, object: (r as { object: string }).object });
    const next = await ctx.attempt('listFiles with the returned id', () => c.vectorStores.fileBatches.listFiles(r.id, { vector_store_id: store.id }));
    if (wrong) {
      ctx.expect(!next.ok && next.error.status === 400 && next.error.message === `400 Invalid 'batch_id': '${store.id}'. Expected an ID that begins with 'vsfb_'.`, { message: "the follow-up fails with 400 Invalid 'batch_id'", observed: next.ok ? 'ok' : next.error, expected: `400 Invalid 'batch_id': '${store.id}'. Expected an ID that begins with 'vsfb_'.` });
    }
    // Workaround: upload, create the batch yourself and keep its id.
    const up = await ctx.step('workaround: upload the file', () => c.files.create({ file, purpose: 'assistants' }));
    const batch = await ctx.step('…create the batch and keep batch.id', () => c.vectorStores.fileBatches.create(store.id, { file_ids: [up.id] }));
    ctx.expect(batch.id.startsWith('vsfb_'), { message: 'create returns the batch', observed: batch.id, expected: 'vsfb_…' });
    const files = await ctx.step('…list the batch files by that id', () => c.vectorStores.fileBatches.listFiles(batch.id, { vector_store_id: store.id }));
    ctx.expect(files.data.some((f) => f.id === up.id), { message: 'the batch lists its file', observed: files.data.map((f) => f.id), expected: [up.id] });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
