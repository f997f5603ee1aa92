/**
 * LR-01 — the final SSE event is dropped when the server omits the trailing blank line
 * (sdk; openai-node #2725, fix PR #2726 merged 2026-09). The emulator ends a run stream with
 * thread.run.completed and no "\n\n"; affected versions reject finalRun(). On a Responses stream
 * they silently return the in_progress snapshot instead of the completed response.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { expectErrorText, reportFacet, sdkClient } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.lr-01-final-event-without-blank-line',
  title: 'LR-01: final SSE event without the trailing blank line (openai-node #2725)',
  api: 'assistants',
  tags: ['known-issue', 'sdk-side', 'LR-01'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const { client } = sdkClient(ctx, ['ki-stream-no-trailing-blank-line']);
    const stream = client.beta.threads.runs.stream('thread_lr01', { assistant_id: 'asst_lr01' });
    const r = await ctx.attempt('stream a run whose last frame has no blank line', () => stream.finalRun());
    if (!r.ok) expectErrorText(ctx, 'LR-01.last-event-unterminated', r.error);
    else ctx.expect(r.value.status === 'completed', { message: 'finalRun() resolved with the completed run', observed: r.value.status, expected: 'completed' });
    // Workaround before the fix: the run id is known from the earlier events.
    ctx.expect(stream.currentRun()?.id?.startsWith('run_') === true, { message: 'stream.currentRun()?.id names the run to retrieve', observed: stream.currentRun()?.id ?? null, expected: 'run_…' });
    reportFacet(ctx, 'LR-01.last-event-unterminated', !r.ok, r.ok ? { resolved: r.value.status } : r.error);

    // The #2725 case proper: a Responses stream. Affected versions do not even throw.
    const responses = (sdkClient(ctx, ['ki-responses-no-trailing-blank-line']).client as unknown as { responses?: { stream: (b: object) => { finalResponse: () => Promise<{ status: string }> } } }).responses;
    if (!responses) {
      reportFacet(ctx, 'LR-01.responses-final-event', false, { responses: 'absent' });
      return;
    }
    const final = await ctx.attempt('stream a response whose last frame has no blank line', () => responses.stream({ model: 'gpt-4o', input: 'Say something about quokkas.' }).finalResponse());
    ctx.annotate('responses finalResponse()', final.ok ? { status: final.value.status } : final.error);
    reportFacet(ctx, 'LR-01.responses-final-event', !final.ok || final.value.status !== 'completed', final.ok ? { status: final.value.status } : final.error);
  },
  checks: KNOWN_ISSUE_CHECKS,
});
