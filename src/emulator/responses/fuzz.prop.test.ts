/**
 * Fuzz over the Responses and Conversations routes: random sequences of requests (valid-ish
 * bodies, mutated bodies, arbitrary JSON, malformed JSON, known and unknown ids) never get a
 * 5xx, every 4xx carries the error envelope, and the state stays consistent afterwards.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

type Cmd = { method: 'GET' | 'POST' | 'DELETE'; path: string; body?: unknown; raw?: string };

const text = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('hi [[oaic:call f {}]]', '[[oaic:fail server_error]]', '[[oaic:refuse]]', '[[oaic:incomplete]]', '[[oaic:stall]]', '[[oaic:code 1+2]]'));
const part = fc.oneof(
  fc.record({ type: fc.constant('input_text'), text }),
  fc.record({ type: fc.constant('output_text'), text }),
  fc.record({ type: fc.constantFrom('input_image', 'text', 'refusal', 'bogus'), image_url: fc.webUrl() }),
  fc.anything(),
);
/** Mostly absent: an optional field that appears one time in `1 + absent`. */
const rarely = <T,>(arb: fc.Arbitrary<T>, absent = 4): fc.Arbitrary<T | undefined> => fc.oneof({ weight: absent, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
/** Mostly valid: the valid arbitrary `valid` times as often as anything at all. */
const mostly = <T,>(arb: fc.Arbitrary<T>, valid = 6): fc.Arbitrary<unknown> => fc.oneof({ weight: valid, arbitrary: arb }, { weight: 1, arbitrary: fc.anything() });

const item = fc.oneof(
  { weight: 6, arbitrary: fc.record({ role: fc.constantFrom('user', 'user', 'assistant', 'system', 'developer'), content: text }) },
  fc.record({ role: fc.constantFrom('user', 'assistant', 'system', 'developer', 'bot'), content: fc.oneof(text, fc.array(part, { maxLength: 3 })) }),
  fc.record({ type: fc.constant('function_call_output'), call_id: fc.constantFrom('call_1', 'call_x'), output: fc.oneof(text, fc.integer()) }),
  fc.record({ type: fc.constant('function_call'), call_id: fc.constant('call_1'), name: fc.constant('f'), arguments: fc.constant('{}') }),
  fc.record({ type: fc.string({ maxLength: 8 }) }),
  fc.anything(),
);
const tools = fc.array(
  fc.oneof(
    fc.constant({ type: 'function', name: 'f', parameters: { type: 'object', properties: {} } }),
    fc.constant({ type: 'file_search', vector_store_ids: ['vs_1'] }),
    fc.constant({ type: 'code_interpreter', container: { type: 'auto' } }),
    fc.record({ type: fc.string({ maxLength: 6 }) }),
  ),
  { maxLength: 3 },
);
const responseBody = (ids: fc.Arbitrary<string>) =>
  fc
    .record({
      model: mostly(fc.constantFrom('gpt-4o', 'o4-mini', 'gpt-5'), 12),
      input: mostly(fc.oneof(text, fc.array(item, { maxLength: 4 })), 12),
      instructions: rarely(mostly(fc.string({ maxLength: 10 }))),
      previous_response_id: rarely(ids, 2),
      conversation: rarely(ids, 2),
      tools: rarely(tools, 2),
      tool_choice: rarely(fc.constantFrom('auto', 'none', 'required', 'bogus'), 6),
      temperature: rarely(fc.double({ min: -1, max: 3, noNaN: true }), 8),
      max_output_tokens: rarely(fc.integer({ min: -5, max: 64 })),
      background: rarely(fc.boolean(), 2),
      store: rarely(fc.boolean()),
      stream: rarely(fc.boolean(), 2),
      metadata: rarely(fc.dictionary(fc.string({ maxLength: 70 }), fc.string({ maxLength: 5 }), { maxKeys: 18 })),
    })
    .map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)));

/** `@k` stands for the k-th id created so far in the run (resolved when the command is sent). */
const REF = /@(\d)/g;

