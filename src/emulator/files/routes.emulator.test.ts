import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';
import { checkSize, MAX_FILE_BYTES } from './limits.ts';

describe('Files API against the emulator, through the official SDK', () => {
  let emu: EmulatorHandle;
  const client = (key: string) => new OpenAI({ apiKey: key, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('uploads, retrieves, downloads and deletes a file with the real object shape', async () => {
    const c = client('files-roundtrip');
    const bytes = Buffer.from('{"prompt":"a"}\n{"prompt":"b"}\n');
    const f = await c.files.create({ file: await toFile(bytes, 'train.jsonl'), purpose: 'fine-tune' });
    expect(Object.keys(f).sort()).toEqual(['bytes', 'created_at', 'expires_at', 'filename', 'id', 'object', 'purpose', 'status', 'status_details']);
    expect(f).toMatchObject({ object: 'file', bytes: bytes.length, filename: 'train.jsonl', purpose: 'fine-tune', status: 'processed', status_details: null, expires_at: null });
    expect(f.id).toMatch(/^file-[0-9A-Za-z]{22}$/);
    expect(await c.files.retrieve(f.id)).toEqual(f);
    const content = await c.files.content(f.id);
    expect(Buffer.from(await content.arrayBuffer()).equals(bytes)).toBe(true);
    expect(await c.files.delete(f.id)).toEqual({ id: f.id, object: 'file', deleted: true });
    const gone = await c.files.retrieve(f.id).catch((e: unknown) => e);
    expect(gone).toBeInstanceOf(OpenAI.NotFoundError);
    expect((gone as InstanceType<typeof OpenAI.NotFoundError>).message).toBe(`404 No such File object: ${f.id}`);
  });

  it('keeps binary content byte for byte', async () => {
    const c = client('files-binary');
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256));
    const f = await c.files.create({ file: await toFile(bytes, 'blob.png'), purpose: 'vision' });
    const back = Buffer.from(await (await c.files.content(f.id)).arrayBuffer());
    expect(back.equals(bytes)).toBe(true);
  });

  it('rejects a bad purpose with the real text and lists the purposes a client may use', async () => {
    const err = await client('files-purpose').files.create({ file: await toFile(Buffer.from('x'), 'a.txt'), purpose: 'vector_store' as 'assistants' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    const e = err as InstanceType<typeof OpenAI.BadRequestError>;
    expect(e.status).toBe(400);
    expect(e.error).toEqual({ message: "'vector_store' is not one of ['fine-tune', 'assistants', 'batch', 'user_data', 'vision', 'evals'] - 'purpose'", type: 'invalid_request_error', param: 'purpose', code: null });
  });

  it('refuses to download assistants and user_data files, as the service does', async () => {
    const c = client('files-download');
    for (const purpose of ['assistants', 'user_data'] as const) {
      const f = await c.files.create({ file: await toFile(Buffer.from('secret'), 'doc.txt'), purpose });
      const err = await c.files.content(f.id).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.BadRequestError);
      expect((err as Error).message).toBe(`400 Not allowed to download files of purpose: ${purpose}`);
    }
  });

  it('lists newest first, filters by purpose and pages with after', async () => {
    const c = client('files-list');
    const ids: string[] = [];
    for (const [i, purpose] of (['assistants', 'batch', 'assistants', 'user_data', 'assistants'] as const).entries()) {
      ids.push((await c.files.create({ file: await toFile(Buffer.from(`f${i}`), `f${i}.txt`), purpose })).id);
    }
    const all = await c.files.list();
    expect(all.data.map((f) => f.id)).toEqual([...ids].reverse());
    const assistants = await c.files.list({ purpose: 'assistants' });
    expect(assistants.data.map((f) => f.id)).toEqual([ids[4], ids[2], ids[0]]);
    const page1 = await c.files.list({ limit: 2, order: 'asc' });
    expect(page1.data.map((f) => f.id)).toEqual(ids.slice(0, 2));
    expect(page1.hasNextPage()).toBe(true);
    const seen: string[] = [];
    for await (const f of c.files.list({ limit: 2, order: 'asc' })) seen.push(f.id);
    expect(seen).toEqual(ids);
  });

  it('gives batch files a 30-day expiry and honours expires_after', async () => {
    const c = client('files-expiry');
    const batch = await c.files.create({ file: await toFile(Buffer.from('{}\n'), 'in.jsonl'), purpose: 'batch' });
    expect(batch.expires_at).toBe(batch.created_at + 30 * 24 * 3600);
    const short = await c.files.create({ file: await toFile(Buffer.from('x'), 'x.txt'), purpose: 'user_data', expires_after: { anchor: 'created_at', seconds: 3600 } });
    expect(short.expires_at).toBe(short.created_at + 3600);
    const err = await c.files.create({ file: await toFile(Buffer.from('x'), 'x.txt'), purpose: 'user_data', expires_after: { anchor: 'created_at', seconds: 10 } }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect((err as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('expires_after.seconds');
  });

  it('parses uploads from clients with other boundaries and answers malformed bodies with 400', async () => {
    const headers = { authorization: 'Bearer files-raw' };
    const body = '--abc\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nassistants\r\n--abc\r\nContent-Disposition: form-data; name="file"; filename="raw.md"\r\n\r\n# hi\r\n--abc--\r\n';
    const ok = await fetch(`${emu.baseURL}/files`, { method: 'POST', headers: { ...headers, 'content-type': 'multipart/form-data; boundary="abc"' }, body });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ filename: 'raw.md', bytes: 4, purpose: 'assistants' });
    const bad = await fetch(`${emu.baseURL}/files`, { method: 'POST', headers: { ...headers, 'content-type': 'multipart/form-data; boundary=zzz' }, body });
    expect(bad.status).toBe(400);
    const json = await fetch(`${emu.baseURL}/files`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{"purpose":"assistants"}' });
    expect(((await json.json()) as { error: { message: string } }).error.message).toBe("Missing required parameter: 'file'.");
  });

  it('enforces the 512 MB cap (checked on the size, without allocating 512 MB)', () => {
    expect(() => checkSize(MAX_FILE_BYTES, 'assistants')).not.toThrow();
    expect(() => checkSize(MAX_FILE_BYTES + 1, 'assistants')).toThrow('File is too large.');
    expect(() => checkSize(200 * 1024 * 1024 + 1, 'batch')).toThrow('File is too large.');
  });
});
