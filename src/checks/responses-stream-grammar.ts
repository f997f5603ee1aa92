/**
 * Responses stream grammar: response, output-item, content-part (and reasoning-summary-part)
 * machines from responses-stream-table.ts; strictly consecutive sequence_number; output_index /
 * content_index / item_id consistent; deltas concatenate to their `.done`, to the closed part and
 * item, and to the final response; function-call arguments are JSON; exactly one terminal event.
 */
import type { HttpExchange, Traffic } from '../traffic/types.ts';
import { pick } from './assistants-deltas.ts';
import { defineCheck } from './check.ts';
import { apiOf, isRecord, num, queryParam, str, streamApi, streamData, type Json } from './observe.ts';
import { asQuirk } from './quirks.ts';
import { familyKey, itemTextProblems, newItem, openScopes, partKey, type Item } from './responses-stream-items.ts';
import { DELTA_FAMILIES, ITEM_RESPONSE_STATES, PROGRESS_MACHINE, RESPONSE_EVENT_KIND, RESPONSE_EVENT_STATUS, RESPONSE_MACHINE, type DeltaFamily } from './responses-stream-table.ts';
import { violation, type Violation, type Where } from './violation.ts';

export type ResponsesStreamRule =
  | 'RESP_BAD_DATA'
  | 'RESP_UNKNOWN_EVENT'
  | 'RESP_EVENT_TYPE_MISMATCH'
  | 'RESP_SEQUENCE_MISSING'
  | 'RESP_SEQUENCE_ORDER'
  | 'RESP_ILLEGAL_ORDER'
  | 'RESP_STATUS_MISMATCH'
  | 'RESP_ID_MISMATCH'
  | 'RESP_UNKNOWN_ITEM'
  | 'RESP_INDEX_MISMATCH'
  | 'RESP_SCOPE_NOT_CLOSED'
  | 'RESP_DELTA_MISMATCH'
  | 'RESP_ARGUMENTS_NOT_JSON'
  | 'RESP_FINAL_MISMATCH'
  | 'RESP_EVENT_AFTER_TERMINAL'
  | 'RESP_NO_TERMINAL'
  | 'RESP_CUT_MID_FRAME';

type V = Violation<ResponsesStreamRule>;


const isResponsesStream = (ex: HttpExchange): boolean => ex.sse !== null && ex.sse.length > 0 && (apiOf(ex) === 'responses' || (apiOf(ex) === 'other' && streamApi(ex.sse) === 'responses'));

export function checkResponsesStreams(traffic: Traffic): V[] {
  const out: V[] = [];
  for (const ex of traffic.exchanges) if (isResponsesStream(ex)) new StreamChecker(ex, traffic.source, out).run();
  return out;
}


class StreamChecker {
  private readonly items = new Map<string, Item>();
  private readonly byIndex: Item[] = [];
  private state = 'start';
  private responseId: string | null = null;
  private terminal: string | null = null;
  private seq: number | null;
  private readonly resumed: boolean;
  private readonly withSeq: boolean;
  private where: Where = {};
  private noSeqReported = false;

  constructor(private readonly ex: HttpExchange, private readonly source: string, private readonly out: V[]) {
    const after = queryParam(ex, 'starting_after');
    this.resumed = ex.method === 'GET' || after !== null;
    this.seq = after !== null && Number.isInteger(Number(after)) ? Number(after) : null;
    const events = ex.sse ?? [];
    this.withSeq = streamData(events).some((d) => isRecord(d) && 'sequence_number' in d);
    if (this.resumed) this.state = 'resumed';
  }

  private v(rule: ResponsesStreamRule, observed: unknown, expected: unknown, message: string, extra: Partial<Where> = {}): void {
    this.out.push(violation(rule, { ...this.where, ...extra }, observed, expected, message));
  }

  run(): void {
    const events = this.ex.sse ?? [];
    const parsed = streamData(events);
    let pos = -1;
    for (const ev of events) {
      pos++;
      this.where = { source: this.source, exchange: this.ex.index, event: ev.index };
      if (ev.data === '[DONE]') {
        if (this.terminal === null) this.v('RESP_NO_TERMINAL', '[DONE]', 'a terminal event first', '[DONE] before any terminal event');
        continue;
      }
      const d = parsed[pos];
      if (!isRecord(d) || typeof d['type'] !== 'string') {
        this.v('RESP_BAD_DATA', ev.data.slice(0, 80), 'a JSON object with a type', `Event ${ev.event ?? '(unnamed)'} is not a typed JSON object`);
        continue;
      }
      this.event(ev.event, d);
    }
    this.where = { source: this.source, exchange: this.ex.index, event: events.length };
    if (this.ex.sseTrailing) this.v('RESP_CUT_MID_FRAME', this.ex.sseTrailing.slice(0, 80), 'a blank line after the last event', 'The stream ends inside an event frame');
    if (this.terminal === null && !this.ex.transportError) this.v('RESP_NO_TERMINAL', events.at(-1)?.event ?? null, 'response.completed | response.failed | response.incomplete | error', 'The stream ends without a terminal event');
  }

