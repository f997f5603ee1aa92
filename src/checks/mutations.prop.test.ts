/**
 * Proving the checks: valid streams (generated from the grammar tables, and every real stream in
 * ../shared/corpus when present) are mutated — drop, duplicate, swap, reorder, corrupt a sequence
 * number, an illegal status successor, cut short, alter a delta, break an index. Every mutation
 * that is certainly non-conformant must be flagged (error severity); the catch rate per kind is
 * printed for all mutations, certain or not.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { listNormalized, normalizedToTraffic, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../testing/shared-corpus.ts';
import type { Traffic } from '../traffic/types.ts';
import { runChecks } from './index.ts';
import { codeRunEvents, textRunEvents, toolRunExchanges } from './testing/assistants-streams.ts';
import { traffic, stream } from './testing/build.ts';
import { MUTATIONS, type MutationKind } from './testing/mutations.ts';
import { runObject } from './testing/objects.ts';
import { legalStep, RUN_STATUSES, RUN_TRANSITIONS, type RunStatus } from './run-states.ts';
import { responseStreamEvents, type OutputSpec } from './testing/responses-streams.ts';

interface Tally { certain: number; certainCaught: number; other: number; otherCaught: number }
const tallies = new Map<string, Tally>();
const count = (source: string, kind: string, certain: boolean, caught: boolean) => {
  const key = `${source.padEnd(9)} ${kind}`;
  const t = tallies.get(key) ?? { certain: 0, certainCaught: 0, other: 0, otherCaught: 0 };
  if (certain) (t.certain++, caught && t.certainCaught++);
  else (t.other++, caught && t.otherCaught++);
  tallies.set(key, t);
};

const errors = (t: Traffic) => runChecks(t).filter((v) => v.severity === 'error');

/** Applies a mutation to the stream of exchange `k`; null when it does not apply. */
function mutate(t: Traffic, k: number, kind: MutationKind, p: number, q: number) {
  const ex = t.exchanges[k]!;
  const m = MUTATIONS[kind]!(ex.sse ?? [], p, q);
  if (!m) return null;
  const exchanges = t.exchanges.map((e, i) => (i === k ? { ...e, sse: m.events } : e));
  return { traffic: { ...t, exchanges }, m };
}

const chunks = fc.array(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 });
const jsonChunks = fc.tuple(fc.dictionary(fc.string({ minLength: 1, maxLength: 4 }), fc.oneof(fc.string({ maxLength: 5 }), fc.integer()), { minKeys: 1, maxKeys: 3 }), fc.array(fc.nat(), { maxLength: 3 }))
  .map(([obj, cuts]) => {
    const s = JSON.stringify(obj);
    const at = [...new Set(cuts.map((c) => 1 + (c % (s.length - 1))))].sort((a, b) => a - b);
    return [0, ...at].map((a, i) => s.slice(a, at[i] ?? s.length)).filter((x) => x !== '');
  });
const output: fc.Arbitrary<OutputSpec> = fc.oneof(
  chunks.map((c) => ({ kind: 'text' as const, chunks: c })),
  jsonChunks.map((c) => ({ kind: 'function_call' as const, chunks: c })),
  fc.array(chunks, { minLength: 1, maxLength: 2 }).map((s) => ({ kind: 'reasoning' as const, summaries: s })),
);
/** Valid traffic generated from the grammar tables, and which exchange to mutate. */
const generated: fc.Arbitrary<{ t: Traffic; k: number; label: string }> = fc.oneof(
  chunks.map((c) => ({ t: traffic(stream('/v1/threads/thread_1/runs', textRunEvents({ chunks: c }))), k: 0, label: 'as-text' })),
  fc.tuple(chunks, chunks).map(([a, b]) => ({ t: traffic(stream('/v1/threads/thread_1/runs', codeRunEvents(a, b))), k: 0, label: 'as-code' })),
  fc.tuple(jsonChunks, chunks, fc.nat(1)).map(([a, b, k]) => ({ t: traffic(...toolRunExchanges(a, b)), k, label: 'as-tool' })),
  fc.tuple(fc.array(output, { maxLength: 3 }), fc.constantFrom('completed', 'incomplete') as fc.Arbitrary<'completed' | 'incomplete'>).map(([o, end]) => ({ t: traffic(stream('/v1/responses', responseStreamEvents(o, end))), k: 0, label: 'responses' })),
);

const KINDS = Object.keys(MUTATIONS) as MutationKind[];

describe('mutation suite: generated streams', () => {
  it('the generated streams themselves are conformant', () => {
    fc.assert(fc.property(generated, ({ t }) => errors(t).length === 0), { numRuns: 200 });
  });
  for (const kind of KINDS) {
    it(`${kind}: every certainly non-conformant mutation is flagged`, () => {
      fc.assert(
        fc.property(generated, fc.nat(), fc.nat(), ({ t, k, label }, p, q) => {
          const r = mutate(t, k, kind, p, q);
          if (!r) return;
          const caught = errors(r.traffic).length > 0;
          count('generated', kind, r.m.certain, caught);
          if (r.m.certain && !caught) throw new Error(`Failed to flag a non-conformant stream: ${label} exchange ${k}, ${r.m.note}`);
        }),
        { numRuns: 300 },
      );
    });
  }
});

