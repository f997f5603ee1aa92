import { objectShapes, pollingBehaviour, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.cancel-after-completion',
  title: 'Cancelling a completed run is refused (400) and the run stays completed',
  api: 'assistants',
  tags: ['run-states', 'polled', 'cancel', 'errors'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Say hello.' }] }));
    const done = await ctx.step('create a run and poll it', () => ctx.client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    ctx.expect(done.status === 'completed', { message: 'The run completes.', observed: done.status, expected: 'completed' });
    await ctx.expectError('cancel the completed run', () => ctx.client.beta.threads.runs.cancel(done.id, { thread_id: thread.id }), { status: 400, message: /Cannot cancel run with status 'completed'/ });
    const after = await ctx.step('retrieve it again', () => ctx.client.beta.threads.runs.retrieve(done.id, { thread_id: thread.id }));
    ctx.expect(after.status === 'completed', { message: 'The run is still completed.', observed: after.status, expected: 'completed' });
  },
  checks: [runStateMachine, objectShapes, pollingBehaviour],
});
