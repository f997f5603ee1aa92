import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { putFile } from '../files/store.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

describe('threads and messages', () => {
  let emu: EmulatorHandle;
  let client: OpenAI;
  beforeAll(async () => {
    emu = await startEmulator();
    client = new OpenAI({ apiKey: 'threads-test', baseURL: emu.baseURL, maxRetries: 0 });
  });
  afterAll(() => emu.close());
  const error = async (p: Promise<unknown>) => {
    const e = await p.catch((x: unknown) => x);
    expect(e).toBeInstanceOf(OpenAI.APIError);
    return e as InstanceType<typeof OpenAI.APIError>;
  };

  it('creates a thread with messages, updates and deletes it', async () => {
    const t = await client.beta.threads.create({ messages: [{ role: 'user', content: 'hello' }, { role: 'assistant', content: 'hi' }], metadata: { a: 'b' } });
    expect(Object.keys(t)).toEqual(['id', 'object', 'created_at', 'metadata', 'tool_resources']);
    expect(t).toMatchObject({ object: 'thread', metadata: { a: 'b' }, tool_resources: {} });
    const list = await client.beta.threads.messages.list(t.id, { order: 'asc' });
    expect(list.data.map((m) => [m.role, m.content[0]])).toEqual([
      ['user', { type: 'text', text: { value: 'hello', annotations: [] } }],
      ['assistant', { type: 'text', text: { value: 'hi', annotations: [] } }],
    ]);
    expect(Object.keys(list.data[0]!)).toEqual(['id', 'object', 'created_at', 'assistant_id', 'thread_id', 'run_id', 'role', 'content', 'attachments', 'metadata']);
    expect((await client.beta.threads.update(t.id, { metadata: { a: 'c' } })).metadata).toEqual({ a: 'c' });
    expect(await client.beta.threads.retrieve(t.id)).toMatchObject({ metadata: { a: 'c' } });
    expect(await client.beta.threads.delete(t.id)).toEqual({ id: t.id, object: 'thread.deleted', deleted: true });
    expect((await error(client.beta.threads.retrieve(t.id))).message).toBe(`404 No thread found with id '${t.id}'.`);
  });

  it('creates, lists, retrieves, updates and deletes messages with every content part', async () => {
    const img = putFile(emu.store.namespace('threads-test'), { filename: 'a.png', purpose: 'vision', content: Buffer.from('png') });
    const doc = putFile(emu.store.namespace('threads-test'), { filename: 'a.txt', purpose: 'assistants', content: Buffer.from('text') });
    const t = await client.beta.threads.create();
    const m = await client.beta.threads.messages.create(t.id, {
      role: 'user',
      content: [
        { type: 'text', text: 'look' },
        { type: 'image_file', image_file: { file_id: img.id } },
        { type: 'image_url', image_url: { url: 'https://example.com/a.png', detail: 'low' } },
      ],
      attachments: [{ file_id: doc.id, tools: [{ type: 'file_search' }] }],
    });
    expect(m.content).toEqual([
      { type: 'text', text: { value: 'look', annotations: [] } },
      { type: 'image_file', image_file: { file_id: img.id, detail: 'auto' } },
      { type: 'image_url', image_url: { url: 'https://example.com/a.png', detail: 'low' } },
    ]);
    expect(m.attachments).toEqual([{ file_id: doc.id, tools: [{ type: 'file_search' }] }]);
    expect(await client.beta.threads.messages.retrieve(m.id, { thread_id: t.id })).toEqual(m);
    expect((await client.beta.threads.messages.update(m.id, { thread_id: t.id, metadata: { x: 'y' } })).metadata).toEqual({ x: 'y' });
    expect(await client.beta.threads.messages.delete(m.id, { thread_id: t.id })).toEqual({ id: m.id, object: 'thread.message.deleted', deleted: true });
    expect((await client.beta.threads.messages.list(t.id)).data).toEqual([]);
    const e = await error(client.beta.threads.messages.retrieve(m.id, { thread_id: t.id }));
    expect(e.message).toBe(`404 No message found with id '${m.id}'.`);
  });

  it('rejects bad messages with the real errors', async () => {
    const t = await client.beta.threads.create();
    const cases: [unknown, string][] = [
      [{ role: 'system', content: 'x' }, "Invalid value: 'system'. Supported values are: 'user' and 'assistant'."],
      [{ role: 'user' }, "Missing required parameter: 'content'."],
      [{ role: 'user', content: '' }, "Invalid 'content': empty string. Expected a string with minimum length 1, but got an empty string instead."],
      [{ role: 'user', content: [{ type: 'image_file', image_file: { file_id: 'file-nope' } }] }, "No file found with id 'file-nope'."],
      [{ role: 'user', content: 'x', metadata: { modified: true } }, "Invalid type for 'metadata.modified': expected a string, but got a boolean instead."],
      [{ role: 'user', content: 5 }, "Invalid type for 'content': expected one of a string or array of objects, but got an integer instead."],
    ];
    for (const [body, message] of cases) expect((await error(client.beta.threads.messages.create(t.id, body as never))).error).toMatchObject({ message });
    const nested = await error(client.beta.threads.create({ messages: [{ role: 'bot', content: 'x' }] } as never));
    expect(nested.error).toMatchObject({ param: 'messages[0].role' });
    expect((await error(client.beta.threads.messages.list('thread_nope'))).status).toBe(404);
  });
});
