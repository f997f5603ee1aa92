import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-code-interpreter',
  title: 'A Responses code_interpreter stream: code deltas, interpreting, completed, then the answer',
  api: 'responses',
  tags: ['stream', 'tools', 'code-interpreter'],
  async run(ctx) {
    const { final, types, code } = await ctx.step('stream a response that runs code', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', tools: [{ type: 'code_interpreter', container: { type: 'auto' } }], input: 'What is 6 times 7? [[oaic:deltas 3]] [[oaic:code print(6 * 7)]]' });
      const types: string[] = [];
      const code: string[] = [];
      stream.on('event', (e) => {
        types.push(e.type);
        if (e.type === 'response.code_interpreter_call_code.delta') code.push(e.delta);
      });
      return { final: await stream.finalResponse(), types, code };
    });
    const call = final.output.find((o) => o.type === 'code_interpreter_call');
    const source = call?.type === 'code_interpreter_call' ? call.code : undefined;
    ctx.expect(code.length > 1 && code.join('') === source, { message: 'The code deltas concatenate to the call item code.', observed: { deltas: code, code: source }, expected: 'several deltas joining to the code' });
    const at = (t: string) => types.indexOf(t);
    ctx.expect(at('response.code_interpreter_call.in_progress') < at('response.code_interpreter_call_code.done') && at('response.code_interpreter_call_code.done') < at('response.code_interpreter_call.interpreting') && at('response.code_interpreter_call.interpreting') < at('response.code_interpreter_call.completed') && at('response.code_interpreter_call.in_progress') >= 0, { message: 'in_progress, code.done, interpreting, completed come in that order.', observed: types.filter((t) => t.includes('code_interpreter')), expected: 'in_progress → code deltas → code.done → interpreting → completed' });
    ctx.expect(final.status === 'completed' && final.output_text.length > 0, { message: 'The response completes with an answer after the call.', observed: { status: final.status, text: final.output_text }, expected: 'completed with text' });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