function commands(): fc.Arbitrary<Cmd> {
  const ids = fc.oneof(fc.nat({ max: 9 }).map((k) => `@${k}`), fc.constantFrom('resp_missing', 'conv_missing', 'msg_missing'), fc.string({ maxLength: 12 }).map(encodeURIComponent));
  const bodyItems = fc
    .record({ items: mostly(fc.array(item, { maxLength: 22 })), metadata: rarely(fc.anything()) })
    .map((b) => Object.fromEntries(Object.entries(b).filter(([, v]) => v !== undefined)));
  return fc.oneof(
    { weight: 6, arbitrary: responseBody(ids).map((body): Cmd => ({ method: 'POST', path: '/responses', body })) },
    { weight: 3, arbitrary: bodyItems.map((body): Cmd => ({ method: 'POST', path: '/conversations', body })) },
    { weight: 3, arbitrary: fc.tuple(ids, bodyItems).map(([id, body]): Cmd => ({ method: 'POST', path: `/conversations/${id}/items`, body })) },
    fc.tuple(ids, fc.anything()).map(([id, metadata]): Cmd => ({ method: 'POST', path: `/conversations/${id}`, body: { metadata } })),
    fc.tuple(fc.constantFrom('GET', 'DELETE') as fc.Arbitrary<'GET' | 'DELETE'>, ids, fc.constantFrom('/responses/', '/conversations/')).map(([method, id, p]): Cmd => ({ method, path: p + id })),
    fc.tuple(ids, fc.constantFrom('/input_items?limit=2', '/input_items?order=sideways', '/cancel', '?stream=true&starting_after=2', '?stream=true&starting_after=x')).map(([id, s]): Cmd => ({ method: s === '/cancel' ? 'POST' : 'GET', path: `/responses/${id}${s}` })),
    fc.tuple(ids, ids, fc.constantFrom('GET', 'DELETE') as fc.Arbitrary<'GET' | 'DELETE'>).map(([c, i, method]): Cmd => ({ method, path: `/conversations/${c}/items/${i}` })),
    fc.constantFrom<Cmd>({ method: 'POST', path: '/responses', raw: '{"model":' }, { method: 'POST', path: '/conversations', raw: '[1,2' }),
  );
}

describe('emulator: Responses + Conversations fuzz', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  const send = async (key: string, cmd: Cmd, known: readonly string[] = []) => {
    const resolve = (t: string) => t.replace(REF, (_m, k: string) => known[Number(k) % Math.max(1, known.length)] ?? 'resp_none');
    const body = cmd.raw ?? (cmd.body === undefined ? undefined : resolve(JSON.stringify(cmd.body)));
    const init: RequestInit = { method: cmd.method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' } };
    if (body !== undefined && cmd.method === 'POST') init.body = body;
    const res = await fetch(emu.baseURL + resolve(cmd.path), init);
    const textBody = await res.text();
    return { status: res.status, text: textBody, json: (res.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(textBody) as Record<string, unknown>) : null };
  };

  it('never answers 5xx and keeps state consistent', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(commands(), { minLength: 1, maxLength: 14 }), async (cmds) => {
        const key = `fuzz-${++run}`;
        const known: string[] = [];
        for (const cmd of cmds) {
          const r = await send(key, cmd, known);
          expect(r.status, `${cmd.method} ${cmd.path} ${r.text.slice(0, 200)}`).toBeLessThan(500);
          if (r.status >= 400) expect(r.json?.['error']).toMatchObject({ message: expect.any(String), type: expect.any(String) });
          const id = r.json?.['id'];
          if (r.status === 200 && typeof id === 'string' && !known.includes(id) && r.json?.['deleted'] !== true) known.push(id);
        }
        for (const id of known) {
          const got = await send(key, { method: 'GET', path: `/${id.startsWith('conv_') ? 'conversations' : 'responses'}/${id}` });
          expect([200, 404]).toContain(got.status);
          if (got.status === 200 && id.startsWith('resp_')) expect(['queued', 'in_progress', 'completed', 'incomplete', 'failed', 'cancelled']).toContain(got.json?.['status']);
          if (got.status === 200 && id.startsWith('conv_')) {
            const asc = await send(key, { method: 'GET', path: `/conversations/${id}/items?order=asc&limit=100` });
            const desc = await send(key, { method: 'GET', path: `/conversations/${id}/items?order=desc&limit=100` });
            const ids = (asc.json?.['data'] as { id: string }[]).map((i) => i.id);
            expect(new Set(ids).size).toBe(ids.length);
            expect((desc.json?.['data'] as { id: string }[]).map((i) => i.id)).toEqual([...ids].reverse());
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
