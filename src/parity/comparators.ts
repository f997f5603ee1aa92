/**
 * One comparator per dimension, as a table, in two profiles:
 * - `emulator`: the model is deterministic, so the same context must give the same text, the
 *   same tool calls and the same token counts: identical, or equivalent where the APIs only
 *   spell it differently (status names, event languages).
 * - `live`: a real model is not deterministic between two calls, so text is equivalent when
 *   both sides answered (and match the scenario's expected pattern when it gives one); tool
 *   calls must agree on names, arguments are compared as JSON; usage is equivalent within a
 *   factor of 2 on input tokens (the prompts differ by the API's own framing); latency within
 *   a factor of 3. This is the documented comparator for live Responses targets.
 */
import type { FlowObservation } from './observation.ts';
import { EVENT_COUNTERPART, RUN_TO_RESPONSE_STATUS } from './status-map.ts';
import type { Dimension, DimensionResult, Verdict } from './verdict.ts';

export type Profile = 'emulator' | 'live';
export interface CompareContext {
  profile: Profile;
  /** The scenario's expected final text (pattern), used by the live profile. */
  expectText?: RegExp;
}
type Outcome = { verdict: Verdict; note: string; assistants: unknown; responses: unknown };
type Comparator = (a: FlowObservation, r: FlowObservation, ctx: CompareContext) => Outcome;

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const jsonEqual = (x: string, y: string): boolean => {
  try {
    return JSON.stringify(sortKeys(JSON.parse(x))) === JSON.stringify(sortKeys(JSON.parse(y)));
  } catch {
    return false;
  }
};
function sortKeys(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(sortKeys);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b)).map(([k, x]) => [k, sortKeys(x)]));
  return v;
}
const within = (x: number, y: number, factor: number) => Math.max(x, y) <= factor * Math.max(1, Math.min(x, y));

/** Counts of each event kind, Assistants kinds translated to their Responses counterpart. */
export function eventProfile(events: readonly string[], side: 'assistants' | 'responses'): Record<string, number> {
  const out: Record<string, number> = {};
  for (const e of events) {
    const k = side === 'assistants' ? EVENT_COUNTERPART[e] : e;
    if (k) out[k] = (out[k] ?? 0) + 1;
  }
  return out;
}

