import { httpOk } from '../../src/checks/http-ok.ts';
import { objectShapes } from '../../src/checks/object-shapes.ts';
import { responsesStreamGrammar } from '../../src/checks/responses-stream-grammar.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-text',
  title: 'A streamed Responses call: the text deltas add up to the final response',
  api: 'responses',
  tags: ['stream', 'smoke'],
  async run(ctx) {
    const { final, deltas, types } = await ctx.step('stream a response', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', instructions: 'Answer in one sentence.', input: 'Tell me a one-sentence bedtime story about a unicorn.' });
      const deltas: string[] = [];
      const types: string[] = [];
      stream.on('event', (e) => types.push(e.type));
      stream.on('response.output_text.delta', (e) => deltas.push(e.delta));
      return { final: await stream.finalResponse(), deltas, types };
    });
    ctx.expect(final.status === 'completed', { message: 'The streamed response completes.', observed: final.status, expected: 'completed' });
    ctx.expect(deltas.length > 0 && deltas.join('') === final.output_text, { message: 'The output_text deltas concatenate to the final text.', observed: deltas.join(''), expected: final.output_text });
    ctx.expect(types[0] === 'response.created' && types[types.length - 1] === 'response.completed', { message: 'The stream opens with response.created and ends with response.completed.', observed: [types[0], types[types.length - 1]], expected: ['response.created', 'response.completed'] });
    const stored = await ctx.step('retrieve the response', () => ctx.client.responses.retrieve(final.id));
    ctx.expect(stored.output_text === final.output_text, { message: 'The stored response holds the streamed text.', observed: stored.output_text, expected: final.output_text });
    ctx.annotate('events', types.length);
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
