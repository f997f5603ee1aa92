import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-failed',
  title: 'A Responses stream that fails: response.failed is the one terminal event, with error set',
  api: 'responses',
  tags: ['stream', 'failed'],
  async run(ctx) {
    const { types, failed } = await ctx.step('stream a response that fails', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', input: 'Say hello. [[oaic:fail server_error]]' });
      const types: string[] = [];
      let failed: { status: string; error: unknown } | undefined;
      stream.on('event', (e) => {
        types.push(e.type);
        if (e.type === 'response.failed') failed = { status: e.response.status ?? '', error: e.response.error };
      });
      await stream.done().catch(() => undefined);
      return { types, failed };
    });
    ctx.expect(types[0] === 'response.created' && types.at(-1) === 'response.failed', { message: 'The stream opens with response.created and ends with response.failed.', observed: [types[0], types.at(-1)], expected: ['response.created', 'response.failed'] });
    const error = failed?.error as { code?: string } | null | undefined;
    ctx.expect(failed?.status === 'failed' && error?.code === 'server_error', { message: 'The failed response carries status failed and error.code server_error.', observed: failed, expected: { status: 'failed', error: { code: 'server_error' } } });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
