import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('emulator: Responses raw reasoning text (gpt-oss-*)', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `rtext-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('lists the gpt-oss models', async () => {
    const ids = (await client().models.list()).data.map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['gpt-oss-120b', 'gpt-oss-20b']));
  });

  it('gives gpt-oss reasoning items reasoning_text content; o-series keep content []', async () => {
    const c = client();
    const oss = await c.responses.create({ model: 'gpt-oss-120b', input: 'Is 91 prime?' });
    const rs = oss.output.find((o) => o.type === 'reasoning');
    if (rs?.type !== 'reasoning') throw new Error(`expected a reasoning item, got ${JSON.stringify(oss.output)}`);
    expect(rs.content).toEqual([{ type: 'reasoning_text', text: expect.stringContaining('Is 91 prime?') }]);
    expect(oss.usage?.output_tokens_details.reasoning_tokens).toBeGreaterThan(16);
    const o4 = await c.responses.create({ model: 'o4-mini', input: 'Is 91 prime?' });
    const rs2 = o4.output.find((o) => o.type === 'reasoning');
    expect(rs2?.type === 'reasoning' ? rs2.content : 'missing').toEqual([]);
  });

  it('streams content_part.added → reasoning_text deltas → done → content_part.done, joining to the item text', async () => {
    const stream = client().responses.stream({ model: 'gpt-oss-20b', input: 'Why is the sky blue? [[oaic:deltas 4]]' });
    const types: string[] = [];
    const deltas: string[] = [];
    stream.on('event', (e) => {
      types.push(e.type);
      if (e.type === 'response.reasoning_text.delta') deltas.push(e.delta);
    });
    const final = await stream.finalResponse();
    const rs = final.output.find((o) => o.type === 'reasoning');
    const text = rs?.type === 'reasoning' ? rs.content?.[0]?.text : undefined;
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(text);
    const at = (t: string) => types.indexOf(t);
    expect(at('response.content_part.added')).toBeLessThan(at('response.reasoning_text.delta'));
    expect(at('response.reasoning_text.done')).toBeLessThan(types.indexOf('response.content_part.done'));
    expect(at('response.reasoning_text.done')).toBeLessThan(at('response.output_text.delta'));
  });


  it('takes reasoning effort and sampling parameters on gpt-oss, and effort none turns the reasoning off', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-oss-120b', reasoning: { effort: 'high', summary: 'auto' }, temperature: 0.2, input: 'Is 91 prime?' });
    expect(r.reasoning).toMatchObject({ effort: 'high', summary: 'auto' });
    const rs = r.output.find((o) => o.type === 'reasoning');
    expect(rs?.type === 'reasoning' ? [rs.content?.length, rs.summary.length] : null).toEqual([1, 1]);
    const off = await c.responses.create({ model: 'gpt-oss-20b', reasoning: { effort: 'none' }, input: 'Is 91 prime?' });
    expect(off.output.map((o) => o.type)).toEqual(['message']);
  });
});
