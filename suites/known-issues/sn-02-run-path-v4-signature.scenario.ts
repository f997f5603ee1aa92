/**
 * SN-02 — the seed's `runs.cancel(threadId, runId)` and `runs.retrieve(threadId, runId)` (docs).
 * v5 moved thread_id into the params: 5.1.x sends /threads/undefined/…, 5.10.3+ throws
 * "Path parameters result in path with invalid segments" before any request.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { sdkMajor } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { trySnippet, tryWorkingCall } from '../../src/known-issues/snippet.ts';
import { defineScenario } from '../../src/scenario/define.ts';

type Runs = { cancel: (...a: unknown[]) => Promise<unknown>; retrieve: (...a: unknown[]) => Promise<unknown> };
const runsOf = (c: { beta: { threads: { runs: unknown } } }) => c.beta.threads.runs as Runs;

export default defineScenario({
  id: 'known-issues.sn-02-run-path-v4-signature',
  title: 'SN-02: seed snippets runs.cancel(threadId, runId) / runs.retrieve(threadId, runId)',
  api: 'assistants',
  tags: ['known-issue', 'seed-snippet', 'SN-02'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const [t, r] = ['thread_sn02', 'run_sn02'];
    const v5 = sdkMajor(ctx) >= 5;
    await trySnippet(ctx, 'SN-02.cancel-v4-signature', 'openai.beta.threads.runs.cancel(threadId, runId)', (c) => runsOf(c).cancel(t, r), `POST /v1/threads/${t}/runs/${r}/cancel`);
    await tryWorkingCall(ctx, v5 ? 'runs.cancel(runId, { thread_id })' : 'runs.cancel(threadId, runId)', (c) => (v5 ? runsOf(c).cancel(r, { thread_id: t }) : runsOf(c).cancel(t, r)), `POST /v1/threads/${t}/runs/${r}/cancel`);
    // Distinct run ids, so two reads of one run path in a row do not look like polling.
    const [rs, rw] = ['run_sn02_snippet', 'run_sn02_working'];
    await trySnippet(ctx, 'SN-02.retrieve-v4-signature', 'openai.beta.threads.runs.retrieve(thread.id, runId)', (c) => runsOf(c).retrieve(t, rs), `GET /v1/threads/${t}/runs/${rs}`);
    await tryWorkingCall(ctx, v5 ? 'runs.retrieve(runId, { thread_id })' : 'runs.retrieve(threadId, runId)', (c) => (v5 ? runsOf(c).retrieve(rw, { thread_id: t }) : runsOf(c).retrieve(t, rw)), `GET /v1/threads/${t}/runs/${rw}`);
  },
  checks: KNOWN_ISSUE_CHECKS,
});
