import { assistantsStreamGrammar, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const lookup = { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string' } }, required: ['city'] } } };

export default defineScenario({
  id: 'streaming.assistants-tool-call',
  title: 'An Assistants function-call stream: argument deltas add up to required_action, the resumed stream completes',
  api: 'assistants',
  tags: ['stream', 'tools'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant with a function', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Use get_weather.', tools: [lookup] }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Weather in Oslo in celsius? [[oaic:call get_weather {"city":"Oslo","unit":"celsius"}]] [[oaic:deltas 5]]' }] }));
    const { run, args } = await ctx.step('stream until requires_action', async () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
      const args: string[] = [];
      stream.on('toolCallDelta', (d) => void (d.type === 'function' && args.push(d.function?.arguments ?? '')));
      return { run: await stream.finalRun(), args };
    });
    const call = run.required_action?.submit_tool_outputs.tool_calls[0];
    ctx.expect(args.join('') === call?.function.arguments, { message: 'The argument deltas concatenate to the required tool call arguments.', observed: args.join(''), expected: call?.function.arguments });
    const final = await ctx.step('submit the output as a stream', () => ctx.client.beta.threads.runs.submitToolOutputsStream(run.id, { thread_id: thread.id, tool_outputs: [{ tool_call_id: call?.id ?? '', output: '-2C' }] }).finalRun());
    ctx.expect(final.status === 'completed', { message: 'The resumed run completes.', observed: final.status, expected: 'completed' });
  },
  checks: [runStateMachine, assistantsStreamGrammar, objectShapes],
});
