/**
 * Object shapes: every object, item, error envelope and stream event data in the traffic checked
 * against the spec-derived schemas (schemas/spec-schemas.ts): required fields present, JSON types
 * and closed string enums respected. Unknown fields and unknown object/event types are `info`.
 */
import type { HttpExchange, Traffic } from '../traffic/types.ts';
import { defineCheck } from './check.ts';
import { apiOf, isRecord, streamData, type Json } from './observe.ts';
import { asQuirk, fieldQuirk } from './quirks.ts';
import { SPEC_SCHEMAS } from './schemas/spec-schemas.ts';
import type { FieldSchema, ObjectSchema, SchemaTable } from './schemas/types.ts';
import { violation, type Violation, type Where } from './violation.ts';

export type ShapeRule =
  | 'SHAPE_NOT_AN_OBJECT'
  | 'SHAPE_MISSING_FIELD'
  | 'SHAPE_WRONG_TYPE'
  | 'SHAPE_BAD_ENUM'
  | 'SHAPE_UNKNOWN_FIELD'
  | 'SHAPE_UNKNOWN_KIND'
  | 'SHAPE_BAD_DONE';

type V = Violation<ShapeRule>;

function typeOk(v: unknown, f: FieldSchema): boolean {
  for (const t of f.t) {
    switch (t) {
      case 'any': return true;
      case 'null': if (v === null) return true; break;
      case 'integer': if (typeof v === 'number' && Number.isInteger(v)) return true; break;
      case 'number': if (typeof v === 'number') return true; break;
      case 'array': if (Array.isArray(v)) return true; break;
      case 'object': if (isRecord(v)) return true; break;
      default: if (typeof v === t) return true;
    }
  }
  return false;
}

const describe = (v: unknown): string => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);

interface Ctx {
  out: V[];
  table: SchemaTable;
  base: Where;
  /** The stream carries no sequence_number at all (pre-2025 service). */
  noSequence: boolean;
}

const at = (ctx: Ctx, path: string, field: string, scope: string): Where => ({ ...ctx.base, path: `${path}.${field}`, scope });

/** Records a finding, downgraded when a documented quirk covers it. */
function push(ctx: Ctx, value: Json, schema: ObjectSchema, v: V, field: string): void {
  const q = v.severity === 'error' ? fieldQuirk(v.rule, schema.spec, field) : undefined;
  const v1 = 'file_ids' in value && V1_OBJECTS.includes(String(value['object']));
  ctx.out.push(q ? asQuirk(v, q) : v1 && v.severity === 'error' ? asQuirk(v, 'assistants-v1-objects') : v);
}

/** Runs on every object and event: no closures, locations made only when something is found. */
function validate(value: Json, schema: ObjectSchema, path: string, ctx: Ctx, scope: string): void {
  for (const r of schema.required) {
    if (r in value) continue;
    let v = violation<ShapeRule>('SHAPE_MISSING_FIELD', at(ctx, path, r, scope), undefined, r, `${schema.spec} lacks required field "${r}"`);
    if (r === 'expired_at' && 'expires_at' in value) v = asQuirk(v, 'run-step-expires-at');
    if (r === 'sequence_number' && ctx.noSequence) v = asQuirk(v, 'responses-stream-without-sequence-number');
    push(ctx, value, schema, v, r);
  }
  for (const k in value) {
    const val = value[k];
    const f = schema.fields[k];
    if (!f) {
      ctx.out.push(violation('SHAPE_UNKNOWN_FIELD', at(ctx, path, k, scope), k, Object.keys(schema.fields), `${schema.spec} has a field "${k}" the spec does not declare`, 'info'));
      continue;
    }
    if (!typeOk(val, f)) push(ctx, value, schema, violation('SHAPE_WRONG_TYPE', at(ctx, path, k, scope), describe(val), f.t, `${schema.spec}.${k} is ${describe(val)}, expected ${f.t.join(' | ')}`), k);
    else if (f.e && typeof val === 'string' && !f.e.includes(val)) push(ctx, value, schema, violation('SHAPE_BAD_ENUM', at(ctx, path, k, scope), val, f.e, `${schema.spec}.${k} is "${val}", not one of ${f.e.join(', ')}`), k);
  }
}

const V1_OBJECTS: readonly string[] = ['thread.run', 'thread.message', 'assistant', 'thread.run.step'];

type ItemKind = 'outputItems' | 'conversationItems';

function item(value: unknown, kind: ItemKind, path: string, ctx: Ctx): void {
  if (!isRecord(value)) return;
  const type = String(value['type']);
  const schema = ctx.table[kind][type];
  if (!schema) {
    ctx.out.push(violation('SHAPE_UNKNOWN_KIND', { ...ctx.base, path }, type, Object.keys(ctx.table[kind]), `Item type "${type}" is not in the spec`, 'info'));
    return;
  }
  validate(value, schema, path, ctx, `item:${String(value['id'] ?? type)}`);
}

