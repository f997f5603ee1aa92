/**
 * Fuzz over the Assistants, threads, messages, runs and steps routes: random sequences of
 * requests (valid-ish bodies, mutated bodies, arbitrary JSON, malformed JSON, known and unknown
 * ids, some sent concurrently) never get a 5xx, every 4xx carries the error envelope, streams end
 * with `done` or `error`, and afterwards the state is consistent: a thread's active run is
 * active, no thread has two active runs, every message belongs to its thread.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSse } from '../../traffic/sse.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';
import type { MessageRecord } from '../threads/message.ts';
import type { ThreadRecord } from '../threads/thread.ts';
import type { RunRecord } from './run.ts';
import { ACTIVE } from './states.ts';

const text = fc.oneof(fc.string({ maxLength: 16 }), fc.constantFrom('hi', 'go [[oaic:call f {"a":1}]]', '[[oaic:fail server_error]]', '[[oaic:refuse]]', '[[oaic:incomplete]]', '[[oaic:stall]]', '[[oaic:expire]]', '[[oaic:code print(1+2)]]', '[[oaic:search x]]', '[[oaic:delay 2000]]'));
const mostly = <T,>(arb: fc.Arbitrary<T>, valid = 5): fc.Arbitrary<unknown> => fc.oneof({ weight: valid, arbitrary: arb }, { weight: 1, arbitrary: fc.anything() });
const maybe = <T,>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: arb });
const message = fc.record({ role: mostly(fc.constantFrom('user', 'user', 'assistant', 'system')), content: mostly(fc.oneof(text, fc.array(fc.record({ type: fc.constantFrom('text', 'image_url', 'bogus'), text }), { maxLength: 2 }))) }, { requiredKeys: ['role'] });
const tools = fc.array(fc.oneof(fc.constant({ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }), fc.constant({ type: 'code_interpreter' }), fc.constant({ type: 'file_search' }), fc.record({ type: fc.string({ maxLength: 5 }) })), { maxLength: 3 });
const metadata = fc.oneof(fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }), fc.anything());

/** Ids are picked at run time from what exists (index modulo count, one slot for an unknown id). */
type Pick = { asst: number; thread: number; run: number; msg: number; step: number };
type Cmd = { method: 'GET' | 'POST' | 'DELETE'; template: string; body?: unknown; raw?: string; pick: Pick; together: boolean };

const bodies: Record<string, fc.Arbitrary<unknown>> = {
  'POST /assistants': fc.record({ model: mostly(fc.constantFrom('gpt-4o', 'o3-mini')), instructions: maybe(mostly(text)), tools: maybe(mostly(tools)), metadata: maybe(metadata), temperature: maybe(mostly(fc.double({ min: 0, max: 2, noNaN: true }))) }),
  'POST /assistants/:a': fc.record({ model: maybe(mostly(fc.constantFrom('gpt-4o-mini', 'o4-mini'))), name: maybe(mostly(text)), tools: maybe(tools), top_p: maybe(fc.anything()) }),
  'POST /threads': fc.record({ messages: maybe(mostly(fc.array(message, { maxLength: 3 }))), metadata: maybe(metadata) }),
  'POST /threads/:t': fc.record({ metadata: maybe(metadata), tool_resources: maybe(fc.anything()) }),
  'POST /threads/:t/messages': mostly(message),
  'POST /threads/:t/messages/:m': fc.record({ metadata: maybe(metadata) }),
  'POST /threads/runs': fc.record({ assistant_id: fc.constant('$asst'), thread: maybe(mostly(fc.record({ messages: fc.array(message, { maxLength: 2 }) }))), stream: maybe(fc.boolean()) }),
  'POST /threads/:t/runs': fc.record({ assistant_id: mostly(fc.constant('$asst')), stream: maybe(mostly(fc.boolean())), additional_messages: maybe(fc.array(message, { maxLength: 2 })), instructions: maybe(text), max_completion_tokens: maybe(mostly(fc.integer({ min: 1, max: 50 }))) }),
  'POST /threads/:t/runs/:r': fc.record({ metadata: maybe(metadata) }),
  'POST /threads/:t/runs/:r/cancel': fc.constant(undefined),
  'POST /threads/:t/runs/:r/submit_tool_outputs': fc.record({ tool_outputs: mostly(fc.array(fc.record({ tool_call_id: fc.constantFrom('$call', 'call_x'), output: mostly(text) }), { maxLength: 2 })), stream: maybe(fc.boolean()) }),
};
const reads = ['GET /assistants', 'GET /assistants/:a', 'DELETE /assistants/:a', 'GET /threads/:t', 'DELETE /threads/:t', 'GET /threads/:t/messages', 'GET /threads/:t/messages/:m', 'DELETE /threads/:t/messages/:m', 'GET /threads/:t/runs', 'GET /threads/:t/runs/:r', 'GET /threads/:t/runs/:r', 'GET /threads/:t/runs/:r/steps', 'GET /threads/:t/runs/:r/steps/:s'];

