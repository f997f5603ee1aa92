import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-background',
  title: 'A background Responses stream: response.created, response.queued, then in_progress to completed',
  api: 'responses',
  tags: ['stream', 'background'],
  async run(ctx) {
    const { final, types } = await ctx.step('stream a background response', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', background: true, store: true, input: 'Say hello.' });
      const types: string[] = [];
      stream.on('event', (e) => types.push(e.type));
      return { final: await stream.finalResponse(), types };
    });
    ctx.expect(JSON.stringify(types.slice(0, 3)) === JSON.stringify(['response.created', 'response.queued', 'response.in_progress']), { message: 'The stream opens created → queued → in_progress.', observed: types.slice(0, 3), expected: ['response.created', 'response.queued', 'response.in_progress'] });
    ctx.expect(final.status === 'completed' && final.background === true, { message: 'The background response completes.', observed: { status: final.status, background: final.background }, expected: { status: 'completed', background: true } });
    const retrieved = await ctx.step('retrieve it', () => ctx.client.responses.retrieve(final.id));
    ctx.expect(retrieved.status === 'completed' && retrieved.output_text === final.output_text, { message: 'Retrieve answers the same completed response.', observed: { status: retrieved.status, output_text: retrieved.output_text }, expected: { status: 'completed', output_text: final.output_text } });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
