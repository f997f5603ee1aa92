import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';
import { makeDocx, makePdf } from './test-documents.ts';

describe('Vector stores against the emulator, through the official SDK', () => {
  let emu: EmulatorHandle;
  const client = (key: string) => new OpenAI({ apiKey: key, baseURL: emu.baseURL, maxRetries: 0 });
  const upload = async (c: OpenAI, name: string, content: string | Buffer) => (await c.files.create({ file: await toFile(Buffer.from(content), name), purpose: 'assistants' })).id;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('creates an empty store with the fields and nulls of the real object', async () => {
    const vs = await client('vs-shape').vectorStores.create({ name: 'docs' });
    expect(Object.keys(vs).sort()).toEqual(['created_at', 'description', 'expires_after', 'expires_at', 'file_counts', 'id', 'last_active_at', 'metadata', 'name', 'object', 'status', 'usage_bytes']);
    expect(vs).toMatchObject({ object: 'vector_store', name: 'docs', description: null, status: 'completed', usage_bytes: 0, metadata: {}, expires_after: null, expires_at: null, last_active_at: vs.created_at });
    expect(vs.file_counts).toEqual({ in_progress: 0, completed: 0, failed: 0, cancelled: 0, total: 0 });
    expect(vs.id).toMatch(/^vs_/);
  });

  it('indexes files given at creation: in_progress first, completed on the next poll', async () => {
    const c = client('vs-create-files');
    const ids = [await upload(c, 'a.txt', 'alpha beta'), await upload(c, 'b.md', '# gamma')];
    const vs = await c.vectorStores.create({ file_ids: ids, metadata: { team: 'x' }, expires_after: { anchor: 'last_active_at', days: 7 }, chunking_strategy: { type: 'static', static: { max_chunk_size_tokens: 200, chunk_overlap_tokens: 50 } } });
    expect(vs.status).toBe('in_progress');
    expect(vs.file_counts).toEqual({ in_progress: 2, completed: 0, failed: 0, cancelled: 0, total: 2 });
    expect(vs.expires_at).toBe((vs.last_active_at ?? 0) + 7 * 86_400);
    const { data, response } = await c.vectorStores.retrieve(vs.id).withResponse();
    expect(data.status).toBe('completed');
    expect(data.file_counts).toEqual({ in_progress: 0, completed: 2, failed: 0, cancelled: 0, total: 2 });
    expect(data.usage_bytes).toBeGreaterThan(0);
    expect(response.headers.get('openai-poll-after-ms')).toBeNull();
    const files = await c.vectorStores.files.list(vs.id);
    expect(files.data.map((f) => f.chunking_strategy)).toEqual([0, 1].map(() => ({ type: 'static', static: { max_chunk_size_tokens: 200, chunk_overlap_tokens: 50 } })));
  });

  it('files.createAndPoll returns the completed vector-store file with the real fields', async () => {
    const c = client('vs-file-poll');
    const vs = await c.vectorStores.create({});
    const fileId = await upload(c, 'notes.txt', 'twelve bytes');
    const f = await c.vectorStores.files.createAndPoll(vs.id, { file_id: fileId, attributes: { lang: 'en', year: 2024, draft: false } });
    expect(Object.keys(f).sort()).toEqual(['attributes', 'chunking_strategy', 'created_at', 'id', 'last_error', 'object', 'status', 'usage_bytes', 'vector_store_id']);
    expect(f).toMatchObject({ id: fileId, object: 'vector_store.file', vector_store_id: vs.id, status: 'completed', last_error: null, usage_bytes: 12 + 1024, attributes: { lang: 'en', year: 2024, draft: false } });
    expect(f.chunking_strategy).toEqual({ type: 'static', static: { max_chunk_size_tokens: 800, chunk_overlap_tokens: 400 } });
    const content = await c.vectorStores.files.content(fileId, { vector_store_id: vs.id });
    expect(content.data).toEqual([{ type: 'text', text: 'twelve bytes' }]);
  });

  it('fileBatches.uploadAndPoll and createAndPoll complete, with consistent counts and listFiles', async () => {
    const c = client('vs-batches');
    const vs = await c.vectorStores.create({ name: 'batch' });
    const batch = await c.vectorStores.fileBatches.uploadAndPoll(vs.id, { files: [await toFile(Buffer.from('one'), '1.txt'), await toFile(makePdf(['pdf text']), '2.pdf'), await toFile(makeDocx(['docx text']), '3.docx')] });
    expect(batch).toMatchObject({ object: 'vector_store.file_batch', vector_store_id: vs.id, status: 'completed', file_counts: { in_progress: 0, completed: 3, failed: 0, cancelled: 0, total: 3 } });
    expect(batch.id).toMatch(/^vsfb_/);
    const listed = await c.vectorStores.fileBatches.listFiles(batch.id, { vector_store_id: vs.id });
    expect(listed.data).toHaveLength(3);
    const more = await c.vectorStores.fileBatches.createAndPoll(vs.id, { files: [{ file_id: await upload(c, '4.txt', 'four'), attributes: { n: 4 } }] });
    expect(more.file_counts.total).toBe(1);
    const store = await c.vectorStores.retrieve(vs.id);
    expect(store.file_counts).toEqual({ in_progress: 0, completed: 4, failed: 0, cancelled: 0, total: 4 });
  });

  it('reports broken content as a failed file with last_error; the polling helpers resolve', async () => {
    const c = client('vs-broken');
    const vs = await c.vectorStores.create({});
    const fake = await upload(c, 'report.pdf', 'this is not a pdf');
    const latin1 = await upload(c, 'legacy.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    const png = await upload(c, 'chart.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const good = await upload(c, 'ok.txt', 'fine');
    const batch = await c.vectorStores.fileBatches.createAndPoll(vs.id, { file_ids: [fake, latin1, png, good] });
    expect(batch.status).toBe('completed');
    expect(batch.file_counts).toEqual({ in_progress: 0, completed: 1, failed: 3, cancelled: 0, total: 4 });
    expect((await c.vectorStores.files.retrieve(png, { vector_store_id: vs.id })).last_error?.code).toBe('unsupported_file');
    const f = await c.vectorStores.files.retrieve(fake, { vector_store_id: vs.id });
    expect(f).toMatchObject({ status: 'failed', usage_bytes: 0, last_error: { code: 'invalid_file', message: 'The file could not be parsed because it is not a valid PDF document.' } });
    const failed = await c.vectorStores.files.list(vs.id, { filter: 'failed' });
    expect(failed.data.map((x) => x.id).sort()).toEqual([fake, latin1, png].sort());
  });

  it('rejects unsupported extensions with the real 400 and attaches nothing', async () => {
    const c = client('vs-unsupported');
    const csv = await upload(c, 'table.csv', 'a,b');
    const txt = await upload(c, 'ok.txt', 'fine');
    const err = await c.vectorStores.create({ file_ids: [txt, csv] }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).error).toEqual({
      message: 'Files with extensions [.csv] are not supported for retrieval. See https://platform.openai.com/docs/assistants/tools/file-search/supported-files',
      type: 'invalid_request_error',
      param: 'file_ids',
      code: 'unsupported_file',
    });
    expect((await c.vectorStores.list()).data).toHaveLength(0);
    const vs = await c.vectorStores.create({});
    const batchErr = await c.vectorStores.fileBatches.create(vs.id, { file_ids: [txt, csv, await upload(c, 'x.h', 'int x;')] }).catch((e: unknown) => e);
    expect((batchErr as Error).message).toBe('400 Files with extensions [.csv, .h] are not supported for retrieval. See https://platform.openai.com/docs/assistants/tools/file-search/supported-files');
    expect((await c.vectorStores.retrieve(vs.id)).file_counts.total).toBe(0);
  });

  it('updates, lists and deletes stores; detaching keeps the file, deleting the file detaches it', async () => {
    const c = client('vs-crud');
    const a = await c.vectorStores.create({ name: 'a' });
    const b = await c.vectorStores.create({ name: 'b' });
    const updated = await c.vectorStores.update(a.id, { name: 'renamed', metadata: { k: 'v' }, expires_after: { anchor: 'last_active_at', days: 2 } });
    expect(updated).toMatchObject({ name: 'renamed', metadata: { k: 'v' }, expires_after: { anchor: 'last_active_at', days: 2 } });
    expect((await c.vectorStores.list()).data.map((s) => s.id)).toEqual([b.id, a.id]);
    const fileId = await upload(c, 'shared.txt', 'shared text');
    await c.vectorStores.files.createAndPoll(a.id, { file_id: fileId });
    await c.vectorStores.files.createAndPoll(b.id, { file_id: fileId });
    expect(await c.vectorStores.files.delete(fileId, { vector_store_id: a.id })).toEqual({ id: fileId, object: 'vector_store.file.deleted', deleted: true });
    expect((await c.files.retrieve(fileId)).id).toBe(fileId);
    expect((await c.vectorStores.retrieve(b.id)).file_counts.total).toBe(1);
    await c.files.delete(fileId);
    expect((await c.vectorStores.retrieve(b.id)).file_counts.total).toBe(0);
    expect(await c.vectorStores.delete(a.id)).toEqual({ id: a.id, object: 'vector_store.deleted', deleted: true });
    const gone = await c.vectorStores.retrieve(a.id).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect((gone as Error).message).toBe(`404 No vector store found with id '${a.id}'.`);
  });

  it('updates attributes and cancels an in-progress batch (a finished one comes back unchanged)', async () => {
    const c = client('vs-cancel');
    const vs = await c.vectorStores.create({});
    const id = await upload(c, 'a.txt', 'alpha');
    const f = await c.vectorStores.files.createAndPoll(vs.id, { file_id: id });
    expect((await c.vectorStores.files.update(f.id, { vector_store_id: vs.id, attributes: { tag: 'new' } })).attributes).toEqual({ tag: 'new' });
    const batch = await c.vectorStores.fileBatches.create(vs.id, { file_ids: [await upload(c, 'b.txt', 'beta')] });
    const cancelled = await c.vectorStores.fileBatches.cancel(batch.id, { vector_store_id: vs.id });
    expect(cancelled).toMatchObject({ status: 'cancelled', file_counts: { in_progress: 0, cancelled: 1, total: 1 } });
    const done = await c.vectorStores.fileBatches.createAndPoll(vs.id, { file_ids: [await upload(c, 'c.txt', 'gamma')] });
    expect((await c.vectorStores.fileBatches.cancel(done.id, { vector_store_id: vs.id })).status).toBe('completed');
    expect((await c.vectorStores.retrieve(vs.id)).file_counts).toEqual({ in_progress: 0, completed: 2, failed: 0, cancelled: 1, total: 3 });
  });

  it('checks ids: a batch id that is a vector store id gets the real 400', async () => {
    const c = client('vs-ids');
    const vs = await c.vectorStores.create({});
    const err = await c.vectorStores.fileBatches.listFiles(vs.id, { vector_store_id: vs.id }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as Error).message).toBe(`400 Invalid 'batch_id': '${vs.id}'. Expected an ID that begins with 'vsfb_'.`);
  });
});
