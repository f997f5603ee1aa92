/**
 * LR-04 — fileBatches.uploadAndPoll drops its request options before 7.5.0 (sdk; PR #1855):
 * pollIntervalMs is ignored and the server's openai-poll-after-ms (300 ms here) or the 5 s
 * default applies. Measured: time and the X-Stainless-Custom-Poll-Interval header of the polls.
 * Workaround: files.create + fileBatches.createAndPoll with the options.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient, vectorStoresOf } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';
import { generateFile } from '../../src/files/generate/index.ts';

const INTERVAL_MS = 10;
const SERVER_AFTER_MS = 300;

export default defineScenario({
  id: 'known-issues.lr-04-upload-and-poll-interval',
  title: 'LR-04: uploadAndPoll ignores pollIntervalMs before 7.5.0',
  api: ['files', 'vector_stores'],
  tags: ['known-issue', 'sdk-side', 'LR-04'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const { client } = sdkClient(ctx, ['ki-file-batch-slow']);
    const batches = vectorStoresOf(client).fileBatches as unknown as {
      uploadAndPoll: (vs: string, b: { files: unknown[] }, o: object) => Promise<{ status: string }>;
      createAndPoll: (vs: string, b: { file_ids: string[] }, o: object) => Promise<{ status: string }>;
    };
    const file = await ctx.sdk.module.toFile(Buffer.from(generateFile('.txt')), 'notes.txt');
    let t = performance.now();
    const up = await ctx.step('uploadAndPoll with pollIntervalMs 10', () => batches.uploadAndPoll('vs_lr04', { files: [file] }, { pollIntervalMs: INTERVAL_MS }));
    const upMs = Math.round(performance.now() - t);
    ctx.expect(up.status === 'completed', { message: 'the batch completes', observed: up.status, expected: 'completed' });
    const uploaded = await ctx.step('workaround: upload the file yourself', () => client.files.create({ file, purpose: 'assistants' }));
    t = performance.now();
    const wk = await ctx.step('workaround: createAndPoll with pollIntervalMs 10', () => batches.createAndPoll('vs_lr04', { file_ids: [uploaded.id] }, { pollIntervalMs: INTERVAL_MS }));
    const wkMs = Math.round(performance.now() - t);
    ctx.expect(wk.status === 'completed' && wkMs < SERVER_AFTER_MS, { message: 'createAndPoll honours pollIntervalMs', observed: { status: wk.status, ms: wkMs }, expected: `completed in < ${SERVER_AFTER_MS} ms` });
    ctx.annotate('measured', { uploadAndPollMs: upMs, createAndPollMs: wkMs, pollIntervalMs: INTERVAL_MS, serverPollAfterMs: SERVER_AFTER_MS, polls: 3 });
    // Two in_progress polls: ≥ 600 ms at the server's cadence, ≈ 20 ms at ours.
    reportFacet(ctx, 'LR-04.options-dropped', upMs >= 2 * SERVER_AFTER_MS * 0.9, { uploadAndPollMs: upMs });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
