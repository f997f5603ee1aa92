/**
 * The emulator against the real service's traffic in ../shared/corpus: every Assistants object
 * type the corpus holds has an emulator counterpart with one of the real field lists (names and
 * order) and the same JSON types, and every real Assistants stream order (consecutive deltas
 * collapsed) is reproduced by an emulator stream.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listNormalized, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../../testing/shared-corpus.ts';
import { parseSse } from '../../traffic/sse.ts';
import { startEmulator, type EmulatorHandle } from '../server.ts';

type Obj = Record<string, unknown>;
const jsonType = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

function collect(root: unknown, into: Map<string, Obj[]>): void {
  const walk = (o: unknown) => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (o === null || typeof o !== 'object') return;
    const obj = o as Obj;
    if (typeof obj['object'] === 'string') into.set(obj['object'], [...(into.get(obj['object']) ?? []), obj]);
    Object.values(obj).forEach(walk);
  };
  walk(root);
}

/** Event names with runs of the same name collapsed; the 2024 service named an incomplete run's end `thread.run.completed`. */
function order(events: { event: string | null; data: unknown }[]): string {
  const names = events.map((e) => (e.event === 'thread.run.completed' && (e.data as Obj | null)?.['status'] === 'incomplete' ? 'thread.run.incomplete' : (e.event ?? 'message')));
  return names.filter((n, i) => n !== names[i - 1]).join(' > ');
}

