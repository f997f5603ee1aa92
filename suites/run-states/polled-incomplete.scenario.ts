import { objectShapes, pollingBehaviour, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.polled-incomplete',
  title: 'A polled run that ends incomplete: incomplete_details only there, usage set',
  api: 'assistants',
  tags: ['run-states', 'polled'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Say hello. [[oaic:incomplete max_completion_tokens]]' }] }));
    const final = await ctx.step('create a run and poll it', () => ctx.client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    ctx.expect(final.status === 'incomplete', { message: 'The run ends incomplete.', observed: final.status, expected: 'incomplete' });
    ctx.expect(final.incomplete_details?.reason === 'max_completion_tokens', { message: 'The reason is reported.', observed: final.incomplete_details, expected: { reason: 'max_completion_tokens' } });
  },
  checks: [runStateMachine, objectShapes, pollingBehaviour],
});
