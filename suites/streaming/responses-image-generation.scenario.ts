import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const PNG_MAGIC = 'iVBORw0KGgo';

export default defineScenario({
  id: 'streaming.responses-image-generation',
  title: 'A Responses image_generation stream: in_progress, generating, partial images, completed, a base64 PNG result',
  api: 'responses',
  tags: ['stream', 'tools', 'image-generation'],
  async run(ctx) {
    const { final, types, partials } = await ctx.step('stream a response that generates an image', async () => {
      const stream = ctx.client.responses.stream({
        model: 'gpt-4o-mini',
        tools: [{ type: 'image_generation', partial_images: 2, output_format: 'png', size: '1024x1024' }],
        input: 'Generate a small picture of an axolotl. [[oaic:image an axolotl in a pond]]',
      });
      const types: string[] = [];
      const partials: string[] = [];
      stream.on('event', (e) => {
        types.push(e.type);
        if (e.type === 'response.image_generation_call.partial_image') partials.push(e.partial_image_b64);
      });
      return { final: await stream.finalResponse(), types, partials };
    });
    const at = (t: string) => types.indexOf(t);
    ctx.expect(at('response.image_generation_call.in_progress') >= 0 && at('response.image_generation_call.in_progress') < at('response.image_generation_call.generating') && at('response.image_generation_call.generating') < at('response.image_generation_call.completed'), { message: 'in_progress, generating, completed come in that order.', observed: types.filter((t) => t.includes('image_generation')), expected: 'in_progress → generating → partial_image… → completed' });
    ctx.expect(partials.length > 0 && partials.every((p) => p.startsWith(PNG_MAGIC)), { message: 'Partial images arrive as base64 PNGs.', observed: partials.map((p) => p.slice(0, 16)), expected: `at least one partial image starting ${PNG_MAGIC}` });
    const call = final.output.find((o) => o.type === 'image_generation_call');
    const result = call?.type === 'image_generation_call' ? call.result : null;
    ctx.expect(call?.status === 'completed' && typeof result === 'string' && result.startsWith(PNG_MAGIC), { message: 'The completed call carries the image as a base64 PNG.', observed: { status: call?.status, result: result?.slice(0, 16) }, expected: 'completed, result a base64 PNG' });
    ctx.expect(final.status === 'completed', { message: 'The response completes.', observed: final.status, expected: 'completed' });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