/** A polled run: a random walk over the lifecycle table, read after each step (reads may skip states). */
const polledWalk: fc.Arbitrary<RunStatus[]> = fc.array(fc.nat(), { minLength: 1, maxLength: 8 }).map((picks) => {
  const path: RunStatus[] = ['queued'];
  for (const p of picks) {
    const next = RUN_TRANSITIONS[path.at(-1)!];
    if (next.length === 0) break;
    path.push(next[p % next.length]!);
  }
  return path;
});
const polled = (statuses: readonly RunStatus[]): Traffic => traffic(...statuses.map((s) => ({ path: '/v1/threads/thread_1/runs/run_1', body: runObject('run_1', s) })));

describe('mutation suite: polled runs', () => {
  it('polled walks over the table are conformant', () => {
    fc.assert(fc.property(polledWalk, (w) => errors(polled(w)).length === 0), { numRuns: 200 });
  });
  it('illegal-status: a read whose status the previous one cannot reach is always flagged', () => {
    fc.assert(
      fc.property(polledWalk, fc.nat(), fc.nat(), (w, p, q) => {
        if (w.length < 2) return;
        const k = 1 + (p % (w.length - 1));
        const illegal = RUN_STATUSES.filter((s) => !legalStep(w[k - 1]!, s, false));
        if (illegal.length === 0) return;
        const mutated = [...w];
        mutated[k] = illegal[q % illegal.length]!;
        const caught = errors(polled(mutated)).some((v) => v.rule === 'RUN_ILLEGAL_TRANSITION' || v.rule === 'RUN_TERMINAL_LEFT');
        count('polled', 'illegal-status', true, caught);
        if (!caught) throw new Error(`Failed to flag ${w[k - 1]} → ${mutated[k]} in ${mutated.join(' > ')}`);
      }),
      { numRuns: 300 },
    );
  });
  it('swap two reads of different statuses: flagged whenever the swapped order is not a lifecycle path', () => {
    fc.assert(
      fc.property(polledWalk, fc.nat(), (w, p) => {
        if (w.length < 2) return;
        const k = p % (w.length - 1);
        if (w[k] === w[k + 1]) return;
        const mutated = [...w];
        [mutated[k], mutated[k + 1]] = [w[k + 1]!, w[k]!];
        const certain = mutated.some((s, i) => i > 0 && !legalStep(mutated[i - 1]!, s, false));
        const caught = errors(polled(mutated)).length > 0;
        count('polled', 'swap', certain, caught);
        if (certain && !caught) throw new Error(`Failed to flag ${mutated.join(' > ')}`);
      }),
      { numRuns: 300 },
    );
  });
});

describe.skipIf(!SHARED_CORPUS_PRESENT)(`mutation suite: real corpus streams ${SHARED_CORPUS_PRESENT ? '' : SHARED_SKIP_REASON}`, () => {
  const cases = SHARED_CORPUS_PRESENT
    ? listNormalized().flatMap((r) => {
        const t = normalizedToTraffic(r);
        return t.exchanges.filter((e) => e.sse && e.sse.length > 0).map((e) => ({ t, k: e.index }));
      })
    : [];
  const positions = fc.sample(fc.tuple(fc.nat(), fc.nat()), { numRuns: 4, seed: 4242 });
  for (const kind of KINDS) {
    it(`${kind}: flagged on every real stream where certainly non-conformant`, () => {
      const missed: string[] = [];
      for (const { t, k } of cases) {
        for (const [p, q] of positions) {
          const r = mutate(t, k, kind, p, q);
          if (!r) continue;
          const caught = errors(r.traffic).length > 0;
          count('corpus', kind, r.m.certain, caught);
          if (r.m.certain && !caught) missed.push(`${t.source} exchange ${k}: ${r.m.note}`);
        }
      }
      expect(missed).toEqual([]);
    });
  }
});

afterAll(() => {
  const pct = (a: number, b: number) => (b === 0 ? '   -  ' : `${((100 * a) / b).toFixed(1).padStart(5)}%`);
  const lines = [...tallies].sort(([a], [b]) => a.localeCompare(b)).map(([k, t]) => `${k.padEnd(26)} certain ${pct(t.certainCaught, t.certain)} (${t.certainCaught}/${t.certain})   other ${pct(t.otherCaught, t.other)} (${t.otherCaught}/${t.other})`);
  console.log(`Mutation catch rate per kind (certain = non-conformant by construction; other = may be conformant):\n${lines.join('\n')}`);
});
