/**
 * Every distinct real Responses stream order in ../shared/corpus (event types, runs of one delta
 * type collapsed) is reproduced by the emulator for the equivalent request (the real stream's
 * plan: background, reasoning and its summary, tool calls, message), except plans that need a
 * feature the allow-list names (responses-orders.ts unsupportedFeatures), each with its reason.
 */
import OpenAI, { toFile } from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { createObserver, type Observer } from '../runner/observer.ts';
import { listNormalized, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../testing/shared-corpus.ts';
import { allowed, type AllowEntry } from './allow-list.ts';
import { drain } from './drive.ts';
import { responsesOrder, responsesPlanOf, responsesRequestFor, unsupportedFeatures } from './responses-orders.ts';
import { staleEntries } from './verdict.ts';

describe.skipIf(!SHARED_CORPUS_PRESENT)(`Responses stream orders vs the real traffic (${SHARED_CORPUS_PRESENT ? 'corpus present' : SHARED_SKIP_REASON})`, () => {
  const real = new Map<string, { events: { event: string | null; data: unknown }[]; source: string }>();
  for (const rec of SHARED_CORPUS_PRESENT ? listNormalized() : []) {
    for (const it of rec.interactions) {
      if (!it.sse_events || !/\/responses/.test(it.path)) continue;
      const key = responsesOrder(it.sse_events).join(' > ');
      if (!real.has(key)) real.set(key, { events: it.sse_events, source: `${rec.name} ${it.method} ${it.path}` });
    }
  }
  const used = new Set<AllowEntry>();
  let emu: EmulatorHandle;
  let client: OpenAI;
  let observer: Observer;
  let vectorStoreId: string;
  beforeAll(async () => {
    emu = await startEmulator();
    observer = createObserver(fetch);
    client = new OpenAI({ apiKey: 'sk-fidelity', baseURL: emu.baseURL, maxRetries: 0, fetch: observer.fetch });
    const file = await client.files.create({ file: await toFile(Buffer.from('Paris is the capital of France.\n'), 'facts.txt'), purpose: 'assistants' });
    vectorStoreId = (await client.vectorStores.create({ name: 'orders', file_ids: [file.id] })).id;
    await client.vectorStores.retrieve(vectorStoreId);
  });
  afterAll(() => emu?.close());

  it('the corpus holds real Responses streams', () => {
    expect(real.size).toBeGreaterThan(0);
  });

  for (const [order, { events, source }] of real) {
    const plan = responsesPlanOf(events);
    const features = unsupportedFeatures(plan);
    const title = `${plan.background ? 'background ' : ''}${plan.resumed ? 'resumed ' : ''}${plan.items.map((i) => i.type).join(' + ') || 'no items'} (${source})`;
    if (features.length > 0) {
      it(`${title}: needs ${features.join(', ')}, each allow-listed`, () => {
        const entries = features.map((f) => allowed('stream:responses', 'responses-order', f));
        for (const e of entries) if (e) used.add(e);
        expect(features.filter((_, i) => !entries[i])).toEqual([]);
      });
      continue;
    }
    it(`reproduces ${title}`, async () => {
      const request = responsesRequestFor(plan, vectorStoreId);
      if (plan.resumed) {
        const created = await client.responses.create({ ...(request as unknown as OpenAI.Responses.ResponseCreateParamsNonStreaming), stream: false, background: true });
        await drain(await client.responses.retrieve(created.id, { stream: true, starting_after: plan.resumeAfter }));
      } else await drain((await client.responses.create(request as unknown as OpenAI.Responses.ResponseCreateParamsStreaming)) as AsyncIterable<unknown>);
      await observer.settle();
      const wire = observer.exchanges[observer.exchanges.length - 1]?.sse ?? [];
      const emulated = responsesOrder(wire.map((e) => ({ event: e.event, data: e.data === '[DONE]' ? e.data : (JSON.parse(e.data) as unknown) })));
      expect(emulated.join(' > ')).toBe(order);
    });
  }

  it('uses every responses-order allow-list entry', () => {
    expect(staleEntries(used, ['responses-order']).map((e) => e.path)).toEqual([]);
  });
});
