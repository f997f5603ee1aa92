import { objectShapes, pollingBehaviour, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.polled-failed',
  title: 'A polled run that fails: last_error set only in failed, failed_at stamped',
  api: 'assistants',
  tags: ['run-states', 'polled'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Say hello. [[oaic:fail server_error]]' }] }));
    const final = await ctx.step('create a run and poll it', () => ctx.client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    ctx.expect(final.status === 'failed', { message: 'The run ends failed.', observed: final.status, expected: 'failed' });
    ctx.expect(final.last_error !== null && final.failed_at !== null, { message: 'A failed run carries last_error and failed_at.', observed: { last_error: final.last_error, failed_at: final.failed_at }, expected: 'both set' });
  },
  checks: [runStateMachine, objectShapes, pollingBehaviour],
});
