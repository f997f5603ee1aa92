/**
 * LR-01 — the final SSE event is dropped when the server omits the trailing blank line
 * (sdk; openai-node #2725, fix PR #2726 merged 2026-09). The emulator ends a run stream with
 * thread.run.completed and no "\n\n"; affected versions reject finalRun().
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
  },
  checks: KNOWN_ISSUE_CHECKS,
});
