/**
 * The emulator's Responses objects and stream events against the REAL traffic in
 * ../shared/corpus: for every object / event type both sides have, each field the real service
 * always sends is there, every field the emulator sends exists in real traffic, and its JSON
 * type is one the real service used for it.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNormalized, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../../testing/shared-corpus.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

type Obj = Record<string, unknown>;
const jsonType = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

/** Per shape key: how many samples, how often each field appears, which JSON types it had. */
class Shapes {
  readonly seen = new Map<string, { samples: number; fields: Map<string, { count: number; types: Set<string> }> }>();
  add(key: string, o: Obj): void {
    let s = this.seen.get(key);
    if (!s) this.seen.set(key, (s = { samples: 0, fields: new Map() }));
    s.samples += 1;
    for (const [k, v] of Object.entries(o)) {
      let f = s.fields.get(k);
      if (!f) s.fields.set(k, (f = { count: 0, types: new Set() }));
      f.count += 1;
      f.types.add(jsonType(v));
    }
  }
}

function collect(shapes: Shapes, value: unknown, key: string): void {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const o = value as Obj;
  shapes.add(key, o);
  if (key === 'response' && Array.isArray(o['output'])) for (const item of o['output'] as Obj[]) collect(shapes, item, `item:${String(item['type'])}`);
  if (key.startsWith('event:')) {
    if (o['response']) collect(shapes, o['response'], 'response');
    if (o['item']) collect(shapes, o['item'], `item:${String((o['item'] as Obj)['type'])}`);
  }
}

const OPTIONAL_IN_REAL = new Set(['conversation', 'moderation', 'tool_usage', 'encrypted_content', 'status']);

describe.skipIf(!SHARED_CORPUS_PRESENT)(`emulator Responses shapes vs the real corpus ${SHARED_CORPUS_PRESENT ? '' : SHARED_SKIP_REASON}`, () => {
  let emu: EmulatorHandle;
  const real = new Shapes();
  const ours = new Shapes();

  beforeAll(async () => {
    for (const rec of listNormalized()) {
      if (rec.api !== 'responses' && rec.api !== 'conversations') continue;
      for (const it of rec.interactions) {
        if (Number(it.status) !== 200) continue;
        const body = it.response_json as Obj | null;
        if (body && body['object'] === 'response') collect(real, body, 'response');
        for (const e of it.sse_events ?? []) if (e.data && typeof e.data === 'object') collect(real, e.data, `event:${String((e.data as Obj)['type'])}`);
      }
    }
    emu = await startEmulator();
    const client = new OpenAI({ apiKey: 'corpus-shapes', baseURL: emu.baseURL, maxRetries: 0 });
    const tools: OpenAI.Responses.Tool[] = [{ type: 'function', name: 'f', parameters: { type: 'object', properties: {} }, strict: false }, { type: 'code_interpreter', container: { type: 'auto' } }];
    const requests: OpenAI.Responses.ResponseCreateParamsNonStreaming[] = [
      { model: 'gpt-4o', input: 'hello' },
      { model: 'o4-mini', input: 'think [[oaic:code 1+1]]', tools, reasoning: { summary: 'detailed' } },
      { model: 'gpt-4o', input: 'call [[oaic:call f {"a":1}]]', tools },
      { model: 'gpt-4o', input: 'search [[oaic:search q]]', tools: [{ type: 'file_search', vector_store_ids: ['vs_1'] }] },
    ];
    for (const r of requests) {
      // The raw body: the SDK's responses.create adds `output_text`, which is not on the wire.
      collect(ours, await client.post<Obj>('/responses', { body: r }), 'response');
      for await (const e of await client.responses.create({ ...r, stream: true })) collect(ours, e, `event:${e.type}`);
    }
  });
  afterAll(() => emu?.close());

  it('covers the real event and item types the emulator emits', () => {
    const shared = [...ours.seen.keys()].filter((k) => real.seen.has(k));
    expect(shared.length).toBeGreaterThan(15);
    expect(shared).toEqual(expect.arrayContaining(['response', 'item:message', 'item:function_call', 'item:reasoning', 'event:response.output_text.delta', 'event:response.completed']));
  });

  it('sends every field the real service always sends, no field it never sends, with real JSON types', () => {
    const problems: string[] = [];
    for (const [key, mine] of ours.seen) {
      const theirs = real.seen.get(key);
      if (!theirs) continue;
      for (const [field, f] of theirs.fields) {
        if (f.count === theirs.samples && !mine.fields.has(field) && !OPTIONAL_IN_REAL.has(field)) problems.push(`${key}: missing ${field}`);
      }
      for (const [field, f] of mine.fields) {
        const t = theirs.fields.get(field);
        if (!t) problems.push(`${key}: extra ${field}`);
        else for (const type of f.types) if (!t.types.has(type) && !(type === 'null' || t.types.has('null'))) problems.push(`${key}.${field}: ${type} not in ${[...t.types].join('|')}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
