/**
 * LR-03 — the polling helpers never time out on a vector-store file stuck in_progress (sdk, by
 * design; openai-python #3097). The symptom: files.poll is still pending after far more than its
 * interval; the workaround: an AbortSignal in the request options ends it with APIUserAbortError.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient, vectorStoresOf } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const WAIT_MS = 400;

export default defineScenario({
  id: 'known-issues.lr-03-poll-stuck-in-progress',
  title: 'LR-03: polling helpers never time out on a file stuck in_progress',
  api: 'vector_stores',
  tags: ['known-issue', 'sdk-side', 'LR-03'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const { client, requests } = sdkClient(ctx, ['ki-vector-store-file-stuck']);
    const files = vectorStoresOf(client).files as unknown as { poll: (vs: string, id: string, o: object) => Promise<{ status: string }> };
    const controller = new AbortController();
    const polling = files.poll('vs_lr03', 'file-lr03', { pollIntervalMs: 20, signal: controller.signal });
    const settled = await Promise.race([polling.then(() => 'resolved', () => 'rejected'), new Promise((r) => setTimeout(() => r('pending'), WAIT_MS))]);
    const polls = requests.length;
    ctx.annotate('after wait', { waitedMs: WAIT_MS, state: settled, polls });
    // Workaround: the caller's signal ends the loop.
    controller.abort();
    const end = await ctx.attempt('abort the poll with the caller signal', () => polling);
    ctx.expect(!end.ok && end.error.class === 'APIUserAbortError', { message: 'an AbortSignal in the options stops the helper with APIUserAbortError', observed: end.ok ? 'resolved' : end.error, expected: 'APIUserAbortError' });
    reportFacet(ctx, 'LR-03.no-timeout', settled === 'pending' && polls > 3, { state: settled, polls });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
