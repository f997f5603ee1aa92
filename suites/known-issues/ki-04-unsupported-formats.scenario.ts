/**
 * KI-04 — "unsupported formats fail silently" (service; partly wrong). An unsupported extension
 * is an explicit 400 unsupported_file at attach time; only broken content of a supported type is
 * silent: the file ends failed (last_error) while the polling helpers resolve normally. The
 * client-side validator (src/files) catches the first case before uploading.
 */
import { toFile } from 'openai';
import { brokenFile, generateFile } from '../../src/files/generate/index.ts';
import { validateUpload } from '../../src/files/validate-upload.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { expectErrorText, reportFacet } from '../../src/known-issues/kit.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.ki-04-unsupported-formats',
  title: 'KI-04: unsupported extension → 400 unsupported_file; broken content → silent per-file failed',
  api: ['files', 'vector_stores'],
  tags: ['known-issue', 'service-side', 'KI-04'],
  async run(ctx) {
    const c = ctx.client;
    const csv = generateFile('.csv');
    const verdict = validateUpload({ filename: 'animals.csv', bytes: csv, tool: 'file_search' });
    ctx.expect(!verdict.ok && verdict.problems[0]?.rule === 'UPLOAD_UNSUPPORTED_EXTENSION', { message: 'workaround: validateUpload rejects .csv for file_search before any upload', observed: verdict.problems, expected: 'UPLOAD_UNSUPPORTED_EXTENSION' });
    const store = await ctx.step('create a vector store', () => c.vectorStores.create({ name: 'ki-04' }));
    const up = await ctx.step('upload a .csv (the Files API accepts it)', async () => c.files.create({ file: await toFile(Buffer.from(csv), 'animals.csv'), purpose: 'assistants' }));
    const attach = await ctx.attempt('attach it in a batch', () => c.vectorStores.fileBatches.create(store.id, { file_ids: [up.id] }));
    if (!attach.ok) expectErrorText(ctx, 'KI-04.unsupported-400', attach.error);
    reportFacet(ctx, 'KI-04.unsupported-400', !attach.ok && attach.error.code === 'unsupported_file', attach.ok ? attach.value.status : attach.error);

    const broken = await ctx.step('upload a truncated PDF', async () => c.files.create({ file: await toFile(Buffer.from(brokenFile('.pdf')), 'broken.pdf'), purpose: 'assistants' }));
    const batch = await ctx.step('createAndPoll a batch with it (resolves normally)', () => c.vectorStores.fileBatches.createAndPoll(store.id, { file_ids: [broken.id] }, { pollIntervalMs: 60 }));
    const vsFile = await ctx.step('read the file in the store', () => c.vectorStores.files.retrieve(broken.id, { vector_store_id: store.id }));
    ctx.annotate('broken content', { batch: batch.status, file_counts: batch.file_counts, file: vsFile.status, last_error: vsFile.last_error });
    ctx.expect(vsFile.status !== 'failed' || (vsFile.last_error !== null && ['invalid_file', 'unsupported_file', 'server_error'].includes(vsFile.last_error.code)), { message: 'a failed file carries last_error with a spec code', observed: vsFile.last_error, expected: 'invalid_file | unsupported_file | server_error' });
    reportFacet(ctx, 'KI-04.silent-failed', vsFile.status === 'failed' && batch.file_counts.failed === 1, { batch: batch.status, failed: batch.file_counts.failed, last_error: vsFile.last_error });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
