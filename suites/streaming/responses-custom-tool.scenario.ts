import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-custom-tool',
  title: 'A Responses custom tool stream: custom_tool_call_input deltas and done, then the output on the next turn',
  api: 'responses',
  tags: ['stream', 'tools', 'custom-tool'],
  async run(ctx) {
    const tools = [{ type: 'custom' as const, name: 'code_exec', description: 'Executes arbitrary Python code' }];
    const { final, types, input } = await ctx.step('stream a response that calls a custom tool', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-5', tools, input: 'Use code_exec to print hello. [[oaic:deltas 3]] [[oaic:call code_exec print("hello")]]' });
      const types: string[] = [];
      const input: string[] = [];
      stream.on('event', (e) => {
        types.push(e.type);
        if (e.type === 'response.custom_tool_call_input.delta') input.push(e.delta);
      });
      return { final: await stream.finalResponse(), types, input };
    });
    const call = final.output.find((o) => o.type === 'custom_tool_call');
    const full = call?.type === 'custom_tool_call' ? call.input : undefined;
    ctx.expect(input.length > 1 && input.join('') === full, { message: 'The input deltas concatenate to the call item input.', observed: { deltas: input, input: full }, expected: 'several deltas joining to the input' });
    const at = (t: string) => types.indexOf(t);
    ctx.expect(at('response.custom_tool_call_input.delta') >= 0 && at('response.custom_tool_call_input.delta') < at('response.custom_tool_call_input.done'), { message: 'Input deltas come before input.done.', observed: types.filter((t) => t.includes('custom_tool')), expected: 'delta… → done' });
    if (call?.type !== 'custom_tool_call') return;
    const answer = await ctx.step('send the custom tool output back', () =>
      ctx.client.responses.create({ model: 'gpt-5', tools, previous_response_id: final.id, input: [{ type: 'custom_tool_call_output', call_id: call.call_id, output: 'hello' }] }),
    );
    ctx.expect(answer.status === 'completed' && answer.output_text.length > 0, { message: 'The next turn answers from the custom tool output.', observed: { status: answer.status, text: answer.output_text }, expected: 'completed with text' });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