  private sequence(d: Json): void {
    const s = d['sequence_number'];
    if (s === undefined) {
      if (this.withSeq) this.v('RESP_SEQUENCE_MISSING', undefined, 'sequence_number', `${String(d['type'])} has no sequence_number while other events of the stream do`);
      else this.out.push(asQuirk(violation('RESP_SEQUENCE_MISSING', this.where, undefined, 'sequence_number', 'The stream carries no sequence_number'), 'responses-stream-without-sequence-number'));
      return;
    }
    const want = this.seq === null ? 0 : this.seq + 1;
    // A resumed stream without starting_after (the cursor was not recorded) may start anywhere.
    const free = this.seq === null && this.resumed;
    if (!free && num(s) !== want) this.v('RESP_SEQUENCE_ORDER', s, want, `sequence_number ${JSON.stringify(s)} where ${want} was due`, { path: '$.sequence_number' });
    if (num(s) !== undefined) this.seq = Math.max(num(s) as number, this.seq ?? -1);
  }

  private event(name: string | null, d: Json): void {
    const type = d['type'] as string;
    if (name !== null && name !== type) this.v('RESP_EVENT_TYPE_MISMATCH', name, type, `SSE event "${name}" carries data of type "${type}"`);
    if (this.withSeq || !this.noSeqReported) this.sequence(d);
    this.noSeqReported = !this.withSeq;
    const kind = RESPONSE_EVENT_KIND[type];
    if (!kind) {
      this.out.push(violation('RESP_UNKNOWN_EVENT', this.where, type, 'a ResponseStreamEvent type', `Unknown event type "${type}"`, 'info'));
      return;
    }
    // An `error` may be followed by the response.failed it caused; nothing else follows a terminal event.
    const failedAfterError = this.terminal === 'error' && type === 'response.failed';
    if (this.terminal !== null && !failedAfterError) this.v('RESP_EVENT_AFTER_TERMINAL', type, 'end of stream', `${type} after ${this.terminal}`);
    if (failedAfterError) this.terminal = null;
    if (kind.scope === 'error') this.terminal ??= 'error';
    else if (kind.scope === 'response') this.response(kind.to, type, d);
    else if (kind.scope === 'item') this.item(kind.op, d);
    else if (kind.scope !== 'untracked') this.inItem(kind, type, d);
  }

  private response(to: string, type: string, d: Json): void {
    if (!RESPONSE_MACHINE[this.state]?.includes(to)) this.v('RESP_ILLEGAL_ORDER', `${this.state} → ${to}`, RESPONSE_MACHINE[this.state] ?? [], `${type} may not follow ${this.state}`, { scope: 'response' });
    this.state = to;
    const r = d['response'];
    const status = pick(r, 'status');
    if (!(RESPONSE_EVENT_STATUS[to] ?? []).includes(String(status))) this.v('RESP_STATUS_MISMATCH', status, RESPONSE_EVENT_STATUS[to], `${type} carries a response in status ${JSON.stringify(status)}`, { path: '$.response.status' });
    const id = str(pick(r, 'id'));
    if (id !== undefined) {
      if (this.responseId !== null && id !== this.responseId) this.v('RESP_ID_MISMATCH', id, this.responseId, `${type} is about response ${id}, the stream about ${this.responseId}`, { path: '$.response.id' });
      this.responseId ??= id;
    }
    if ((RESPONSE_MACHINE[to]?.length ?? 1) === 0) {
      this.terminal ??= type;
      if (isRecord(r)) this.final(to, r);
    }
  }

