import { objectShapes, pollingBehaviour, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const lookup = { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } };

export default defineScenario({
  id: 'run-states.cancel-requires-action',
  title: 'Cancelling a run that waits for tool outputs: requires_action → cancelling → cancelled, required_action cleared',
  api: 'assistants',
  tags: ['run-states', 'polled', 'cancel', 'tools'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant with a function', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Use get_weather.', tools: [lookup] }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Weather in Kyiv? [[oaic:call get_weather {"city":"Kyiv"}]]' }] }));
    const waiting = await ctx.step('create a run and poll it', () => ctx.client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    ctx.expect(waiting.status === 'requires_action', { message: 'The run waits for the tool output.', observed: waiting.status, expected: 'requires_action' });
    await ctx.step('cancel it', () => ctx.client.beta.threads.runs.cancel(waiting.id, { thread_id: thread.id }));
    const final = await ctx.step('poll until terminal', () => ctx.client.beta.threads.runs.poll(waiting.id, { thread_id: thread.id }, { pollIntervalMs: 60 }));
    ctx.expect(final.status === 'cancelled' && final.required_action === null, { message: 'The run ends cancelled and requires nothing.', observed: { status: final.status, required_action: final.required_action }, expected: { status: 'cancelled', required_action: null } });
  },
  checks: [runStateMachine, objectShapes, pollingBehaviour],
});
