/**
 * LR-05 — the polling helpers re-request immediately on a status outside the spec (sdk; no
 * default branch in runs.poll). The emulator answers "oaic_unknown" 20 times, then completed;
 * with pollIntervalMs 1000 a helper that slept would take ≥ 20 s.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient, sdkMajor } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const INTERVAL_MS = 1000;
const UNKNOWN_POLLS = 20;

export default defineScenario({
  id: 'known-issues.lr-05-poll-busy-loop',
  title: 'LR-05: runs.poll busy-loops on a status outside the spec',
  api: 'assistants',
  tags: ['known-issue', 'sdk-side', 'LR-05'],
  sdks: ALL_SDKS,
  timeoutMs: 60_000,
  async run(ctx) {
    const { client, requests } = sdkClient(ctx, ['ki-run-unknown-status']);
    const runs = client.beta.threads.runs as unknown as { poll: (...a: unknown[]) => Promise<{ status: string }> };
    const id = `run_lr05_${ctx.sdk.version.replace(/\./g, '_')}`;
    const started = performance.now();
    const r = await ctx.step('poll a run reporting an unknown status', () => (sdkMajor(ctx) >= 5 ? runs.poll(id, { thread_id: 'thread_lr05' }, { pollIntervalMs: INTERVAL_MS }) : runs.poll('thread_lr05', id, { pollIntervalMs: INTERVAL_MS })));
    const elapsed = Math.round(performance.now() - started);
    ctx.expect(r.status === 'completed', { message: 'poll returns once the status is completed', observed: r.status, expected: 'completed' });
    const polls = requests.filter((q) => q.startsWith('GET ')).length;
    ctx.annotate('measured', { polls, elapsedMs: elapsed, pollIntervalMs: INTERVAL_MS });
    // Sleeping once per unknown status would take UNKNOWN_POLLS × INTERVAL_MS.
    reportFacet(ctx, 'LR-05.unknown-status', polls > UNKNOWN_POLLS && elapsed < (UNKNOWN_POLLS * INTERVAL_MS) / 4, { polls, elapsedMs: elapsed });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