describe.skipIf(!SHARED_CORPUS_PRESENT)(`emulator vs the real Assistants traffic (${SHARED_CORPUS_PRESENT ? 'corpus present' : SHARED_SKIP_REASON})`, () => {
  let emu: EmulatorHandle;
  const emuObjects = new Map<string, Obj[]>();
  const emuOrders = new Set<string>();
  const call = async (method: string, path: string, body?: unknown) => {
    const res = await fetch(`${emu.baseURL}${path}`, { method, headers: { authorization: 'Bearer corpus', 'content-type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    if ((res.headers.get('content-type') ?? '').startsWith('text/event-stream')) {
      const events = parseSse(await res.text()).events.map((e) => ({ event: e.event, data: e.data === '[DONE]' ? e.data : (JSON.parse(e.data) as unknown) }));
      events.forEach((e) => collect(e.data, emuObjects));
      emuOrders.add(order(events));
      return events;
    }
    const json = (await res.json()) as Obj;
    collect(json, emuObjects);
    emuInteractions.push({ method, path, response_json: json });
    return json;
  };

  beforeAll(async () => {
    emu = await startEmulator();
    const a = (await call('POST', '/assistants', { model: 'gpt-4o-mini', instructions: 'Tutor.', name: 'Math Tutor', tools: [{ type: 'code_interpreter' }] })) as Obj;
    await call('GET', '/assistants');
    for (const text of ['solve 3x + 11 = 14', 'code [[oaic:say Let me compute.]] [[oaic:code import sympy as sp\nsolution]]', 'plain code [[oaic:code print(1 + 2)]]', 'long [[oaic:incomplete max_prompt_tokens]]']) {
      const t = (await call('POST', '/threads', {})) as Obj;
      const m = (await call('POST', `/threads/${t['id']}/messages`, { role: 'user', content: text })) as Obj;
      await call('POST', `/threads/${t['id']}/runs`, { assistant_id: a['id'], stream: true });
      const r = (await call('POST', `/threads/${t['id']}/runs`, { assistant_id: a['id'], additional_messages: [{ role: 'user', content: text }] })) as Obj;
      for (let i = 0; i < 3; i++) await call('GET', `/threads/${t['id']}/runs/${r['id']}`);
      await call('GET', `/threads/${t['id']}/runs/${r['id']}/steps`);
      await call('GET', `/threads/${t['id']}/messages`);
      await call('POST', `/threads/${t['id']}/messages/${m['id']}`, { metadata: { modified: 'true' } });
      await call('POST', `/threads/${t['id']}`, { metadata: { modified: 'true' } });
      await call('DELETE', `/threads/${t['id']}/messages/${m['id']}`);
      await call('DELETE', `/threads/${t['id']}`);
    }
    await call('DELETE', `/assistants/${a['id']}`);
  });
  afterAll(() => emu.close());

  /** Polled status sequences per run (create, then retrieves), consecutive repeats collapsed. */
  function pollOrders(interactions: { method: string; path: string; response_json: unknown }[]): Set<string> {
    const seqs = new Map<string, string[]>();
    for (const it of interactions) {
      const body = it.response_json as Obj | null;
      if (body?.['object'] !== 'thread.run' || !/\/runs(\/run_[^/]+)?$/.test(it.path)) continue;
      const id = String(body['id']);
      seqs.set(id, [...(seqs.get(id) ?? []), String(body['status'])]);
    }
    return new Set([...seqs.values()].filter((q) => q.length > 1).map((q) => q.filter((x, i) => x !== q[i - 1]).join(' > ')));
  }
  const emuInteractions: { method: string; path: string; response_json: unknown }[] = [];

  const corpus = SHARED_CORPUS_PRESENT ? listNormalized().filter((r) => r.api === 'assistants') : [];
  const realObjects = new Map<string, Obj[]>();
  const realOrders = new Set<string>();
  for (const rec of corpus) {
    for (const it of rec.interactions) {
      collect(it.response_json, realObjects);
      if (it.sse_events) {
        it.sse_events.forEach((e) => collect(e.data, realObjects));
        realOrders.add(order(it.sse_events));
      }
    }
  }

  it('reads a corpus with Assistants objects and streams', () => {
    expect(realObjects.size).toBeGreaterThan(5);
    expect(realOrders.size).toBeGreaterThan(0);
  });

  for (const [type, real] of realObjects) {
    it(`${type}: same field names, order and JSON types as a real one`, () => {
      const mine = emuObjects.get(type) ?? [];
      expect(mine.length, `the emulator produced no ${type}`).toBeGreaterThan(0);
      const realKeyLists = new Set(real.map((o) => Object.keys(o).join(',')));
      const realTypes = new Map<string, Set<string>>();
      for (const o of real) for (const [k, v] of Object.entries(o)) realTypes.set(k, (realTypes.get(k) ?? new Set()).add(jsonType(v)));
      for (const o of mine) {
        expect(realKeyLists, `${type} fields`).toContain(Object.keys(o).join(','));
        for (const [k, v] of Object.entries(o)) expect([...(realTypes.get(k) ?? [])], `${type}.${k}`).toContain(jsonType(v));
      }
    });
  }

  it('polls runs through the same status sequences as the real service', () => {
    const real = new Set(corpus.flatMap((rec) => [...pollOrders(rec.interactions)]));
    expect(real.size).toBeGreaterThan(0);
    const mine = pollOrders(emuInteractions);
    for (const q of real) expect([...mine], q).toContain(q);
  });

  // Orders the current service no longer produces, kept out on purpose (docs/discoveries/assistants-objects.md).
  const DRIFT: { order: string; reason: string }[] = [
    {
      order: 'thread.message.delta > thread.message.incomplete > thread.run.step.completed > thread.run.completed > done',
      reason: 'April 2024: a max_tokens-truncated message ended a run reported as completed; the spec and SDK >= 5.1.1 expect thread.run.incomplete (emitted by the emulator)',
    },
  ];

  it('reproduces every real Assistants stream order (documented drift aside)', () => {
    const drifted = [...realOrders].filter((o) => DRIFT.some((d) => o.endsWith(d.order)));
    expect(drifted.length).toBeLessThanOrEqual(DRIFT.length);
    for (const real of realOrders) if (!drifted.includes(real)) expect([...emuOrders], real).toContain(real);
  });
});
