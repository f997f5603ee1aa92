/**
 * Fidelity of the emulator against the REAL service's traffic (../shared/corpus/normalized):
 * 1. for every real object kind (`object`), Responses/Conversations item (`type`) and stream event,
 *    the emulator — driven through the official SDK over every surface (drive-*.ts) — produces a
 *    counterpart with the same field paths and JSON types; the only accepted differences are the
 *    entries of allow-list.ts, each with its reason, and an entry that matches nothing fails;
 * 2. every real Assistants stream order (event names, runs of a delta collapsed) is reproduced by
 *    the emulator for the equivalent request (the real stream's steps turned into directives).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import OpenAI from 'openai';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { createObserver, type Observer } from '../runner/observer.ts';
import { listNormalized, normalizedToTraffic, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../testing/shared-corpus.ts';
import { ORDER_RENAMES } from './allow-list.ts';
import { compareShapes, type KindDiff } from './compare.ts';
import { drain, driveEmulator, type DriveResult } from './drive.ts';
import { ASSISTANTS_DRIVE } from './drive-assistants.ts';
import { ERRORS_DRIVE } from './drive-errors.ts';
import { errorTemplates, type ErrorTemplate } from './error-texts.ts';
import { RESPONSES_DRIVE } from './drive-responses.ts';
import { collapse, DIRECTIVE_FOR_END, polledSequences } from './polled-sequences.ts';
import { collectShapes } from './shapes.ts';
import { collapseOrder, directivesFor, planOf } from './stream-orders.ts';
import { judge, renderTable, staleEntries } from './verdict.ts';

describe.skipIf(!SHARED_CORPUS_PRESENT)(`emulator fidelity vs the real traffic (${SHARED_CORPUS_PRESENT ? 'corpus present' : SHARED_SKIP_REASON})`, () => {
  const corpus = SHARED_CORPUS_PRESENT ? listNormalized() : [];
  let drive: DriveResult;
  let diffs: KindDiff[];
  /** Real error answers (status, type, code, param, message with ids as <id>) the emulator never gave. */
  let missingErrors: ErrorTemplate[];

  beforeAll(async () => {
    drive = await driveEmulator([...ASSISTANTS_DRIVE, ...RESPONSES_DRIVE, ...ERRORS_DRIVE]);
    const real = corpus.map(normalizedToTraffic);
    diffs = compareShapes(collectShapes(real), collectShapes([drive.traffic]));
    const emulatedErrors = errorTemplates([drive.traffic]);
    missingErrors = [...errorTemplates(real)].filter(([key]) => !emulatedErrors.has(key)).map(([, v]) => v.template);
    process.stdout.write(`\n${renderTable(diffs)}\nreal error answers the emulator never gave: ${missingErrors.length ? missingErrors.map((e) => `\n    ${e.status} ${e.message}`).join('') : 'none'}\n`);
  }, 120_000);

  it('drives every surface without an error answer', () => {
    expect(drive.failures).toEqual([]);
    expect(drive.traffic.exchanges.length).toBeGreaterThan(100);
  });

  it('has a counterpart for every real object, item and event kind, with the same fields and JSON types (allow-list aside)', () => {
    expect(diffs.length).toBeGreaterThan(50);
    expect(judge(diffs).failures).toEqual([]);
  });

  it('answers every real error situation with the real status, type, code, param and message (allow-list aside)', () => {
    expect(judge([], missingErrors).failures).toEqual([]);
  });

  it('uses every allow-list entry (remove an entry once the emulator matches)', () => {
    expect(staleEntries(judge(diffs, missingErrors).used).map((e) => `${e.kind} ${e.what} ${e.path ?? ''}`)).toEqual([]);
  });

  describe('Assistants stream orders', () => {
    /** Distinct real orders as sent → the order to reproduce (documented renames applied) and where it was seen. */
    const realOrders = new Map<string, { expected: string; events: { event: string | null; data: unknown }[]; source: string }>();
    for (const rec of corpus) {
      for (const it of rec.interactions) {
        if (!it.sse_events || !/\/threads(\/[^/]+)?\/runs/.test(it.path)) continue;
        const expected = collapseOrder(it.sse_events, ORDER_RENAMES).join(' > ');
        // Distinct by names and by the statuses the run events carried (a renamed quirk is its own case).
        const statuses = it.sse_events.map((e) => (e.event?.startsWith('thread.run.') && !e.event.startsWith('thread.run.step') ? String((e.data as { status?: unknown } | null)?.status) : '')).join(',');
        const key = `${expected} | ${statuses}`;
        if (!realOrders.has(key)) realOrders.set(key, { expected, events: it.sse_events, source: `${rec.name} ${it.method} ${it.path}` });
      }
    }
    let emu: EmulatorHandle;
    let client: OpenAI;
    let observer: Observer;
    let assistantId: string;
    beforeAll(async () => {
      emu = await startEmulator();
      observer = createObserver(fetch);
      client = new OpenAI({ apiKey: 'sk-fidelity', baseURL: emu.baseURL, maxRetries: 0, fetch: observer.fetch });
      const tools = [{ type: 'code_interpreter' as const }, { type: 'file_search' as const }, { type: 'function' as const, function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } }];
      assistantId = (await client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Tutor.', tools })).id;
    });
    afterAll(() => emu?.close());

    it('the corpus holds real Assistants streams, and every documented rename changes one of them', () => {
      expect(realOrders.size).toBeGreaterThan(0);
      const renamed = (r: (typeof ORDER_RENAMES)[number]) => corpus.some((rec) => rec.interactions.some((it) => it.sse_events && collapseOrder(it.sse_events, [r]).join() !== collapseOrder(it.sse_events).join()));
      expect(ORDER_RENAMES.filter((r) => !renamed(r)).map((r) => r.reason)).toEqual([]);
    });

    for (const { expected, events, source } of realOrders.values()) {
      const plan = planOf(events);
      it(`reproduces ${plan.steps.map((s) => (s.kind === 'tool' ? `tool(${s.tools.join(',')})` : `message(${s.ended})`)).join(' + ')} → ${plan.runEnd} (${source})`, async () => {
        const text = directivesFor(plan);
        expect(text, `no directive reproduces this real stream: ${JSON.stringify(plan)}`).not.toBeNull();
        const thread = await client.beta.threads.create({ messages: [{ role: 'user', content: text ?? '' }] });
        await drain(await client.beta.threads.runs.create(thread.id, { assistant_id: assistantId, stream: true }));
        await observer.settle();
        // Compared on the wire (the SDK does not hand the `done` frame to its caller).
        const wire = observer.exchanges[observer.exchanges.length - 1]?.sse ?? [];
        const emulated = collapseOrder(wire.map((e) => ({ event: e.event, data: e.data === '[DONE]' ? e.data : (JSON.parse(e.data) as unknown) })), ORDER_RENAMES);
        expect(emulated.join(' > ')).toBe(expected);
      });
    }
  });

  describe('polled run status sequences', () => {
    const real = polledSequences(corpus.map(normalizedToTraffic));
    it('the corpus holds polled runs', () => {
      expect(real.size).toBeGreaterThan(0);
    });
    for (const [sequence, source] of real) {
      it(`reproduces ${sequence} (${source})`, async () => {
        const end = sequence.split(' > ').pop() ?? '';
        const directive = DIRECTIVE_FOR_END[end];
        expect(directive, `no directive ends a run ${end}`).toBeDefined();
        const emu = await startEmulator();
        try {
          const client = new OpenAI({ apiKey: 'sk-fidelity', baseURL: emu.baseURL, maxRetries: 0 });
          const a = await client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Be brief.', tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object', properties: {} } } }] });
          const t = await client.beta.threads.create({ messages: [{ role: 'user', content: `Hello ${directive ?? ''}` }] });
          const run = await client.beta.threads.runs.create(t.id, { assistant_id: a.id });
          const seen = [run.status];
          while (seen.length < 20 && (seen[seen.length - 1] === 'queued' || seen[seen.length - 1] === 'in_progress')) seen.push((await client.beta.threads.runs.retrieve(run.id, { thread_id: t.id })).status);
          expect(collapse(seen).join(' > ')).toBe(sequence);
        } finally {
          await emu.close();
        }
      });
    }
  });
});
