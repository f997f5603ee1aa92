import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('message attachments with file_search', () => {
  let emu: EmulatorHandle;
  let client: OpenAI;
  beforeAll(async () => {
    emu = await startEmulator();
    client = new OpenAI({ apiKey: 'attach-test', baseURL: emu.baseURL, maxRetries: 0 });
  });
  afterAll(() => emu.close());

  it('index into the thread vector store, which file_search then searches and cites', async () => {
    const doc = await client.files.create({ file: await toFile(Buffer.from('# Policy\n\nRefunds are issued within 14 days of purchase.\n'), 'policy.md'), purpose: 'assistants' });
    const a = await client.beta.assistants.create({ model: 'gpt-4o', instructions: 'Answer from the files.', tools: [{ type: 'file_search' }] });
    const t = await client.beta.threads.create({ messages: [{ role: 'user', content: 'How long do refunds take? [[oaic:search refunds days]]', attachments: [{ file_id: doc.id, tools: [{ type: 'file_search' }] }] }] });
    const storeId = t.tool_resources?.file_search?.vector_store_ids?.[0];
    expect(storeId).toMatch(/^vs_/);
    const store = await client.vectorStores.retrieve(storeId!);
    expect(store.expires_after).toEqual({ anchor: 'last_active_at', days: 7 });
    await client.vectorStores.files.poll(storeId!, doc.id, { pollIntervalMs: 0 });
    const run = await client.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id }, { pollIntervalMs: 0 });
    expect(run.status).toBe('completed');
    const reply = (await client.beta.threads.messages.list(t.id)).data[0]!;
    const part = reply.content[0];
    if (part?.type !== 'text') throw new Error('expected text');
    expect(part.text.value).toContain('Refunds are issued within 14 days');
    expect(part.text.annotations[0]).toMatchObject({ type: 'file_citation', file_citation: { file_id: doc.id } });
  });

  it('creates vector stores from the tool_resources helper for assistants and threads', async () => {
    const doc = await client.files.create({ file: await toFile(Buffer.from('Shipping takes five days.'), 'shipping.txt'), purpose: 'assistants' });
    const a = await client.beta.assistants.create({ model: 'gpt-4o', tools: [{ type: 'file_search' }], tool_resources: { file_search: { vector_stores: [{ file_ids: [doc.id], metadata: { k: 'v' } }] } } });
    const vs = a.tool_resources?.file_search?.vector_store_ids ?? [];
    expect(vs).toHaveLength(1);
    expect((await client.vectorStores.retrieve(vs[0]!)).metadata).toEqual({ k: 'v' });
    expect((await client.vectorStores.files.list(vs[0]!)).data.map((f) => f.id)).toEqual([doc.id]);
    const t = await client.beta.threads.create({ tool_resources: { file_search: { vector_stores: [{ file_ids: [doc.id] }] } } });
    expect(t.tool_resources?.file_search?.vector_store_ids?.[0]).toMatch(/^vs_/);
    const both = await client.beta.threads.create({ tool_resources: { file_search: { vector_store_ids: [vs[0]!], vector_stores: [{ file_ids: [doc.id] }] } } }).catch((x: unknown) => x);
    expect(both).toBeInstanceOf(OpenAI.BadRequestError);
    const missing = await client.beta.assistants.create({ model: 'gpt-4o', tool_resources: { file_search: { vector_stores: [{ file_ids: ['file-nope'] }] } } }).catch((x: unknown) => x);
    expect((missing as InstanceType<typeof OpenAI.NotFoundError>).status).toBe(404);
  });

  it('rejects an attachment file_search cannot index, and stores nothing', async () => {
    const csv = await client.files.create({ file: await toFile(Buffer.from('a,b\n1,2\n'), 'data.csv'), purpose: 'assistants' });
    const t = await client.beta.threads.create();
    const e = await client.beta.threads.messages.create(t.id, { role: 'user', content: 'x', attachments: [{ file_id: csv.id, tools: [{ type: 'file_search' }] }] }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OpenAI.BadRequestError);
    expect((e as InstanceType<typeof OpenAI.BadRequestError>).code).toBe('unsupported_file');
    expect((await client.beta.threads.messages.list(t.id)).data).toEqual([]);
    expect((await client.beta.threads.messages.create(t.id, { role: 'user', content: 'x', attachments: [{ file_id: csv.id, tools: [{ type: 'code_interpreter' }] }] })).attachments).toHaveLength(1);
  });
});
