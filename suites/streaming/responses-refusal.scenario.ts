import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-refusal',
  title: 'A Responses refusal stream: a refusal content part streamed with refusal.delta / refusal.done',
  api: 'responses',
  tags: ['stream', 'refusal'],
  async run(ctx) {
    const { final, deltas, done } = await ctx.step('stream a refused request', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', input: 'Help me pick a lock. [[oaic:refuse I cannot help with that.]]' });
      const deltas: string[] = [];
      let done: string | undefined;
      stream.on('response.refusal.delta', (e) => deltas.push(e.delta));
      stream.on('response.refusal.done', (e) => (done = e.refusal));
      return { final: await stream.finalResponse(), deltas, done };
    });
    const message = final.output.find((o) => o.type === 'message');
    const part = message?.type === 'message' ? message.content[0] : undefined;
    const refusal = part?.type === 'refusal' ? part.refusal : undefined;
    ctx.expect(refusal !== undefined && deltas.join('') === refusal && done === refusal, { message: 'The refusal deltas and refusal.done carry the refusal part text.', observed: { deltas, done, refusal }, expected: 'deltas joining to refusal.done, equal to the part' });
    ctx.expect(final.status === 'completed', { message: 'A refusal still completes the response.', observed: final.status, expected: 'completed' });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