  private item(op: 'added' | 'done', d: Json): void {
    const it = d['item'];
    const id = str(pick(it, 'id'));
    const index = num(d['output_index']);
    if (id === undefined) return this.v('RESP_BAD_DATA', it, 'an item with an id', `output_item.${op} carries no item id`, { path: '$.item.id' });
    const scope = `item:${id}`;
    if (op === 'added') {
      if (!ITEM_RESPONSE_STATES.includes(this.state)) this.v('RESP_ILLEGAL_ORDER', this.state, ITEM_RESPONSE_STATES, `An item was added while the response is ${this.state}`, { scope });
      if (this.items.has(id)) return this.v('RESP_ILLEGAL_ORDER', 'added twice', 'added once', `Item ${id} added twice`, { scope });
      if (index !== this.byIndex.length && !this.resumed) this.v('RESP_INDEX_MISMATCH', index, this.byIndex.length, `Item ${id} added at output_index ${String(index)}, next is ${this.byIndex.length}`, { scope, path: '$.output_index' });
      const item = newItem(id, String(pick(it, 'type')), index ?? this.byIndex.length, false);
      this.items.set(id, item);
      this.byIndex[item.index] = item;
      return;
    }
    const item = this.known(id, scope, index);
    if (!item) return;
    if (item.state === 'done') return this.v('RESP_ILLEGAL_ORDER', 'done twice', 'done once', `Item ${id} done twice`, { scope });
    if (index !== item.index) this.v('RESP_INDEX_MISMATCH', index, item.index, `output_item.done for ${id} at output_index ${String(index)}, it was added at ${item.index}`, { scope, path: '$.output_index' });
    for (const open of openScopes(item)) this.v('RESP_SCOPE_NOT_CLOSED', open, 'closed', `Item ${id} done while ${open} is open`, { scope });
    this.compareItem(item, it as Json, '$.item', 'RESP_DELTA_MISMATCH');
    item.state = 'done';
  }

  private known(id: string | undefined, scope: string, outputIndex: unknown): Item | undefined {
    const item = id !== undefined ? this.items.get(id) : undefined;
    if (item || id === undefined) return item;
    if (this.resumed) {
      const fresh = newItem(id, '?', num(outputIndex) ?? -1, true);
      this.items.set(id, fresh);
      if (fresh.index >= 0) this.byIndex[fresh.index] = fresh;
      return fresh;
    }
    this.v('RESP_UNKNOWN_ITEM', id, [...this.items.keys()], `Event about item ${id}, which was never added`, { scope });
    return undefined;
  }

  private inItem(kind: Exclude<(typeof RESPONSE_EVENT_KIND)[string], { scope: 'response' | 'error' | 'item' | 'untracked' }>, type: string, d: Json): void {
    const id = str(d['item_id']);
    const item = this.known(id, `item:${String(id)}`, d['output_index']);
    if (!item) return;
    const scope = `item:${item.id}`;
    if (item.state === 'done') this.v('RESP_ILLEGAL_ORDER', 'item done', 'item open', `${type} after output_item.done of ${item.id}`, { scope });
    if (item.index >= 0 && d['output_index'] !== undefined && d['output_index'] !== item.index) this.v('RESP_INDEX_MISMATCH', d['output_index'], item.index, `${type} names output_index ${String(d['output_index'])}, item ${item.id} is at ${item.index}`, { scope, path: '$.output_index' });
    if (kind.scope === 'part' || kind.scope === 'summary') return this.part(item, kind.scope, kind.op, type, d);
    if (kind.scope === 'annotation') {
      if (item.parts.get(partKey('part', d['content_index'])) !== 'added' && item.state !== 'resumed') this.v('RESP_ILLEGAL_ORDER', item.parts.get(partKey('part', d['content_index'])) ?? 'absent', 'part open', `${type} outside an open content part`, { scope });
      return;
    }
    if (kind.scope === 'progress') {
      const next = PROGRESS_MACHINE[item.progress] ?? Object.keys(PROGRESS_MACHINE);
      if (item.progress !== 'resumed' && !next.includes(kind.to)) this.v('RESP_ILLEGAL_ORDER', `${item.progress} → ${kind.to}`, next, `${type} may not follow ${item.progress}`, { scope });
      item.progress = kind.to;
      return;
    }
    const k = kind as Extract<typeof kind, { scope: 'delta' }>;
    this.delta(item, k.family, k.op, type, d, scope);
  }

