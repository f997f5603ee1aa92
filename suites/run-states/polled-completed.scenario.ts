import { objectShapes, pollingBehaviour, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.polled-completed',
  title: 'A polled run: queued → in_progress → completed, fields consistent at every read',
  api: 'assistants',
  tags: ['run-states', 'polled'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Say hello.' }] }));
    const run = await ctx.step('create a run', () => ctx.client.beta.threads.runs.create(thread.id, { assistant_id: assistant.id }));
    const final = await ctx.step('poll until terminal', () => ctx.client.beta.threads.runs.poll(run.id, { thread_id: thread.id }, { pollIntervalMs: 60 }));
    ctx.expect(final.status === 'completed', { message: 'The run completes.', observed: final.status, expected: 'completed' });
  },
  checks: [runStateMachine, objectShapes, pollingBehaviour],
});
