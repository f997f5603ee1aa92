import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-reasoning-text',
  title: 'A Responses raw reasoning stream (gpt-oss): reasoning_text parts and deltas, then the message',
  api: 'responses',
  tags: ['stream', 'reasoning', 'reasoning-text'],
  async run(ctx) {
    const { final, deltas, types } = await ctx.step('stream a gpt-oss response', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-oss-120b', input: 'Is 91 a prime number? [[oaic:deltas 4]]' });
      const deltas: string[] = [];
      const types: string[] = [];
      stream.on('event', (e) => {
        types.push(e.type);
        if (e.type === 'response.reasoning_text.delta') deltas.push(e.delta);
      });
      return { final: await stream.finalResponse(), deltas, types };
    });
    const reasoning = final.output.find((o) => o.type === 'reasoning');
    const text = reasoning?.type === 'reasoning' ? (reasoning.content ?? []).map((c) => c.text).join('') : '';
    ctx.expect(deltas.length > 0 && deltas.join('') === text, { message: 'The reasoning_text deltas concatenate to the reasoning item content.', observed: { deltas, text }, expected: 'deltas joining to the reasoning text' });
    const done = types.indexOf('response.reasoning_text.done');
    ctx.expect(done >= 0 && done < types.indexOf('response.output_text.delta'), { message: 'The reasoning text is done before the message text streams.', observed: types.filter((t) => t.includes('reasoning') || t.includes('output_text')), expected: 'reasoning_text.done before output_text.delta' });
    ctx.expect(final.output_text.length > 0, { message: 'A message follows the reasoning.', observed: final.output_text, expected: 'non-empty text' });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
