import { objectShapes, pollingBehaviour, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const lookup = { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } };

export default defineScenario({
  id: 'run-states.polled-requires-action',
  title: 'A polled requires_action round trip: queued → in_progress → requires_action → queued → completed',
  api: 'assistants',
  tags: ['run-states', 'polled', 'tools'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant with a function', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Use get_weather for weather questions.', tools: [lookup] }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'What is the weather in Paris? [[oaic:call get_weather {"city":"Paris"}]]' }] }));
    const waiting = await ctx.step('create a run and poll it', () => ctx.client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    ctx.expect(waiting.status === 'requires_action', { message: 'The run stops for the tool call.', observed: waiting.status, expected: 'requires_action' });
    const calls = waiting.required_action?.submit_tool_outputs.tool_calls ?? [];
    ctx.expect(calls.length === 1, { message: 'One tool call is required.', observed: calls.length, expected: 1 });
    const final = await ctx.step('submit the tool output and poll', () => ctx.client.beta.threads.runs.submitToolOutputsAndPoll(waiting.id, { thread_id: thread.id, tool_outputs: calls.map((c) => ({ tool_call_id: c.id, output: '21C and sunny' })) }, { pollIntervalMs: 60 }));
    ctx.expect(final.status === 'completed' && final.required_action === null, { message: 'The run completes and requires nothing more.', observed: { status: final.status, required_action: final.required_action }, expected: { status: 'completed', required_action: null } });
  },
  checks: [runStateMachine, objectShapes, pollingBehaviour],
});
