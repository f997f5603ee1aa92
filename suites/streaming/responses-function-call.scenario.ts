import { objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-function-call',
  title: 'A Responses function-call stream: argument deltas add up to valid JSON in the final item',
  api: 'responses',
  tags: ['stream', 'tools'],
  async run(ctx) {
    const { final, args } = await ctx.step('stream a function call', async () => {
      const stream = ctx.client.responses.stream({
        model: 'gpt-4o-mini',
        input: 'What is the weather in Lima? [[oaic:call get_weather {"city":"Lima","unit":"celsius"}]] [[oaic:deltas 4]]',
        tools: [{ type: 'function', name: 'get_weather', strict: false, parameters: { type: 'object', properties: { city: { type: 'string' }, unit: { type: 'string' } } } }],
      });
      const args: string[] = [];
      stream.on('response.function_call_arguments.delta', (e) => args.push(e.delta));
      return { final: await stream.finalResponse(), args };
    });
    const call = final.output.find((o) => o.type === 'function_call');
    ctx.expect(call?.type === 'function_call' && args.join('') === call.arguments, { message: 'The argument deltas concatenate to the final function_call arguments.', observed: args.join(''), expected: call?.type === 'function_call' ? call.arguments : null });
    ctx.expect(final.status === 'completed', { message: 'The response completes.', observed: final.status, expected: 'completed' });
  },
  checks: [responsesStreamGrammar, objectShapes],
});
