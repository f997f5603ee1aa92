import { objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

/** The emulator fails the stream under the `responses-stream-error` fault (src/emulator/faults.ts); a live service ignores the header. */
const FAULT = { headers: { 'x-oaic-fault': 'responses-stream-error' } };

export default defineScenario({
  id: 'streaming.responses-error-event',
  title: 'A Responses stream that fails mid-way with an error event (ResponseErrorEvent): the SDK rejects with the server message',
  api: 'responses',
  tags: ['stream', 'error'],
  async run(ctx) {
    const types: string[] = [];
    let responseId: string | undefined;
    const r = await ctx.attempt('stream a response that hits a server error after its first delta', async () => {
      const stream = await ctx.client.responses.create({ model: 'gpt-4o-mini', input: 'Say hello at some length.', stream: true }, FAULT);
      for await (const ev of stream) {
        types.push(ev.type);
        if (ev.type === 'response.created') responseId = ev.response.id;
      }
      return types.length;
    });
    ctx.expect(!r.ok, { message: 'The stream does not end normally: the server sent an error event.', observed: r.ok ? types : r.error, expected: 'an error' });
    ctx.expect(types.includes('response.output_text.delta') && !types.some((t) => /^response\.(completed|incomplete|failed)$/.test(t)), { message: 'Text had started streaming and no terminal response event came.', observed: types, expected: '… response.output_text.delta, then the error' });
    if (!r.ok) ctx.expect(/error occurred while processing your request/.test(r.error.message), { message: "The rejection carries the server's error message.", observed: r.error.message, expected: /error occurred while processing your request/.source });
    if (responseId !== undefined) {
      const id = responseId;
      const stored = await ctx.step('retrieve the response afterwards', () => ctx.client.responses.retrieve(id));
      ctx.annotate('stored status after the error event', stored.status ?? '');
    }
  },
  checks: [responsesStreamGrammar, objectShapes],
});