export const COMPARATORS: Record<Dimension, Comparator> = {
  finalText: (a, r, ctx) => {
    const base = { assistants: a.finalText, responses: r.finalText };
    if (a.finalText === null && r.finalText === null) return { ...base, verdict: 'identical', note: 'neither side produced text' };
    if (a.finalText === null || r.finalText === null) return { ...base, verdict: 'no_counterpart', note: `only the ${a.finalText === null ? 'Responses' : 'Assistants'} side produced text` };
    if (a.finalText === r.finalText) return { ...base, verdict: 'identical', note: 'same text' };
    if (norm(a.finalText) === norm(r.finalText)) return { ...base, verdict: 'equivalent', note: 'same text up to whitespace' };
    if (ctx.profile === 'live' && a.finalText && r.finalText && (!ctx.expectText || (ctx.expectText.test(a.finalText) && ctx.expectText.test(r.finalText)))) {
      return { ...base, verdict: 'equivalent', note: ctx.expectText ? `both match ${ctx.expectText}` : 'both answered (live model: text is not compared)' };
    }
    return { ...base, verdict: 'different', note: 'the texts differ' };
  },
  toolCalls: (a, r) => {
    const base = { assistants: { functions: a.toolCalls, hosted: a.hostedCalls }, responses: { functions: r.toolCalls, hosted: r.hostedCalls } };
    if (a.hostedCalls.join() !== r.hostedCalls.join()) return { ...base, verdict: 'different', note: `hosted tool calls differ (${a.hostedCalls.join(', ') || 'none'} vs ${r.hostedCalls.join(', ') || 'none'})` };
    const sameNames = a.toolCalls.map((c) => c.name).join() === r.toolCalls.map((c) => c.name).join();
    if (sameNames && a.toolCalls.every((c, i) => c.arguments === r.toolCalls[i]!.arguments)) return { ...base, verdict: 'identical', note: `${a.toolCalls.length} function call(s) with the same names and arguments${a.hostedCalls.length ? `, hosted: ${a.hostedCalls.join(', ')}` : ''}` };
    if (sameNames && a.toolCalls.every((c, i) => jsonEqual(c.arguments, r.toolCalls[i]!.arguments))) return { ...base, verdict: 'equivalent', note: 'same names, arguments equal as JSON' };
    return { ...base, verdict: 'different', note: sameNames ? 'arguments differ' : 'the calls differ' };
  },
  citations: (a, r) => {
    const key = (o: FlowObservation) => o.citations.map((c) => `${c.type}:${c.fileId}`);
    const base = { assistants: a.citations, responses: r.citations };
    if (key(a).join() === key(r).join()) return { ...base, verdict: 'identical', note: `${a.citations.length} citation(s), same files in order` };
    if ([...key(a)].sort().join() === [...key(r)].sort().join()) return { ...base, verdict: 'equivalent', note: 'same files, other order' };
    return { ...base, verdict: 'different', note: 'the cited files differ' };
  },
  finalStatus: (a, r) => {
    const base = { assistants: a.finalStatus, responses: r.finalStatus };
    const m = RUN_TO_RESPONSE_STATUS[a.finalStatus];
    if (m === undefined) return { ...base, verdict: 'different', note: `unknown run status ${a.finalStatus}` };
    if (m === null) return { ...base, verdict: 'no_counterpart', note: `a run can be ${a.finalStatus}; a response cannot` };
    if (m.status === r.finalStatus) return { ...base, verdict: a.finalStatus === r.finalStatus ? 'identical' : m.verdict, note: a.finalStatus === r.finalStatus ? 'same status' : `run ${a.finalStatus} ≙ response ${m.status}` };
    return { ...base, verdict: 'different', note: `run ${a.finalStatus} would be response ${m.status}` };
  },
  usage: (a, r, ctx) => {
    const base = { assistants: a.usage, responses: r.usage };
    if (!a.usage || !r.usage) return { ...base, verdict: 'no_counterpart', note: `no usage on the ${a.usage ? 'Responses' : 'Assistants'} side` };
    if (a.usage.input === r.usage.input && a.usage.output === r.usage.output && a.usage.total === r.usage.total) return { ...base, verdict: 'identical', note: 'same token counts' };
    if (a.usage.output === r.usage.output && a.usage.total - a.usage.input === r.usage.total - r.usage.input) return { ...base, verdict: 'equivalent', note: 'same output tokens; input tokens differ by the API framing' };
    if (ctx.profile === 'live' && within(a.usage.input, r.usage.input, 2)) return { ...base, verdict: 'equivalent', note: 'input tokens within a factor of 2 (live)' };
    return { ...base, verdict: 'different', note: 'token counts differ' };
  },
  events: (a, r) => {
    const pa = eventProfile(a.events, 'assistants');
    const pr = eventProfile(r.events, 'responses');
    const base = { assistants: { count: a.events.length, kinds: pa }, responses: { count: r.events.length, kinds: pr } };
    if (!a.events.length || !r.events.length) return { ...base, verdict: 'no_counterpart', note: 'one side did not stream' };
    const textA = pa['response.output_text.delta'] ?? 0;
    // A refusal streams as thread.message.delta on one side, response.refusal.delta on the other.
    const textR = (pr['response.output_text.delta'] ?? 0) + (pr['response.refusal.delta'] ?? 0);
    const terminalA = Object.keys(pa).filter((k) => /^response\.(completed|incomplete|failed|cancelled)$/.test(k)).sort().join();
    const terminalR = Object.keys(pr).filter((k) => /^response\.(completed|incomplete|failed|cancelled)$/.test(k)).sort().join();
    if (textA === textR && terminalA === terminalR) return { ...base, verdict: 'equivalent', note: `same number of text deltas (${textA}) and the same terminal events; the event languages differ (${a.events.length} vs ${r.events.length} events)` };
    return { ...base, verdict: 'different', note: `text deltas ${textA} vs ${textR}, terminal ${terminalA || 'none'} vs ${terminalR || 'none'}` };
  },
  latency: (a, r, ctx) => {
    const base = { assistants: a.latencyMs, responses: r.latencyMs };
    const factor = ctx.profile === 'live' ? 3 : 5;
    if (Math.max(a.latencyMs, r.latencyMs) < 100 || within(a.latencyMs, r.latencyMs, factor)) return { ...base, verdict: 'equivalent', note: `within a factor of ${factor} (or both under 100 ms)` };
    return { ...base, verdict: 'different', note: `${a.latencyMs} ms vs ${r.latencyMs} ms` };
  },
};

export function compare(a: FlowObservation, r: FlowObservation, ctx: CompareContext): DimensionResult[] {
  return (Object.keys(COMPARATORS) as Dimension[]).map((dimension) => ({ dimension, ...COMPARATORS[dimension](a, r, ctx) }));
}
