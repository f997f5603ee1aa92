import { objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-incomplete',
  title: 'A Responses stream cut by max_output_tokens: response.incomplete is the one terminal event',
  api: 'responses',
  tags: ['stream', 'incomplete'],
  async run(ctx) {
    const { final, types } = await ctx.step('stream with a small max_output_tokens', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', max_output_tokens: 16, input: 'Write a long story about a lighthouse. [[oaic:incomplete max_output_tokens]]' });
      const types: string[] = [];
      stream.on('event', (e) => types.push(e.type));
      return { final: await stream.finalResponse().catch(() => null), types };
    });
    ctx.expect(types.at(-1) === 'response.incomplete', { message: 'The stream ends with response.incomplete.', observed: types.at(-1), expected: 'response.incomplete' });
    ctx.expect(final === null || final.incomplete_details?.reason === 'max_output_tokens', { message: 'The reason is max_output_tokens.', observed: final?.incomplete_details, expected: { reason: 'max_output_tokens' } });
  },
  checks: [responsesStreamGrammar, objectShapes],
});
