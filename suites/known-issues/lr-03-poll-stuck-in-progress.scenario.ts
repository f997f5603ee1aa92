/**
 * LR-03 — the polling helpers never time out on a vector-store file stuck in_progress (sdk, by
 * design; openai-python #3097). The symptom: files.poll is still polling at its 8th request (a
 * deterministic count, so replays match); the workaround: an AbortSignal in the request options
 * — aborted here just before that request — ends it with APIUserAbortError.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient, vectorStoresOf } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const POLLS = 8;

export default defineScenario({
  id: 'known-issues.lr-03-poll-stuck-in-progress',
  title: 'LR-03: polling helpers never time out on a file stuck in_progress',
  api: 'vector_stores',
  tags: ['known-issue', 'sdk-side', 'LR-03'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const controller = new AbortController();
    let settledEarly = false;
    const { client, requests } = sdkClient(ctx, ['ki-vector-store-file-stuck'], {
      beforeRequest: (n) => {
        if (n >= POLLS) controller.abort();
      },
    });
    const files = vectorStoresOf(client).files as unknown as { poll: (vs: string, id: string, o: object) => Promise<{ status: string }> };
    const polling = files.poll('vs_lr03', 'file-lr03', { pollIntervalMs: 60, signal: controller.signal }).finally(() => {
      settledEarly = !controller.signal.aborted;
    });
    const end = await ctx.attempt('poll a stuck file (aborted at the 8th request)', () => polling);
    const polls = requests.length;
    ctx.annotate('polling', { requests: polls, endedBy: settledEarly ? 'the helper' : 'the caller signal' });
    ctx.expect(!end.ok && end.error.class === 'APIUserAbortError', { message: 'an AbortSignal in the options stops the helper with APIUserAbortError', observed: end.ok ? 'resolved' : end.error, expected: 'APIUserAbortError' });
    reportFacet(ctx, 'LR-03.no-timeout', !settledEarly && polls >= POLLS, { requests: polls, endedBy: settledEarly ? 'helper' : 'caller signal' });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
