import { assistantsStreamGrammar, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const lookup = { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } };

export default defineScenario({
  id: 'run-states.streamed-requires-action',
  title: 'A streamed requires_action round trip: the stream ends at requires_action + done, submit_tool_outputs resumes it',
  api: 'assistants',
  tags: ['run-states', 'streamed', 'tools'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant with a function', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Use get_weather for weather questions.', tools: [lookup] }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Weather in Rome? [[oaic:call get_weather {"city":"Rome"}]]' }] }));
    const waiting = await ctx.step('stream until requires_action', () => ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id }).finalRun());
    ctx.expect(waiting.status === 'requires_action', { message: 'The first stream stops for the tool call.', observed: waiting.status, expected: 'requires_action' });
    const calls = waiting.required_action?.submit_tool_outputs.tool_calls ?? [];
    const { final, first } = await ctx.step('submit the tool output as a stream', async () => {
      const stream = ctx.client.beta.threads.runs.submitToolOutputsStream(waiting.id, { thread_id: thread.id, tool_outputs: calls.map((c) => ({ tool_call_id: c.id, output: '19C' })) });
      let first: string | null = null;
      stream.on('event', (e) => void (first ??= e.event));
      return { final: await stream.finalRun(), first };
    });
    ctx.expect(first === 'thread.run.step.completed', { message: 'The resumed stream completes the tool step first.', observed: first, expected: 'thread.run.step.completed' });
    ctx.expect(final.status === 'completed', { message: 'The run completes after the tool output.', observed: final.status, expected: 'completed' });
  },
  checks: [runStateMachine, assistantsStreamGrammar, objectShapes],
});
