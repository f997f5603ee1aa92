import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';
import { makeDocx, makePdf } from './test-documents.ts';

describe('POST /vector_stores/{id}/search through the SDK', () => {
  let emu: EmulatorHandle;
  let c: OpenAI;
  let vsId = '';
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    emu = await startEmulator();
    c = new OpenAI({ apiKey: 'vs-search', baseURL: emu.baseURL, maxRetries: 0 });
    const vs = await c.vectorStores.create({ name: 'kb' });
    vsId = vs.id;
    const docs: [string, Buffer, Record<string, string | number>][] = [
      ['handbook.pdf', makePdf(['Vacation policy: employees get 25 days of paid vacation.', 'Unused vacation days expire in March.']), { dept: 'hr', year: 2025 }],
      ['release.docx', makeDocx(['Release notes for version 2.3', 'The exporter now writes Parquet files.']), { dept: 'eng', year: 2024 }],
      ['faq.md', Buffer.from('# FAQ\n\nHow do I reset my password? Use the reset link on the sign-in page.'), { dept: 'it', year: 2025 }],
    ];
    for (const [name, content, attributes] of docs) {
      const f = await c.files.create({ file: await toFile(content, name), purpose: 'assistants' });
      ids[name] = f.id;
      await c.vectorStores.files.createAndPoll(vs.id, { file_id: f.id, attributes });
    }
  });
  afterAll(() => emu.close());

  it('returns the real page shape with chunks of the matching file', async () => {
    const page = await c.vectorStores.search(vsId, { query: 'how many vacation days' });
    expect(page.data.length).toBeGreaterThan(0);
    const first = page.data[0];
    expect(first && Object.keys(first).sort()).toEqual(['attributes', 'content', 'file_id', 'filename', 'score']);
    expect(first).toMatchObject({ file_id: ids['handbook.pdf'], filename: 'handbook.pdf', attributes: { dept: 'hr', year: 2025 } });
    expect(first?.content[0]?.type).toBe('text');
    expect(first?.content[0]?.text).toContain('25 days of paid vacation');
    const raw = (await c.post(`/vector_stores/${vsId}/search`, { body: { query: ['parquet exporter', 'release'] } })) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(['data', 'has_more', 'next_page', 'object', 'search_query']);
    expect(raw).toMatchObject({ object: 'vector_store.search_results.page', search_query: ['parquet exporter', 'release'], has_more: false, next_page: null });
    expect((raw['data'] as { file_id: string }[])[0]?.file_id).toBe(ids['release.docx']);
  });

  it('applies filters, max_num_results and score_threshold', async () => {
    const hr = await c.vectorStores.search(vsId, { query: 'vacation password release', filters: { type: 'eq', key: 'dept', value: 'it' } });
    expect(hr.data.map((d) => d.file_id)).toEqual([ids['faq.md']]);
    const y2025 = await c.vectorStores.search(vsId, { query: 'vacation password release', filters: { type: 'and', filters: [{ type: 'gte', key: 'year', value: 2025 }, { type: 'ne', key: 'dept', value: 'hr' }] } });
    expect(y2025.data.map((d) => d.file_id)).toEqual([ids['faq.md']]);
    expect((await c.vectorStores.search(vsId, { query: 'vacation password release', max_num_results: 1 })).data).toHaveLength(1);
    expect((await c.vectorStores.search(vsId, { query: 'vacation', ranking_options: { score_threshold: 0.99 } })).data).toEqual([]);
  });

  it('answers bad requests with 400s', async () => {
    for (const body of [{}, { query: 5 }, { query: 'x', max_num_results: 51 }, { query: 'x', filters: { type: 'like', key: 'a', value: 'b' } }]) {
      const err = await c.post(`/vector_stores/${vsId}/search`, { body }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    }
    const missing = await c.vectorStores.search('vs_nope', { query: 'x' }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
  });
});
