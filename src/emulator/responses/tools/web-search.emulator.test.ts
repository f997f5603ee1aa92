import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../server.ts';

describe('emulator: Responses web_search (simulated)', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `websearch-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('echoes the tool with the real defaults, for web_search and web_search_preview', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: 'hi', tools: [{ type: 'web_search' }, { type: 'web_search_preview', user_location: { type: 'approximate', city: 'Utrecht' } }] });
    expect(r.tools).toEqual([
      { type: 'web_search', filters: null, search_context_size: 'medium', user_location: { type: 'approximate', city: null, country: 'US', region: null, timezone: null } },
      { type: 'web_search_preview', search_context_size: 'medium', user_location: { type: 'approximate', city: 'Utrecht', country: null, region: null, timezone: null } },
    ]);
    expect(r.output.map((o) => o.type)).toEqual(['message']);
  });

  it('searches on the websearch directive and cites example.com pages with url_citation annotations', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: 'Tallest mountain? [[oaic:websearch tallest mountain in Alberta]]', tools: [{ type: 'web_search' }], include: ['web_search_call.action.sources'] });
    const [call, msg] = r.output;
    if (call?.type !== 'web_search_call' || msg?.type !== 'message') throw new Error(`unexpected output ${JSON.stringify(r.output)}`);
    expect(call).toMatchObject({ id: expect.stringMatching(/^ws_/), status: 'completed', action: { type: 'search', query: 'tallest mountain in Alberta', queries: ['tallest mountain in Alberta'] } });
    const url = 'https://example.com/oaic-simulated/tallest-mountain-in-alberta/1?utm_source=openai';
    expect(call.action.type === 'search' && call.action.sources?.[0]).toEqual({ type: 'url', url });
    const part = msg.content[0];
    if (part?.type !== 'output_text') throw new Error('expected output_text');
    expect(part.text).toContain('Tool results: Simulated result 1 for "tallest mountain in Alberta"');
    expect(part.annotations).toHaveLength(2);
    for (const a of part.annotations) {
      if (a.type !== 'url_citation') throw new Error('expected url_citation');
      expect([...part.text].slice(a.start_index, a.end_index).join('')).toBe(`([example.com](${a.url}))`);
    }
  });

  it('sends no sources without the include, and uses the first allowed domain', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: '[[oaic:websearch tokyo population]]', tools: [{ type: 'web_search', filters: { allowed_domains: ['wikipedia.org'] } }] });
    const call = r.output[0];
    if (call?.type !== 'web_search_call' || call.action.type !== 'search') throw new Error('expected a search call');
    expect(call.action.sources).toBeUndefined();
    expect(r.output_text).toContain('https://wikipedia.org/oaic-simulated/tokyo-population/1');
  });

  it('ignores the directive when no web search tool is declared', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: '[[oaic:websearch q]]' });
    expect(r.output.map((o) => o.type)).toEqual(['message']);
  });

  it('streams in_progress, searching, completed for the call, then the cited answer', async () => {
    const stream = client().responses.stream({ model: 'gpt-4o', input: 'Go [[oaic:websearch q one]]', tools: [{ type: 'web_search_preview' }] });
    const types: string[] = [];
    let added: unknown;
    stream.on('event', (e) => {
      types.push(e.type);
      if (e.type === 'response.output_item.added' && e.output_index === 0) added = e.item;
    });
    await stream.finalResponse();
    expect(added).toEqual({ id: expect.stringMatching(/^ws_/), type: 'web_search_call', status: 'in_progress' });
    expect(types.slice(2, 7)).toEqual(['response.output_item.added', 'response.web_search_call.in_progress', 'response.web_search_call.searching', 'response.web_search_call.completed', 'response.output_item.done']);
    expect(types.filter((t) => t === 'response.output_text.annotation.added')).toHaveLength(2);
  });
});
