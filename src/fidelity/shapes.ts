/**
 * Shapes of the objects, items and stream events in a body of traffic: for each kind (an `object`
 * value, a Responses/Conversations item `type`, a stream event name), every field path seen and
 * the JSON types seen there. Paths are dotted; array elements are `[]`, and an element or nested
 * object that carries a string `type` is qualified with it (`content[]<text>.text.value`) so the
 * variants of a union do not blur into one another. Nested objects that are kinds of their own
 * (an `object` field, an output item) are recorded as their own kind, not descended into.
 */
import { eventData, isRecord, type Json } from '../checks/observe.ts';
import type { Traffic } from '../traffic/types.ts';

export type JsonKind = 'string' | 'number' | 'boolean' | 'object' | 'array' | 'null';

/** Kind key → path → JSON types seen. */
export interface KindShape {
  instances: number;
  /** Where the first instance came from (source and exchange), for the table. */
  firstSeen: string;
  fields: Map<string, Set<JsonKind>>;
}
export type ShapeIndex = Map<string, KindShape>;

export const jsonKind = (v: unknown): JsonKind => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v === 'object' ? 'object' : (typeof v as JsonKind));

/** Values whose keys are the caller's (metadata, JSON schemas, attributes): recorded, never descended into. */
const OPAQUE_KEYS = new Set(['metadata', 'parameters', 'schema', 'attributes', 'filters', 'arguments', 'input_schema', 'properties', 'response_format.json_schema.schema']);

/** Keys whose elements (or value) are Responses/Conversations items, keyed by `type`. */
const ITEM_KEYS = new Set(['output', 'item']);

/** Scope rule: Assistants v1 objects (they carry `file_ids`) are not emulated (LIMITATIONS.md); they are left out. */
export const isV1Object = (o: Json): boolean => Array.isArray(o['file_ids']) && ['assistant', 'thread.run', 'thread.message', 'thread.run.step', 'thread'].includes(String(o['object']));

export class ShapeCollector {
  readonly index: ShapeIndex = new Map();
  private origin = '';

  private kind(key: string): KindShape {
    let k = this.index.get(key);
    if (!k) this.index.set(key, (k = { instances: 0, firstSeen: this.origin, fields: new Map() }));
    return k;
  }

  private note(shape: KindShape, path: string, v: unknown): void {
    let s = shape.fields.get(path);
    if (!s) shape.fields.set(path, (s = new Set()));
    s.add(jsonKind(v));
  }

  /** Records `o` as an instance of kind `key` and walks its fields. */
  addKind(key: string, o: Json): void {
    if (isV1Object(o)) return;
    const shape = this.kind(key);
    shape.instances++;
    this.walkObject(shape, o, '');
  }

  /** Records any kinds found in a value (response body, list page, event data). */
  addValue(v: unknown): void {
    if (Array.isArray(v)) for (const x of v) this.addValue(x);
    else if (isRecord(v)) {
      const own = this.kindOf(v, false);
      if (own) this.addKind(own, v);
    }
  }

  private kindOf(o: Json, asItem: boolean): string | null {
    if (typeof o['object'] === 'string') return `object:${o['object']}`;
    if (asItem && typeof o['type'] === 'string') return `item:${o['type']}`;
    return null;
  }

  private walkObject(shape: KindShape, o: Json, prefix: string): void {
    const listOfItems = o['object'] === 'list' && Array.isArray(o['data']);
    for (const [k, v] of Object.entries(o)) {
      const path = prefix + k;
      this.note(shape, path, v);
      if (OPAQUE_KEYS.has(k) || OPAQUE_KEYS.has(path)) continue;
      const itemish = ITEM_KEYS.has(k) || (listOfItems && k === 'data');
      if (Array.isArray(v)) {
        for (const el of v) {
          const sub = isRecord(el) ? this.kindOf(el, itemish) : null;
          if (sub && isRecord(el)) {
            this.note(shape, `${path}[]`, el);
            this.addKind(sub, el);
            continue;
          }
          const elPath = `${path}[]${isRecord(el) && typeof el['type'] === 'string' ? `<${el['type']}>` : ''}`;
          this.note(shape, elPath, el);
          if (isRecord(el)) this.walkObject(shape, el, `${elPath}.`);
        }
      } else if (isRecord(v)) {
        const sub = this.kindOf(v, itemish);
        if (sub) this.addKind(sub, v);
        else this.walkObject(shape, v, `${path}${typeof v['type'] === 'string' ? `<${v['type']}>` : ''}.`);
      }
    }
  }

  /** Every response body and stream event of the traffic; error answers count as the `envelope:error` kind. */
  addTraffic(traffic: Traffic): void {
    for (const ex of traffic.exchanges) {
      this.origin = `${traffic.source} #${ex.index} ${ex.method} ${ex.path}`;
      if (ex.status >= 400 && isRecord(ex.responseBody) && isRecord(ex.responseBody['error'])) this.addKind('envelope:error', ex.responseBody);
      if (ex.status < 200 || ex.status >= 300) continue;
      if (ex.sse) {
        for (const ev of ex.sse) {
          const data = eventData(ev);
          if (!isRecord(data)) continue;
          const name = ev.event ?? (typeof data['type'] === 'string' ? data['type'] : null);
          if (name === null) continue;
          if (typeof data['object'] === 'string') {
            // Assistants: the data is an object; the event name's shape is which object it carries.
            const ev = this.kind(`event:${name}`);
            ev.instances++;
            this.note(ev, `(carries object=${String(data['object'])})`, data['object']);
            this.addValue(data);
          } else this.addKind(`event:${name}`, data);
        }
      } else this.addValue(ex.responseBody);
    }
  }
}

export function collectShapes(traffics: readonly Traffic[]): ShapeIndex {
  const c = new ShapeCollector();
  for (const t of traffics) c.addTraffic(t);
  return c.index;
}