const pick = fc.record({ asst: fc.nat(), thread: fc.nat(), run: fc.nat(), msg: fc.nat(), step: fc.nat() });
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...Object.keys(bodies)).chain((k) => fc.record({ key: fc.constant(k), body: bodies[k]!, pick, together: fc.boolean(), raw: fc.oneof({ weight: 8, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constantFrom('{', '{"model":', 'null', '[]', '"x"') }) })).map(({ key, body, pick, together, raw }) => {
    const [method, template] = key.split(' ') as [Cmd['method'], string];
    return raw === undefined ? { method, template, body, pick, together } : { method, template, raw, pick, together };
  }) },
  { weight: 2, arbitrary: fc.record({ key: fc.constantFrom(...reads), pick, together: fc.boolean() }).map(({ key, pick, together }) => {
    const [method, template] = key.split(' ') as [Cmd['method'], string];
    return { method, template, pick, together };
  }) },
);

describe('fuzz: the Assistants surface', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => void (emu = await startEmulator()));
  afterAll(() => emu.close());

  it('answers every request sequence with 2xx or an enveloped 4xx and stays consistent', async () => {
    let round = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 5, maxLength: 30 }), async (cmds) => {
        const key = `fuzz-asst-${++round}`;
        const ids = { asst: [] as string[], thread: [] as string[], run: [] as string[], msg: [] as string[], step: [] as string[], call: [] as string[] };
        // Mostly a known id (the newest ones most often), an unknown one time in eight.
        const choose = (list: string[], i: number, unknown: string) => (list.length === 0 || i % 8 === 7 ? unknown : list[list.length - 1 - (i % Math.min(list.length, 3))]!);
        const learn = (v: unknown): void => {
          if (Array.isArray(v)) return v.forEach(learn);
          if (v === null || typeof v !== 'object') return;
          const o = v as Record<string, unknown>;
          const id = o['id'];
          if (typeof id === 'string') for (const [prefix, list] of [['asst_', ids.asst], ['thread_', ids.thread], ['run_', ids.run], ['msg_', ids.msg], ['step_', ids.step], ['call_', ids.call]] as const) if (id.startsWith(prefix) && !list.includes(id)) list.push(id);
          Object.values(o).forEach(learn);
        };
        const send = async (c: Cmd) => {
          const path = c.template
            .replace(':a', choose(ids.asst, c.pick.asst, 'asst_nope'))
            .replace(':t', choose(ids.thread, c.pick.thread, 'thread_nope'))
            .replace(':r', choose(ids.run, c.pick.run, 'run_nope'))
            .replace(':m', choose(ids.msg, c.pick.msg, 'msg_nope'))
            .replace(':s', choose(ids.step, c.pick.step, 'step_nope'));
          const json = c.body === undefined ? undefined : JSON.stringify(c.body).replaceAll('"$asst"', JSON.stringify(choose(ids.asst, c.pick.asst, 'asst_nope'))).replaceAll('"$call"', JSON.stringify(choose(ids.call, c.pick.run, 'call_nope')));
          const body = c.raw ?? json;
          const res = await fetch(`${emu.baseURL}${path}`, { method: c.method, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, ...(body !== undefined && c.method !== 'GET' ? { body } : {}) });
          const textBody = await res.text();
          expect(res.status, `${c.method} ${path} ${body ?? ''} → ${textBody.slice(0, 300)}`).toBeLessThan(500);
          if (res.status >= 400) {
            const err = (JSON.parse(textBody) as { error: Record<string, unknown> }).error;
            expect(typeof err['message']).toBe('string');
            expect(typeof err['type']).toBe('string');
            expect(err['param'] === null || typeof err['param'] === 'string').toBe(true);
            expect(err['code'] === null || typeof err['code'] === 'string').toBe(true);
          } else if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
            const events = parseSse(textBody).events;
            expect(['done', 'error']).toContain(events[events.length - 1]?.event);
            for (const e of events) if (e.data !== '[DONE]') learn(JSON.parse(e.data));
          } else learn(JSON.parse(textBody));
        };
        // A prologue so the random commands find things to act on.
        const fixed = { together: false, pick: { asst: 0, thread: 0, run: 0, msg: 0, step: 0 } };
        await send({ ...fixed, method: 'POST', template: '/assistants', body: { model: 'gpt-4o', instructions: 'Fuzz.', tools: [{ type: 'function', function: { name: 'f' } }, { type: 'code_interpreter' }] } });
        await send({ ...fixed, method: 'POST', template: '/threads', body: { messages: [{ role: 'user', content: 'go [[oaic:call f {}]]' }] } });
        await send({ ...fixed, method: 'POST', template: '/threads/:t/runs', body: { assistant_id: '$asst' } });
        for (let i = 0; i < cmds.length; i++) {
          const batch = [cmds[i]!];
          while (cmds[i]!.together && i + 1 < cmds.length) batch.push(cmds[++i]!);
          await Promise.all(batch.map(send));
        }
        const ns = emu.store.namespace(key);
        const threads = ns.collection<ThreadRecord>('threads');
        const runs = ns.collection<RunRecord>('runs');
        for (const [tid, t] of threads) {
          const active = t.runIds.filter((id) => {
            const r = runs.get(id);
            return r !== undefined && ACTIVE.has(r.object.status);
          });
          expect(active.length).toBeLessThanOrEqual(1);
          expect(t.activeRunId).toBe(active[0] ?? null);
          for (const mid of t.messageIds) expect(ns.collection<MessageRecord>('messages').get(mid)?.thread_id).toBe(tid);
        }
        for (const r of runs.values()) if (r.object.status !== 'queued' && r.object.status !== 'in_progress' && r.object.status !== 'requires_action' && r.object.status !== 'cancelling') expect(r.object.expires_at).toBeNull();
      }),
      { numRuns: 40 },
    );
  });
});
