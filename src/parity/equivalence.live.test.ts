/**
 * The equivalence property against a live target, opt-in: OAIC_LIVE_PARITY=1 with OPENAI_API_KEY
 * (and OPENAI_BASE_URL for another host). A few generated text threads (no images, no emulator
 * directives), compared with the documented live comparator (src/parity/comparators.ts, profile
 * `live`): both sides answer, the statuses agree through the status map, input-token counts are
 * within a factor of 2. A live model is not deterministic, so the text itself is not compared.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { bothWays } from './both-ways.ts';
import { COMPARATORS } from './comparators.ts';
import type { FlowObservation } from './observation.ts';
import { threadSpecArb } from './thread-spec.ts';

const enabled = process.env['OAIC_LIVE_PARITY'] === '1' && Boolean(process.env['OPENAI_API_KEY']);
const RUNS = Number(process.env['OAIC_LIVE_PARITY_RUNS'] ?? 3);

const asFlow = (side: FlowObservation['side'], o: Awaited<ReturnType<typeof bothWays>>['assistants']): FlowObservation => ({
  side, finalText: o.text, toolCalls: [], hostedCalls: [], citations: [], finalStatus: o.status,
  usage: o.usage ? { input: o.usage[0], output: o.usage[1], total: o.usage[2] } : null, events: [], latencyMs: 0, objects: {}, error: null,
});

describe.skipIf(!enabled)(`equivalent output under both APIs (live${enabled ? '' : '; skipped: set OAIC_LIVE_PARITY=1 and OPENAI_API_KEY to run it against a live target'})`, () => {
  it('a run and a response on the converted conversation answer alike (live comparator)', async () => {
    const client = new OpenAI({ maxRetries: 3 });
    const dir = mkdtempSync(path.join(tmpdir(), 'oaic-equivalence-live-'));
    await fc.assert(
      fc.asyncProperty(threadSpecArb([], { images: false, directives: false, maxHistory: 6 }), async (spec) => {
        const { assistants, responses } = await bothWays(client, spec, dir, process.env['OAIC_LIVE_MODEL'] ?? 'gpt-4o-mini');
        const a = asFlow('assistants', assistants);
        const r = asFlow('responses', responses);
        for (const d of ['finalText', 'finalStatus', 'usage'] as const) expect(COMPARATORS[d](a, r, { profile: 'live' }).verdict, d).toMatch(/identical|equivalent/);
      }),
      { numRuns: RUNS },
    );
  }, 600_000);
});
