/**
 * LR-02 — a named `event: error` frame (flat {message,type,param,code}, as the spec shapes
 * ErrorEvent.data) loses the server's message on 5.10.3–7.5.0 (sdk; regression ca938d6b, fixed
 * b7a0bd61 #2409 in 7.6.0). Reproduces = the caller does not get APIError with that message.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { SERVER_ERROR_MESSAGE } from '../../src/known-issues/catalogue/errors.ts';
import { expectErrorText, reportFacet, sdkClient } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.lr-02-named-error-event',
  title: 'LR-02: named event: error frame → "Final run has not been received" (5.10.3 – 7.5.0)',
  api: 'assistants',
  tags: ['known-issue', 'sdk-side', 'LR-02'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const { client } = sdkClient(ctx, ['ki-stream-flat-error-event']);
    const stream = client.beta.threads.runs.stream('thread_lr02', { assistant_id: 'asst_lr02' });
    // Workaround on affected versions: the raw event still arrives.
    const raw: string[] = [];
    stream.on('event', (e: { event: string }) => raw.push(e.event));
    const r = await ctx.attempt('stream a run that fails with a flat error frame', () => stream.finalRun());
    ctx.expect(!r.ok, { message: 'the stream must not resolve: the server reported an error', observed: r.ok ? 'resolved' : r.error, expected: 'an error' });
    if (r.ok) return;
    expectErrorText(ctx, 'LR-02.flat-error-frame', r.error);
    const lost = !(r.error.class === 'APIError' && r.error.message === SERVER_ERROR_MESSAGE);
    ctx.annotate('raw events seen', raw);
    reportFacet(ctx, 'LR-02.flat-error-frame', lost, r.error);
  },
  checks: KNOWN_ISSUE_CHECKS,
});
