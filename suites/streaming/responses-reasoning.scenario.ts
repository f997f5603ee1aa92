import { objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-reasoning',
  title: 'A Responses reasoning stream: summary parts and text deltas, then the message',
  api: 'responses',
  tags: ['stream', 'reasoning'],
  async run(ctx) {
    const { final, summary } = await ctx.step('stream with a reasoning summary', async () => {
      const stream = ctx.client.responses.stream({ model: 'o4-mini', reasoning: { effort: 'low', summary: 'auto' }, input: 'Is 91 a prime number?' });
      const summary: string[] = [];
      stream.on('response.reasoning_summary_text.delta', (e) => summary.push(e.delta));
      return { final: await stream.finalResponse(), summary };
    });
    const reasoning = final.output.find((o) => o.type === 'reasoning');
    const text = reasoning?.type === 'reasoning' ? reasoning.summary.map((s) => s.text).join('') : '';
    ctx.expect(reasoning !== undefined && summary.join('') === text, { message: 'The summary deltas concatenate to the reasoning item summary.', observed: summary.join(''), expected: text });
    ctx.expect(final.output_text.length > 0, { message: 'A message follows the reasoning.', observed: final.output_text, expected: 'non-empty text' });
  },
  checks: [responsesStreamGrammar, objectShapes],
});
