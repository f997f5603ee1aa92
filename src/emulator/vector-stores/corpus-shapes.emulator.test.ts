/**
 * Every Files / Vector Stores object in the real traffic of ../shared/corpus has a counterpart in
 * the emulator with the same field names and JSON types (null counts as a type, so a field the
 * service sends as null must be able to be null here too). Skips when the corpus is absent.
 */
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNormalized, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../../testing/shared-corpus.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

type Shapes = Map<string, Map<string, Set<string>>>;

const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function collect(shapes: Shapes, value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  const obj = value as Record<string, unknown>;
  const kind = typeof obj['object'] === 'string' ? (obj['object'] as string) : null;
  if (kind) {
    const fields = shapes.get(kind) ?? new Map<string, Set<string>>();
    shapes.set(kind, fields);
    for (const [k, v] of Object.entries(obj)) {
      const types = fields.get(k) ?? new Set<string>();
      fields.set(k, types);
      types.add(jsonType(v));
    }
  }
  if (Array.isArray(obj['data'])) for (const item of obj['data']) collect(shapes, item);
}

describe.skipIf(!SHARED_CORPUS_PRESENT)(`Files and Vector Stores shapes against real traffic ${SHARED_CORPUS_PRESENT ? '' : SHARED_SKIP_REASON}`, () => {
  let emu: EmulatorHandle;
  const real: Shapes = new Map();
  const emulated: Shapes = new Map();

  beforeAll(async () => {
    for (const rec of listNormalized()) {
      for (const it of rec.interactions) {
        const path = it.path.split('?')[0] ?? '';
        if (Number(it.status) !== 200 || !/^\/v1\/(files|vector_stores)(\/|$)/.test(path)) continue;
        collect(real, it.response_json);
      }
    }
    emu = await startEmulator();
    const c = new OpenAI({ apiKey: 'corpus-shapes', baseURL: emu.baseURL, maxRetries: 0 });
    const seen = (v: unknown) => (collect(emulated, v), v);
    // One session that produces every object kind (lists read raw: the SDK wraps them in pages), in the states the corpus shows them in.
    const file = seen(await c.files.create({ file: await toFile(Buffer.from('twelve bytes'), 'text.txt'), purpose: 'assistants' })) as { id: string };
    const file2 = (await c.files.create({ file: await toFile(Buffer.from('{"a":1}\n'), 'sentiment.jsonl'), purpose: 'fine-tune' })).id;
    seen(await c.files.retrieve(file2));
    seen(await c.get('/files'));
    const vs = seen(await c.vectorStores.create({})) as { id: string };
    seen(await c.vectorStores.create({ name: 'named', metadata: { modified: 'true' } }));
    seen(await c.vectorStores.files.create(vs.id, { file_id: file.id }));
    seen(await c.vectorStores.files.retrieve(file.id, { vector_store_id: vs.id }));
    seen(await c.get(`/vector_stores/${vs.id}/files`));
    const batch = seen(await c.vectorStores.fileBatches.create(vs.id, { file_ids: [file.id] })) as { id: string };
    seen(await c.vectorStores.fileBatches.retrieve(batch.id, { vector_store_id: vs.id }));
    seen(await c.vectorStores.fileBatches.cancel(batch.id, { vector_store_id: vs.id }));
    seen(await c.get(`/vector_stores/${vs.id}/file_batches/${batch.id}/files`));
    seen(await c.get('/vector_stores'));
    seen(await c.vectorStores.update(vs.id, { metadata: { modified: 'true' } }));
    seen(await c.vectorStores.files.delete(file.id, { vector_store_id: vs.id }));
    seen(await c.vectorStores.delete(vs.id));
    seen(await c.files.delete(file2));
  });
  afterAll(() => emu?.close());

  it('finds real Files and Vector Stores objects in the corpus', () => {
    expect([...real.keys()]).toEqual(expect.arrayContaining(['file', 'vector_store', 'vector_store.file', 'vector_store.file_batch', 'vector_store.deleted', 'vector_store.file.deleted', 'list']));
  });

  it('has every real field with a type the service also used', () => {
    const problems: string[] = [];
    for (const [kind, fields] of real) {
      const mine = emulated.get(kind);
      if (!mine) {
        problems.push(`${kind}: the emulator never produced it`);
        continue;
      }
      for (const [field, types] of fields) {
        const emuTypes = mine.get(field);
        if (!emuTypes) problems.push(`${kind}.${field}: missing (real types ${[...types].join('|')})`);
        else if (![...emuTypes].some((t) => types.has(t))) problems.push(`${kind}.${field}: emulator ${[...emuTypes].join('|')}, real ${[...types].join('|')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
