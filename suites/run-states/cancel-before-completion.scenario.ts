import { objectShapes, pollingBehaviour, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.cancel-before-completion',
  title: 'Cancelling an in-progress run: cancelling → cancelled, cancelled_at stamped',
  api: 'assistants',
  tags: ['run-states', 'polled', 'cancel'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Write a very long essay. [[oaic:stall]]' }] }));
    const run = await ctx.step('create a run', () => ctx.client.beta.threads.runs.create(thread.id, { assistant_id: assistant.id }));
    const cancelling = await ctx.step('cancel it', () => ctx.client.beta.threads.runs.cancel(run.id, { thread_id: thread.id }));
    ctx.expect(cancelling.status === 'cancelling' || cancelling.status === 'cancelled', { message: 'The cancel answer is cancelling (or already cancelled).', observed: cancelling.status, expected: 'cancelling' });
    const final = await ctx.step('poll until terminal', () => ctx.client.beta.threads.runs.poll(run.id, { thread_id: thread.id }, { pollIntervalMs: 60 }));
    ctx.expect(final.status === 'cancelled' && final.cancelled_at !== null, { message: 'The run ends cancelled with cancelled_at.', observed: { status: final.status, cancelled_at: final.cancelled_at }, expected: 'cancelled, cancelled_at set' });
  },
  checks: [runStateMachine, objectShapes, pollingBehaviour],
});
