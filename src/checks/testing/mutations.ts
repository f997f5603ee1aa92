/**
 * Test-only mutation operators over one SSE stream, as a table. Each returns the mutated events
 * and whether the result is CERTAINLY non-conformant (by construction, not by asking the checks),
 * or null when it does not apply at that position.
 */
import { RUN_EVENT_STATUS } from '../run-states.ts';
import { RUN_STREAM_MACHINE, suffixOf } from '../assistants-stream-table.ts';
import { RESPONSE_MACHINE, DELTA_FAMILIES } from '../responses-stream-table.ts';
import type { SseEvent } from '../../traffic/types.ts';

type J = Record<string, unknown>;
export interface Mutated { events: SseEvent[]; certain: boolean; note: string }
export type Mutation = (events: readonly SseEvent[], pos: number, pos2: number) => Mutated | null;

const parse = (e: SseEvent): J | null => { try { const v: unknown = JSON.parse(e.data); return typeof v === 'object' && v !== null ? (v as J) : null; } catch { return null; } };
const renumber = (events: readonly SseEvent[]): SseEvent[] => events.map((e, index) => ({ ...e, index }));
const withData = (e: SseEvent, d: J): SseEvent => ({ ...e, data: JSON.stringify(d) });
const nameOf = (e: SseEvent): string => e.event ?? String(parse(e)?.['type'] ?? '');
const isResponses = (events: readonly SseEvent[]) => events.some((e) => nameOf(e).startsWith('response.'));
const hasSeq = (events: readonly SseEvent[]) => isResponses(events) && events.every((e) => e.data === '[DONE]' || typeof parse(e)?.['sequence_number'] === 'number');

/** The scope an event is about: object id (Assistants), item id or `response` (Responses). */
function scopeOf(e: SseEvent): string {
  const n = nameOf(e);
  const d = parse(e);
  if (n === 'done' || n === 'error') return n;
  if (n.startsWith('thread.')) return String(d?.['id'] ?? '');
  if (/^response\.(created|queued|in_progress|completed|failed|incomplete)$/.test(n)) return 'response';
  return String(d?.['item_id'] ?? (d?.['item'] as J | undefined)?.['id'] ?? '');
}

/** The text a delta event adds ('' when none). */
function deltaText(e: SseEvent): string {
  const d = parse(e);
  if (!d) return '';
  if (typeof d['delta'] === 'string') return d['delta'];
  const delta = d['delta'] as J | undefined;
  const content = (delta?.['content'] as J[] | undefined)?.[0];
  const call = ((delta?.['step_details'] as J | undefined)?.['tool_calls'] as J[] | undefined)?.[0];
  return String((content?.['text'] as J | undefined)?.['value'] ?? (call?.['function'] as J | undefined)?.['arguments'] ?? (call?.['code_interpreter'] as J | undefined)?.['input'] ?? '');
}

const isDelta = (e: SseEvent) => nameOf(e).endsWith('.delta');
const TRACKED_DELTAS = new Set(['thread.message.delta', 'thread.run.step.delta', ...Object.keys(DELTA_FAMILIES).map((f) => `${f}.delta`)]);
/** Events whose absence the grammar always notices. */
const REQUIRED = (e: SseEvent): boolean => {
  const n = nameOf(e);
  if (isDelta(e)) return TRACKED_DELTAS.has(n) && deltaText(e) !== '';
  if (n === 'thread.created') return false; // the grammar does not require it (createAndRun only)
  return /(\.created|^done|^thread\.run\.(completed|incomplete|failed|cancelled|expired|requires_action)|^thread\.message\.(completed|incomplete)|^thread\.run\.step\.completed|^response\.(completed|failed|incomplete|output_item\.added|output_item\.done|content_part\.added|content_part\.done)|\.done)$/.test(n)
    && !(n === 'thread.run.step.completed' && e.index === 0);
};
const isAnnotation = (e: SseEvent) => nameOf(e).includes('annotation');

