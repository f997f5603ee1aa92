/**
 * KI-02 — "OpenAIError: Final run has not been received" (sdk; openai-node #1306/#1439, fix PR
 * #1465 in 5.1.1). Verdict: stale for the seed's 6.16.0 on incomplete runs; still thrown for any
 * stream without a terminal run event; never raised by the polling helpers.
 */
import { defineScenario } from '../../src/scenario/define.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { expectErrorText, reportFacet, sdkClient, sdkMajor } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';

const FRNBR = 'Final run has not been received';

export default defineScenario({
  id: 'known-issues.ki-02-final-run-not-received',
  title: 'KI-02: Final run has not been received — incomplete runs, streams without a terminal event, polling',
  api: 'assistants',
  tags: ['known-issue', 'sdk-side', 'KI-02'],
  sdks: ALL_SDKS,
  async run(ctx) {
    // Symptom 1: a stream ending in thread.run.incomplete.
    const incomplete = sdkClient(ctx, ['ki-stream-incomplete']).client;
    const a = await ctx.attempt('stream a run that ends incomplete', () => incomplete.beta.threads.runs.stream('thread_ki02', { assistant_id: 'asst_ki02' }).finalRun());
    if (!a.ok) expectErrorText(ctx, 'KI-02.incomplete', a.error);
    else ctx.expect(a.value.status === 'incomplete', { message: 'finalRun() resolved but not with the incomplete run', observed: a.value.status, expected: 'incomplete' });
    reportFacet(ctx, 'KI-02.incomplete', !a.ok && a.error.message === FRNBR, a.ok ? { resolved: a.value.status } : a.error);

    // Symptom 2: no terminal run event at all; the workaround is the run id of currentRun().
    const cut = sdkClient(ctx, ['ki-stream-no-terminal-event']).client;
    const stream = cut.beta.threads.runs.stream('thread_ki02', { assistant_id: 'asst_ki02' });
    const b = await ctx.attempt('stream a run with no terminal event', () => stream.finalRun());
    if (!b.ok) expectErrorText(ctx, 'KI-02.no-terminal-event', b.error);
    const runId = stream.currentRun()?.id;
    ctx.expect(typeof runId === 'string' && runId.startsWith('run_'), { message: 'workaround: stream.currentRun()?.id gives the run to retrieve', observed: runId ?? null, expected: 'run_…' });
    reportFacet(ctx, 'KI-02.no-terminal-event', !b.ok && b.error.message === FRNBR, b.ok ? { resolved: b.value.status } : b.error);

    // The seed's "polling windows exceeded": runs.poll on a slow run returns, never throws this.
    const slow = sdkClient(ctx, ['ki-run-slow']).client;
    const runs = slow.beta.threads.runs as unknown as { poll: (...a: unknown[]) => Promise<{ status: string }> };
    const id = `run_ki02_${ctx.sdk.version.replace(/\./g, '_')}`;
    const c = await ctx.attempt('poll a slow run to its end', () => (sdkMajor(ctx) >= 5 ? runs.poll(id, { thread_id: 'thread_ki02' }, { pollIntervalMs: 5 }) : runs.poll('thread_ki02', id, { pollIntervalMs: 5 })));
    ctx.expect(c.ok && c.value.status === 'completed', { message: 'runs.poll returns the completed run', observed: c.ok ? c.value.status : c.error, expected: 'completed' });
    reportFacet(ctx, 'KI-02.polling-window', !c.ok && c.error.message === FRNBR, c.ok ? { resolved: c.value.status } : c.error);
  },
  checks: KNOWN_ISSUE_CHECKS,
});
