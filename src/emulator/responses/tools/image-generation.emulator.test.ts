import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../server.ts';
import { PNG_SIGNATURE } from '../../runs/builtins/png.ts';

describe('emulator: Responses image_generation (simulated)', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `imagegen-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('echoes the tool with the real defaults and returns a base64 PNG result', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: 'Draw [[oaic:image an axolotl]]', tools: [{ type: 'image_generation' }] });
    expect(r.tools).toEqual([{ type: 'image_generation', background: 'auto', moderation: 'auto', n: 1, output_compression: 100, output_format: 'png', quality: 'auto', size: 'auto' }]);
    const call = r.output[0];
    if (call?.type !== 'image_generation_call') throw new Error(`unexpected output ${JSON.stringify(r.output)}`);
    expect(call).toMatchObject({ id: expect.stringMatching(/^ig_/), status: 'completed', size: '1024x1024', quality: 'high', background: 'opaque', output_format: 'png', revised_prompt: 'an axolotl' });
    expect(Buffer.from(call.result ?? '', 'base64').subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    expect(r.output[1]?.type).toBe('message');
    expect(r.output_text).toContain('Generated an image for "an axolotl"');
  });

  it('ignores the directive without the tool', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: '[[oaic:image x]]' });
    expect(r.output.map((o) => o.type)).toEqual(['message']);
  });

  it('streams in_progress, generating, N partial images, completed', async () => {
    const stream = client().responses.stream({ model: 'gpt-4o', input: '[[oaic:image a heron]]', tools: [{ type: 'image_generation', partial_images: 2, size: '1024x1536' }] });
    const types: string[] = [];
    const partials: { index: number; b64: string; size: string | undefined }[] = [];
    stream.on('event', (e) => {
      if (e.type.startsWith('response.image_generation_call')) types.push(e.type);
      if (e.type === 'response.image_generation_call.partial_image') partials.push({ index: e.partial_image_index, b64: e.partial_image_b64, size: e.size });
    });
    const final = await stream.finalResponse();
    expect(types).toEqual(['response.image_generation_call.in_progress', 'response.image_generation_call.generating', 'response.image_generation_call.partial_image', 'response.image_generation_call.partial_image', 'response.image_generation_call.completed']);
    expect(partials.map((p) => [p.index, p.size])).toEqual([[0, '1024x1536'], [1, '1024x1536']]);
    for (const p of partials) expect(Buffer.from(p.b64, 'base64').subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
    const call = final.output[0];
    expect(call?.type === 'image_generation_call' && partials.every((p) => p.b64 !== call.result)).toBe(true);
  });
});