export const MUTATIONS: Readonly<Record<string, Mutation>> = {
  drop: (ev, p) => {
    const i = p % ev.length;
    return { events: renumber(ev.filter((_, k) => k !== i)), certain: hasSeq(ev) || REQUIRED(ev[i]!), note: `drop #${i} ${nameOf(ev[i]!)}` };
  },
  duplicate: (ev, p) => {
    const i = p % ev.length;
    const e = ev[i]!;
    const certain = hasSeq(ev) || (isDelta(e) ? TRACKED_DELTAS.has(nameOf(e)) && deltaText(e) !== '' : !/searching|generating|partial_image|annotation|^thread\.created$/.test(nameOf(e)));
    return { events: renumber([...ev.slice(0, i + 1), e, ...ev.slice(i + 1)]), certain, note: `duplicate #${i} ${nameOf(e)}` };
  },
  swap: (ev, p) => {
    if (ev.length < 2) return null;
    const i = p % (ev.length - 1);
    const [a, b] = [ev[i]!, ev[i + 1]!];
    if (a.data === b.data) return null;
    const sameScope = scopeOf(a) === scopeOf(b) && nameOf(a) !== nameOf(b) && !isAnnotation(a) && !isAnnotation(b);
    const certain = hasSeq(ev) || sameScope || nameOf(b) === 'done';
    return { events: renumber([...ev.slice(0, i), b, a, ...ev.slice(i + 2)]), certain, note: `swap #${i} ${nameOf(a)} ↔ ${nameOf(b)}` };
  },
  reorder: (ev, p, q) => {
    if (ev.length < 3) return null;
    const i = p % (ev.length - 2);
    const j = i + 2 + (q % (ev.length - i - 2));
    const moved = ev[i]!;
    const rest = ev.filter((_, k) => k !== i);
    const passes = ev.slice(i + 1, j + 1).some((e) => scopeOf(e) === scopeOf(moved) && nameOf(e) !== nameOf(moved) && !isAnnotation(e) && !isAnnotation(moved));
    return { events: renumber([...rest.slice(0, j), moved, ...rest.slice(j)]), certain: hasSeq(ev) || passes || nameOf(moved) === 'done', note: `move #${i} ${nameOf(moved)} after #${j}` };
  },
  'corrupt-seq': (ev, p, q) => {
    if (!hasSeq(ev)) return null;
    const i = p % ev.length;
    const d = parse(ev[i]!)!;
    const bump = [1, -1, 2, 1000][q % 4]!;
    const events = [...ev];
    events[i] = withData(ev[i]!, { ...d, sequence_number: (d['sequence_number'] as number) + bump });
    return { events, certain: true, note: `sequence_number #${i} ${bump > 0 ? '+' : ''}${bump}` };
  },
  'illegal-status': (ev, p, q) => {
    const idx = ev.map((e, k) => [e, k] as const).filter(([e]) => /^thread\.run\.[a-z_]+$/.test(nameOf(e)) && nameOf(e) !== 'thread.run.created' || /^response\.(in_progress|queued|completed|failed|incomplete)$/.test(nameOf(e)));
    if (idx.length === 0) return null;
    const [e, k] = idx[p % idx.length]!;
    const prevRun = [...ev.slice(0, k)].reverse().find((x) => (nameOf(e).startsWith('thread.') ? /^thread\.run\.[a-z_]+$/.test(nameOf(x)) : /^response\.(created|queued|in_progress)$/.test(nameOf(x))));
    if (!prevRun) return null;
    const assistants = nameOf(e).startsWith('thread.');
    const from = suffixOf(nameOf(prevRun));
    const machine = assistants ? RUN_STREAM_MACHINE : RESPONSE_MACHINE;
    const illegal = Object.keys(machine).filter((s) => s !== 'start' && s !== 'resumed' && s !== from && !(machine[from] ?? []).includes(s) && (!assistants || s in Object.fromEntries(Object.entries(RUN_EVENT_STATUS).map(([n, st]) => [suffixOf(n), st]))));
    if (illegal.length === 0) return null;
    const to = illegal[q % illegal.length]!;
    const d = parse(e)!;
    const name = assistants ? `thread.run.${to}` : `response.${to}`;
    const data = assistants ? { ...d, status: RUN_EVENT_STATUS[name] ?? to } : { ...d, type: name, response: { ...(d['response'] as J), status: to } };
    const events = [...ev];
    events[k] = { ...withData(e, data), event: e.event === null ? null : name };
    return { events, certain: true, note: `#${k} ${nameOf(e)} → ${name} after ${from}` };
  },
  cut: (ev, p) => {
    if (ev.length < 2) return null;
    const n = 1 + (p % (ev.length - 1));
    return { events: ev.slice(0, n), certain: true, note: `cut after ${n} of ${ev.length}` };
  },
  'alter-delta': (ev, p) => {
    const idx = ev.map((e, k) => [e, k] as const).filter(([e]) => TRACKED_DELTAS.has(nameOf(e)) && deltaText(e) !== '');
    if (idx.length === 0) return null;
    const [e, k] = idx[p % idx.length]!;
    const d = structuredClone(parse(e)!);
    const delta = d['delta'];
    if (typeof delta === 'string') d['delta'] = `${delta}Ж`;
    else {
      const content = ((delta as J)['content'] as J[] | undefined)?.[0]?.['text'] as J | undefined;
      const call = (((delta as J)['step_details'] as J | undefined)?.['tool_calls'] as J[] | undefined)?.[0];
      const fn = call?.['function'] as J | undefined;
      const ci = call?.['code_interpreter'] as J | undefined;
      if (content && typeof content['value'] === 'string' && content['value'] !== '') content['value'] += 'Ж';
      else if (fn && typeof fn['arguments'] === 'string' && fn['arguments'] !== '') fn['arguments'] += 'Ж';
      else if (ci && typeof ci['input'] === 'string') ci['input'] += 'Ж';
      else return null;
    }
    const events = [...ev];
    events[k] = withData(e, d);
    return { events, certain: true, note: `alter delta #${k}` };
  },
  'break-index': (ev, p, q) => {
    const idx = ev.map((e, k) => [e, k] as const).filter(([e]) => /"(output_index|content_index|summary_index|index)":\d/.test(e.data) && (nameOf(e).startsWith('response.') || isDelta(e)));
    if (idx.length === 0) return null;
    const [e, k] = idx[p % idx.length]!;
    const keys = ['output_index', 'content_index', 'summary_index', 'index'].filter((key) => new RegExp(`"${key}":\\d`).test(e.data));
    const key = keys[q % keys.length]!;
    const events = [...ev];
    events[k] = { ...e, data: e.data.replace(new RegExp(`"${key}":(\\d+)`), (_, n: string) => `"${key}":${Number(n) + 5}`) };
    return { events, certain: true, note: `#${k} ${nameOf(e)} ${key} + 5` };
  },
};

export type MutationKind = keyof typeof MUTATIONS;
