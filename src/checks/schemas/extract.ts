/**
 * Derives the SchemaTable from a parsed OpenAPI document. Used once to write spec-schemas.ts (the
 * committed data the check reads, so it works without ../shared) and by the drift test, which
 * re-derives from ../shared/openapi/openapi.yaml and compares (docs/decisions/0006-checks-schemas.md).
 */
import type { FieldSchema, JsonType, ObjectSchema, SchemaTable } from './types.ts';

type Node = Record<string, unknown>;
const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `object` value → spec component. */
export const OBJECT_COMPONENTS: Readonly<Record<string, string>> = {
  assistant: 'AssistantObject',
  thread: 'ThreadObject',
  'thread.message': 'MessageObject',
  'thread.message.delta': 'MessageDeltaObject',
  'thread.run': 'RunObject',
  'thread.run.step': 'RunStepObject',
  'thread.run.step.delta': 'RunStepDeltaObject',
  vector_store: 'VectorStoreObject',
  'vector_store.file': 'VectorStoreFileObject',
  'vector_store.file_batch': 'VectorStoreFileBatchObject',
  file: 'OpenAIFile',
  response: 'Response',
  conversation: 'ConversationResource',
};

export class SpecShapeError extends Error {}

/** Reads single components: `objectSchema(name)` and `byType(union)`. */
export function createExtractor(spec: unknown): { objectSchema(component: string): ObjectSchema; byType(union: string): Record<string, ObjectSchema> } {
  const schemas = isNode(spec) && isNode(spec['components']) && isNode(spec['components']['schemas']) ? spec['components']['schemas'] : null;
  if (!schemas) throw new SpecShapeError('no components.schemas');
  const resolve = (n: unknown, depth = 0): Node => {
    if (!isNode(n)) return {};
    const ref = n['$ref'];
    if (typeof ref === 'string' && depth < 20) return resolve(schemas[ref.replace('#/components/schemas/', '')], depth + 1);
    return n;
  };

  const types = (raw: unknown, depth = 0): { t: Set<JsonType>; e: Set<string> | null } => {
    const n = resolve(raw);
    const t = new Set<JsonType>();
    let e: Set<string> | null = new Set();
    let anyString = false;
    const merge = (sub: { t: Set<JsonType>; e: Set<string> | null }) => {
      for (const x of sub.t) t.add(x);
      if (sub.t.has('string')) {
        anyString = true;
        if (sub.e === null || e === null) e = null;
        else for (const v of sub.e) e.add(v);
      }
    };
    const branches = (n['anyOf'] ?? n['oneOf']) as unknown;
    if (Array.isArray(branches) && depth < 10) {
      for (const b of branches) merge(types(b, depth + 1));
    } else if (Array.isArray(n['allOf']) && depth < 10) {
      // allOf: the typed parts (a `{ nullable: true }` part only adds null).
      const all = n['allOf'] as unknown[];
      for (const p of all.map((b) => types(b, depth + 1))) if (!p.t.has('any')) merge(p);
      if (all.some((b) => isNode(b) && b['nullable'] === true)) t.add('null');
      if (t.size === 0) t.add('any');
    } else {
      const declared = n['type'];
      const list = Array.isArray(declared) ? declared : typeof declared === 'string' ? [declared] : [];
      for (const d of list) t.add(d as JsonType);
      if (list.length === 0) {
        if (isNode(n['properties'])) t.add('object');
        else if (n['const'] !== undefined) t.add(typeof n['const'] === 'string' ? 'string' : 'any');
        else t.add('any');
      }
      if (t.has('string')) {
        anyString = true;
        const values = Array.isArray(n['enum']) ? n['enum'] : n['const'] !== undefined ? [n['const']] : null;
        if (values) for (const v of values) if (typeof v === 'string') e.add(v);
        if (!values) e = null;
      }
    }
    if (n['nullable'] === true) t.add('null');
    if (t.has('any')) return { t: new Set(['any']), e: null };
    return { t, e: anyString ? e : null };
  };

  const collect = (raw: unknown, props: Map<string, unknown>, required: Set<string>, depth = 0): void => {
    const n = resolve(raw);
    if (Array.isArray(n['allOf']) && depth < 10) for (const b of n['allOf'] as unknown[]) collect(b, props, required, depth + 1);
    if (isNode(n['properties'])) for (const [k, v] of Object.entries(n['properties'])) if (!props.has(k)) props.set(k, v);
    if (Array.isArray(n['required'])) for (const r of n['required']) if (typeof r === 'string') required.add(r);
  };

  const objectSchema = (component: string): ObjectSchema => {
    if (!(component in schemas)) throw new SpecShapeError(`component ${component} is missing`);
    const props = new Map<string, unknown>();
    const required = new Set<string>();
    collect(schemas[component], props, required);
    const fields: Record<string, FieldSchema> = {};
    for (const k of [...props.keys()].sort()) {
      const { t, e } = types(props.get(k));
      const f: FieldSchema = { t: [...t].sort() };
      if (e && e.size > 0) f.e = [...e].sort();
      fields[k] = f;
    }
    return { spec: component, required: [...required].sort(), fields };
  };

  /** A union's branches keyed by their `type` constant. */
  const byType = (union: string): Record<string, ObjectSchema> => {
    const u = resolve(schemas[union]);
    const refs = (u['oneOf'] ?? u['anyOf']) as unknown;
    const out: Record<string, ObjectSchema> = {};
    if (!Array.isArray(refs)) throw new SpecShapeError(`${union} is not a union`);
    for (const r of refs) {
      const ref = isNode(r) && typeof r['$ref'] === 'string' ? r['$ref'].replace('#/components/schemas/', '') : null;
      if (!ref) continue;
      const s = objectSchema(ref);
      for (const v of s.fields['type']?.e ?? []) if (!(v in out)) out[v] = s;
    }
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  };

  return { objectSchema, byType };
}

export function extractSchemas(spec: unknown): SchemaTable {
  const { objectSchema, byType } = createExtractor(spec);
  return {
    objects: Object.fromEntries(Object.entries(OBJECT_COMPONENTS).map(([o, c]) => [o, objectSchema(c)])),
    outputItems: byType('OutputItem'),
    conversationItems: byType('ConversationItem'),
    responseEvents: byType('ResponseStreamEvent'),
    errorResponse: objectSchema('ErrorResponse'),
    error: objectSchema('Error'),
  };
}