/** Validates an object found by its `object` field, and the objects/items nested in it. */
function object(value: Json, path: string, ctx: Ctx, items: ItemKind): void {
  const o = value['object'];
  if (typeof o !== 'string' || value['deleted'] === true) return;
  const schema = ctx.table.objects[o];
  if (schema) validate(value, schema, path, ctx, `${o}:${String(value['id'] ?? '?')}`);
  else if (o !== 'list' && !o.endsWith('.deleted')) ctx.out.push(violation('SHAPE_UNKNOWN_KIND', { ...ctx.base, path }, o, Object.keys(ctx.table.objects), `Object type "${o}" is not one the checks know`, 'info'));
  const data = value['data'];
  if (o === 'list' && Array.isArray(data)) {
    data.forEach((d, i) => (isRecord(d) && typeof d['object'] === 'string' ? object(d, `${path}.data[${i}]`, ctx, items) : item(d, items, `${path}.data[${i}]`, ctx)));
  }
  const output = value['output'];
  if (o === 'response' && Array.isArray(output)) output.forEach((d, i) => item(d, 'outputItems', `${path}.output[${i}]`, ctx));
}

function responseEvent(data: Json, ctx: Ctx): void {
  const type = String(data['type']);
  const schema = ctx.table.responseEvents[type];
  if (!schema) {
    ctx.out.push(violation('SHAPE_UNKNOWN_KIND', { ...ctx.base, path: '$.type' }, type, 'a ResponseStreamEvent type', `Event type "${type}" is not in the spec`, 'info'));
    return;
  }
  validate(data, schema, '$', ctx, `event:${type}`);
  if (isRecord(data['response'])) object(data['response'], '$.response', ctx, 'outputItems');
  if (data['item'] !== undefined) item(data['item'], 'outputItems', '$.item', ctx);
}

function exchangeShapes(ex: HttpExchange, source: string, table: SchemaTable, out: V[]): void {
  const items: ItemKind = 'conversationItems';
  const base: Where = { source, exchange: ex.index };
  const body = ex.responseBody;
  if (isRecord(body)) {
    const ctx: Ctx = { out, table, base, noSequence: false };
    if (ex.status >= 400 || ('error' in body && !('object' in body))) {
      validate(body, table.errorResponse, '$', ctx, 'error');
      if (isRecord(body['error'])) validate(body['error'], table.error, '$.error', ctx, 'error');
    } else object(body, '$', ctx, items);
  }
  if (!ex.sse) return;
  const responses = apiOf(ex) === 'responses' || ex.sse.some((e) => e.event?.startsWith('response.'));
  const parsed = streamData(ex.sse);
  const noSequence = responses && parsed.every((d) => !isRecord(d) || !('sequence_number' in d));
  let pos = -1;
  for (const ev of ex.sse) {
    pos++;
    const ctx: Ctx = { out, table, base: { ...base, event: ev.index }, noSequence };
    if (ev.data === '[DONE]') {
      if (ev.event !== null && ev.event !== 'done') out.push(violation('SHAPE_BAD_DONE', ctx.base, ev.event, 'done', `[DONE] sent as event "${ev.event}"`));
      continue;
    }
    const d = parsed[pos];
    if (!isRecord(d)) {
      out.push(violation('SHAPE_NOT_AN_OBJECT', ctx.base, ev.data.slice(0, 80), 'a JSON object', `Event ${ev.event ?? '(unnamed)'} data is not a JSON object`));
      continue;
    }
    if (ev.event === 'done') out.push(violation('SHAPE_BAD_DONE', ctx.base, ev.data.slice(0, 80), '[DONE]', 'The done event does not carry [DONE]'));
    else if (ev.event === 'error' && !('type' in d && typeof d['type'] === 'string' && d['type'] === 'error')) {
      validate(isRecord(d['error']) ? d['error'] : d, table.error, isRecord(d['error']) ? '$.error' : '$', ctx, 'error');
    } else if (typeof d['object'] === 'string') object(d, '$', ctx, items);
    else if (typeof d['type'] === 'string') responseEvent(d, ctx);
  }
}

export function checkShapes(traffic: Traffic, table: SchemaTable = SPEC_SCHEMAS): V[] {
  const out: V[] = [];
  for (const ex of traffic.exchanges) exchangeShapes(ex, traffic.source, table, out);
  return out;
}

export const objectShapes = defineCheck({
  id: 'object-shapes',
  description: 'Objects, items, error envelopes and stream event data match the spec-derived schemas',
  run: (traffic) => checkShapes(traffic),
});