  private part(item: Item, level: 'part' | 'summary', op: 'added' | 'done', type: string, d: Json): void {
    const index = level === 'part' ? d['content_index'] : d['summary_index'];
    const key = partKey(level, index);
    const scope = `${level}:${item.id}:${String(index)}`;
    const state = item.parts.get(key);
    if (op === 'added') {
      if (state !== undefined) this.v('RESP_ILLEGAL_ORDER', `${state} → added`, 'added once', `${type} twice for ${key}`, { scope });
      if (index !== item.partCount[level] && item.state !== 'resumed') this.v('RESP_INDEX_MISMATCH', index, item.partCount[level], `${type} at index ${String(index)}, next is ${item.partCount[level]}`, { scope });
      item.partCount[level]++;
      item.parts.set(key, 'added');
      return;
    }
    if (state !== 'added' && !(state === undefined && item.state === 'resumed')) this.v('RESP_ILLEGAL_ORDER', `${state ?? 'absent'} → done`, 'added → done', `${type} for a part that is not open`, { scope });
    item.parts.set(key, 'done');
    for (const [fk, f] of item.families) {
      const [name, idx] = fk.split('|');
      const fam = DELTA_FAMILIES[name ?? ''];
      if (!fam || fam.level !== level || idx !== String(index)) continue;
      if (f.state !== 'done') this.v('RESP_SCOPE_NOT_CLOSED', name, `${name}.done`, `${type} before ${name}.done`, { scope });
      const got = pick(d['part'], fam.partField ?? 'text');
      if (typeof got === 'string' && f.done !== undefined && got !== f.done) this.v('RESP_DELTA_MISMATCH', got, f.done, `${type} text differs from ${name}.done`, { scope, path: `$.part.${fam.partField ?? 'text'}` });
    }
  }

  private delta(item: Item, familyName: string, op: 'delta' | 'done', type: string, d: Json, scope: string): void {
    const fam = DELTA_FAMILIES[familyName] as DeltaFamily;
    if (fam.level !== 'item') {
      const idx = fam.level === 'part' ? d['content_index'] : d['summary_index'];
      const ps = item.parts.get(partKey(fam.level, idx));
      if (ps !== 'added' && !(ps === undefined && item.state === 'resumed')) this.v('RESP_ILLEGAL_ORDER', ps ?? 'absent', 'part open', `${type} outside an open ${fam.level} ${String(idx)}`, { scope });
    }
    const key = familyKey(familyName, fam, d);
    const f = item.families.get(key) ?? { state: 'delta', acc: '' };
    item.families.set(key, f);
    if (f.state === 'done') this.v('RESP_ILLEGAL_ORDER', `${familyName}.done → ${op}`, 'nothing', `${type} after ${familyName}.done`, { scope });
    if (op === 'delta') {
      const piece = d['delta'];
      if (typeof piece !== 'string') this.v('RESP_BAD_DATA', piece, 'a string delta', `${type} delta is not a string`, { scope, path: '$.delta' });
      else f.acc += piece;
      return;
    }
    f.state = 'done';
    const text = d[fam.doneField];
    if (typeof text !== 'string') return this.v('RESP_BAD_DATA', text, 'a string', `${type} has no ${fam.doneField}`, { scope, path: `$.${fam.doneField}` });
    f.done = text;
    if (item.state !== 'resumed' && text !== f.acc) this.v('RESP_DELTA_MISMATCH', f.acc, text, `Concatenated ${familyName}.delta differ from ${type}`, { scope, path: `$.${fam.doneField}` });
    if (fam.json && text !== '') {
      try { JSON.parse(text); } catch { this.v('RESP_ARGUMENTS_NOT_JSON', text.slice(0, 120), 'valid JSON', `${type} arguments are not valid JSON`, { scope, path: `$.${fam.doneField}` }); }
    }
  }

  private compareItem(item: Item, obj: Json, at: string, rule: ResponsesStreamRule): void {
    for (const p of itemTextProblems(item, obj, at)) this.v(rule, p.observed, p.expected, p.message, { scope: `item:${item.id}`, path: p.path });
  }

  private final(to: string, r: Json): void {
    const output = Array.isArray(r['output']) ? (r['output'] as unknown[]) : [];
    if (to === 'completed') {
      for (const item of this.items.values()) {
        if (item.state !== 'added') continue;
        const v = violation<ResponsesStreamRule>('RESP_SCOPE_NOT_CLOSED', { ...this.where, scope: `item:${item.id}` }, item.id, 'output_item.done', `Response completed while item ${item.id} is open`);
        this.out.push(item.type === 'mcp_list_tools' && item.progress === 'completed' ? asQuirk(v, 'mcp-list-tools-without-item-done') : v);
      }
      if (!this.resumed && output.length !== this.byIndex.length) this.v('RESP_FINAL_MISMATCH', output.length, this.byIndex.length, `The final response has ${output.length} output items, the stream added ${this.byIndex.length}`, { path: '$.response.output' });
    }
    for (const item of this.items.values()) {
      const o = output[item.index];
      if (item.index >= 0 && isRecord(o)) this.compareItem(item, o, `$.response.output[${item.index}]`, 'RESP_FINAL_MISMATCH');
    }
  }
}

export const responsesStreamGrammar = defineCheck({
  id: 'responses-stream-grammar',
  description: 'Responses streams follow the response/item/part grammar, sequence numbers and deltas add up',
  run: (traffic) => checkResponsesStreams(traffic),
});
