import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAULTS } from '../faults.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';
import { VS_FAULT } from './fault-names.ts';

const fault = (name: string) => ({ headers: { 'x-oaic-fault': name } });

describe('vector-store fault switches, each on and off', () => {
  let emu: EmulatorHandle;
  const requests: string[] = [];
  const client = (key: string, maxRetries = 0) =>
    new OpenAI({
      apiKey: key,
      baseURL: emu.baseURL,
      maxRetries,
      fetch: (url, init) => {
        requests.push(`${init?.method ?? 'GET'} ${new URL(String(url)).pathname}`);
        return fetch(url, init);
      },
    });
  const upload = async (c: OpenAI, name: string, text: string) => (await c.files.create({ file: await toFile(Buffer.from(text), name), purpose: 'assistants' })).id;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('registers every switch in FAULTS with a description', () => {
    for (const name of Object.values(VS_FAULT)) expect(FAULTS[name]).toMatch(/\w/);
  });

  it('vs-stuck-in-progress=N keeps indexing in_progress for N polls, with openai-poll-after-ms; off, the first poll completes', async () => {
    const c = client('fault-stuck');
    const vs = await c.vectorStores.create({ file_ids: [await upload(c, 'a.txt', 'alpha')] }, fault('vs-stuck-in-progress=3'));
    const seen: [string, string | null][] = [];
    for (let i = 0; i < 4; i++) {
      const { data, response } = await c.vectorStores.retrieve(vs.id).withResponse();
      seen.push([data.status, response.headers.get('openai-poll-after-ms')]);
    }
    expect(seen).toEqual([['in_progress', '5'], ['in_progress', '5'], ['in_progress', '5'], ['completed', null]]);
    const off = await c.vectorStores.create({ file_ids: [await upload(c, 'b.txt', 'beta')] });
    expect((await c.vectorStores.retrieve(off.id)).status).toBe('completed');
  });

  it('vs-poll-after-ms=N changes the suggested interval; off, 5 ms', async () => {
    const c = client('fault-poll-after');
    const vs = await c.vectorStores.create({ file_ids: [await upload(c, 'a.txt', 'alpha')] }, fault('vs-stuck-in-progress=2'));
    const on = await c.vectorStores.retrieve(vs.id, fault('vs-poll-after-ms=300')).withResponse();
    const off = await c.vectorStores.retrieve(vs.id).withResponse();
    expect([on.response.headers.get('openai-poll-after-ms'), off.response.headers.get('openai-poll-after-ms')]).toEqual(['300', '5']);
  });

  it('createAndPoll keeps polling a stuck file (bare switch: 3 extra polls) (the 5 ms poll-after header keeps it quick)', async () => {
    const c = client('fault-stuck-poll');
    const vs = await c.vectorStores.create({});
    const id = await upload(c, 'a.txt', 'alpha');
    requests.length = 0;
    const f = await c.vectorStores.files.createAndPoll(vs.id, { file_id: id }, fault(VS_FAULT.stuck));
    expect(f.status).toBe('completed');
    expect(requests).toEqual([`POST /v1/vector_stores/${vs.id}/files`, ...Array(4).fill(`GET /v1/vector_stores/${vs.id}/files/${id}`)]);
  });

  it('vs-batch-poll-returns-store makes uploadAndPoll resolve with the vector store (known issue 7); off, the batch', async () => {
    const c = client('fault-batch-store');
    const vs = await c.vectorStores.create({});
    const wrong = await c.vectorStores.fileBatches.uploadAndPoll(vs.id, { files: [await toFile(Buffer.from('x'), 'x.txt')] }, fault(VS_FAULT.batchPollReturnsStore));
    expect(wrong).toMatchObject({ id: vs.id, object: 'vector_store', status: 'completed' });
    const err = await c.vectorStores.fileBatches.listFiles(wrong.id, { vector_store_id: vs.id }).catch((e: unknown) => e);
    expect((err as Error).message).toBe(`400 Invalid 'batch_id': '${vs.id}'. Expected an ID that begins with 'vsfb_'.`);
    const right = await c.vectorStores.fileBatches.uploadAndPoll(vs.id, { files: [await toFile(Buffer.from('y'), 'y.txt')] });
    expect(right).toMatchObject({ object: 'vector_store.file_batch', vector_store_id: vs.id });
  });

  it('vs-detach-removes-everywhere detaches from every store (known issue 8); off, only from the one named', async () => {
    const c = client('fault-detach');
    const a = await c.vectorStores.create({ name: 'a' });
    const b = await c.vectorStores.create({ name: 'b' });
    const attachBoth = async (name: string) => {
      const id = await upload(c, name, 'shared');
      await c.vectorStores.files.create(a.id, { file_id: id });
      await c.vectorStores.files.create(b.id, { file_id: id });
      return id;
    };
    const x = await attachBoth('x.txt');
    await c.vectorStores.files.delete(x, { vector_store_id: a.id });
    expect((await c.vectorStores.files.retrieve(x, { vector_store_id: b.id })).id).toBe(x);
    const y = await attachBoth('y.txt');
    await c.vectorStores.files.delete(y, { vector_store_id: a.id }, fault(VS_FAULT.detachEverywhere));
    const gone = await c.vectorStores.files.retrieve(y, { vector_store_id: b.id }).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect((await c.files.retrieve(y)).id).toBe(y);
  });

  it('vs-index-server-error fails files with last_error server_error; off, they complete', async () => {
    const c = client('fault-server-error');
    const vs = await c.vectorStores.create({});
    const bad = await c.vectorStores.files.createAndPoll(vs.id, { file_id: await upload(c, 'a.txt', 'alpha') }, fault(VS_FAULT.indexServerError));
    expect(bad).toMatchObject({ status: 'failed', last_error: { code: 'server_error' } });
    const good = await c.vectorStores.files.createAndPoll(vs.id, { file_id: await upload(c, 'b.txt', 'beta') });
    expect(good).toMatchObject({ status: 'completed', last_error: null });
  });

  it('vs-batch-files-500-once fails the first batch file list with 500 (the SDK retry succeeds); off, no 500', async () => {
    const c = client('fault-500');
    const vs = await c.vectorStores.create({});
    const batch = await c.vectorStores.fileBatches.createAndPoll(vs.id, { file_ids: [await upload(c, 'a.txt', 'alpha')] });
    const err = await c.vectorStores.fileBatches.listFiles(batch.id, { vector_store_id: vs.id }, fault(VS_FAULT.batchFilesTransient500)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    expect((err as Error).message).toMatch(/^500 The server had an error processing your request\. Sorry about that!/);
    const retried = await client('fault-500', 2).vectorStores.fileBatches.listFiles(batch.id, { vector_store_id: vs.id }, fault(VS_FAULT.batchFilesTransient500));
    expect(retried.data).toHaveLength(1);
    const other = await c.vectorStores.fileBatches.createAndPoll(vs.id, { file_ids: [await upload(c, 'b.txt', 'beta')] });
    expect((await c.vectorStores.fileBatches.listFiles(other.id, { vector_store_id: vs.id })).data).toHaveLength(1);
  });

  it('honours the switches as a server option too', async () => {
    const stuck = await startEmulator({ faults: ['vs-stuck-in-progress=1'] });
    try {
      const c = new OpenAI({ apiKey: 'server-fault', baseURL: stuck.baseURL, maxRetries: 0 });
      const id = (await c.files.create({ file: await toFile(Buffer.from('z'), 'z.txt'), purpose: 'assistants' })).id;
      const vs = await c.vectorStores.create({ file_ids: [id] });
      expect([(await c.vectorStores.retrieve(vs.id)).status, (await c.vectorStores.retrieve(vs.id)).status]).toEqual(['in_progress', 'completed']);
    } finally {
      await stuck.close();
    }
  });
});
