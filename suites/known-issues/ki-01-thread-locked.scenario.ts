/**
 * KI-01 — "400 Can't add messages to thread_… while a run run_… is active." (service;
 * openai-python #1023, deep dive "Thread locks"). The seed's fix "cancel first" is incomplete:
 * the thread stays locked while the run is cancelling; wait for a terminal status, then add.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { expectErrorText, reportFacet } from '../../src/known-issues/kit.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.ki-01-thread-locked',
  title: "KI-01: Can't add messages while a run is active; cancel alone does not unlock",
  api: 'assistants',
  tags: ['known-issue', 'service-side', 'KI-01'],
  async run(ctx) {
    const c = ctx.client;
    const assistant = await ctx.step('create an assistant', () => c.beta.assistants.create({ model: 'gpt-4o', instructions: 'You answer briefly.' }));
    const thread = await ctx.step('create a thread', () => c.beta.threads.create({ messages: [{ role: 'user', content: 'Think about quokkas for a while. [[oaic:stall]]' }] }));
    const run = await ctx.step('start a run that keeps working', () => c.beta.threads.runs.create(thread.id, { assistant_id: assistant.id }));
    const add = () => c.beta.threads.messages.create(thread.id, { role: 'user', content: 'One more thing.' });
    const locked = await ctx.attempt('add a message while the run is active', add);
    if (!locked.ok) {
      expectErrorText(ctx, 'KI-01.thread-locked', locked.error);
      ctx.expect(locked.error.message === `400 Can't add messages to ${thread.id} while a run ${run.id} is active.`, { message: 'the message names the thread and the run', observed: locked.error.message, expected: `400 Can't add messages to ${thread.id} while a run ${run.id} is active.` });
    }
    // The sibling error for a second run on the busy thread (TripSit/TripBot#939).
    await ctx.expectError('start a second run on the locked thread', () => c.beta.threads.runs.create(thread.id, { assistant_id: assistant.id }), { class: 'BadRequestError', status: 400, message: `400 Thread ${thread.id} already has an active run ${run.id}.` });
    reportFacet(ctx, 'KI-01.thread-locked', !locked.ok && locked.error.status === 400, locked.ok ? 'added' : locked.error);

    // The seed's fix: cancel first. The run is cancelling, and the thread is still locked.
    const cancelling = await ctx.step('cancel the run', () => c.beta.threads.runs.cancel(run.id, { thread_id: thread.id }));
    ctx.expect(cancelling.status === 'cancelling', { message: 'cancel returns the run in cancelling', observed: cancelling.status, expected: 'cancelling' });
    const still = await ctx.attempt('add a message right after cancel', add);
    ctx.annotate('cancel-first', still.ok ? 'accepted right after cancel' : 'still 400 while cancelling (the seed fix is incomplete)');
    ctx.expect(!still.ok && still.error.status === 400, { message: 'right after cancel the run is cancelling and the thread stays locked', observed: still.ok ? 'added' : still.error, expected: '400' });
    // The working fix: wait for a terminal status, then add.
    const ended = await ctx.step('poll the run to a terminal status', () => c.beta.threads.runs.poll(run.id, { thread_id: thread.id }, { pollIntervalMs: 60 }));
    ctx.expect(['cancelled', 'completed', 'failed', 'expired', 'incomplete'].includes(ended.status), { message: 'poll returns a terminal run', observed: ended.status, expected: 'terminal' });
    const added = await ctx.attempt('add the message after the run ended', add);
    ctx.expect(added.ok, { message: 'workaround: after a terminal status the message is accepted', observed: added.ok ? 'added' : added.error, expected: 'added' });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
