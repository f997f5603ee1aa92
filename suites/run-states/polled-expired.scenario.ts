import { objectShapes, pollingBehaviour, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.polled-expired',
  title: 'A polled run that expires: terminal expired, expires_at cleared',
  api: 'assistants',
  tags: ['run-states', 'polled'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Say hello. [[oaic:expire]]' }] }));
    const final = await ctx.step('create a run and poll it', () => ctx.client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    ctx.expect(final.status === 'expired', { message: 'The run ends expired.', observed: final.status, expected: 'expired' });
    ctx.expect(final.required_action === null, { message: 'An expired run requires no action.', observed: final.required_action, expected: null });
  },
  checks: [runStateMachine, objectShapes, pollingBehaviour],
});
