/**
 * Cross-checks the converter's item schemas (item-schemas.ts) against ../shared/openapi/openapi.yaml:
 * the same required fields and enums per schema, the same maxItems on both request bodies, and
 * the same verdict (valid / invalid) on converted items and on mutated ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { SHARED_CORPUS_PRESENT, SHARED_OPENAPI, SHARED_SKIP_REASON } from '../testing/shared-corpus.ts';
import { convertThread } from './convert-thread.ts';
import { functionCall, imageFile, imageUrl, message, messageCreation, refusal, step, text, toolCalls } from './fixtures.ts';
import { ITEM_SCHEMAS } from './item-schemas.ts';
import { validateSchema, type Schema, type SchemaTable } from './json-schema.ts';

const present = SHARED_CORPUS_PRESENT && existsSync(SHARED_OPENAPI);
const ROOT: Schema = { $ref: '#/components/schemas/InputItem' };

/** Strips `anyOf: [X, {type: null}]` down to X and follows $refs, for comparing declarations. */
function core(s: Schema | undefined, table: SchemaTable): Schema | undefined {
  let cur = s;
  for (let i = 0; cur && i < 8; i++) {
    if (cur.$ref) cur = table[cur.$ref.split('/').pop()!];
    else if (cur.anyOf && cur.anyOf.length === 2 && cur.anyOf.some((a) => a.type === 'null')) cur = cur.anyOf.find((a) => a.type !== 'null');
    else break;
  }
  return cur;
}

function sampleItems(): unknown[] {
  const a = message('assistant', [text('cited', [{ type: 'file_citation', text: 'x', start_index: 0, end_index: 1, file_citation: { file_id: 'file_c' } }, { type: 'file_path', text: '', start_index: 2, end_index: 2, file_path: { file_id: 'file_p' } }]), refusal('no')], { run_id: 'run_1' });
  const b = message('assistant', [text('img'), imageFile('file_i', 'low')]);
  const u = message('user', [text('hi'), imageUrl('https://example.test/i.png', 'high'), imageFile('file_u')]);
  const steps = [
    step('run_1', toolCalls(
      functionCall('call_1', 'f', '{"a":1}', 'out'),
      { id: 'call_ci', type: 'code_interpreter', code_interpreter: { input: 'x=1', outputs: [{ type: 'logs', logs: 'ok' }] } },
      { id: 'call_fs', type: 'file_search', file_search: { results: [{ file_id: 'f', file_name: 'n', score: 0.5, content: [{ type: 'text', text: 't' }] }] } },
    ), { created_at: 1 }),
    step('run_1', messageCreation(a.id), { created_at: 2 }),
  ];
  return convertThread({ messages: [u, a, b], steps }).items;
}

/** Mutations: drop each top-level field, break each string field's type, swap enums for bogus values. */
function mutations(item: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const k of Object.keys(item)) {
    const { [k]: _, ...rest } = item;
    // Without `type`, anything with an `id` is an ItemReferenceParam by the spec (type defaults
    // to item_reference): valid there, and not a kind the converter writes. Not a disagreement.
    if (k !== 'type') out.push(rest);
    if (typeof item[k] === 'string') out.push({ ...item, [k]: 42 });
    if (k === 'status' || k === 'role' || k === 'type') out.push({ ...item, [k]: 'bogus' });
    if (Array.isArray(item[k])) out.push({ ...item, [k]: [{ type: 'bogus' }] });
  }
  return out;
}

describe.skipIf(!present)(`item schemas against the spec (${present ? 'openapi.yaml' : SHARED_SKIP_REASON})`, () => {
  let spec: SchemaTable;
  beforeAll(() => {
    const doc = YAML.parse(readFileSync(SHARED_OPENAPI, 'utf8')) as { components: { schemas: SchemaTable }; paths: Record<string, { post: { requestBody: { content: { 'application/json': { schema: Schema } } } } }> };
    spec = { ...doc.components.schemas, CreateConversationItemsBody: doc.paths['/conversations/{conversation_id}/items']!.post.requestBody.content['application/json'].schema };
  }, 60_000);

  const names = Object.keys(ITEM_SCHEMAS).filter((n) => n !== 'InputItem');
  it.each(names)('%s: same required fields, declared properties and enums as the spec', (name) => {
    const ours = ITEM_SCHEMAS[name]!;
    const theirs = spec[name];
    expect(theirs, `${name} is in the spec`).toBeDefined();
    expect([...(ours.required ?? [])].sort()).toEqual([...(theirs!.required ?? [])].sort());
    if (ours.enum) expect([...ours.enum].sort()).toEqual([...(theirs!.enum ?? [])].sort());
    for (const [prop, s] of Object.entries(ours.properties ?? {})) {
      expect(theirs!.properties?.[prop], `${name}.${prop} is in the spec`).toBeDefined();
      const o = core(s, ITEM_SCHEMAS);
      const t = core(theirs!.properties![prop], spec);
      if (o?.enum) expect([...o.enum].sort(), `${name}.${prop} enum`).toEqual([...(t?.enum ?? [])].sort());
      if (o?.maxItems !== undefined) expect(t?.maxItems, `${name}.${prop} maxItems`).toBe(o.maxItems);
      if (o?.maxLength !== undefined) expect(t?.maxLength, `${name}.${prop} maxLength`).toBe(o.maxLength);
    }
  });

  it('gives the same verdict as the spec on converted items and their mutations', () => {
    const items = sampleItems();
    expect(items.length).toBeGreaterThanOrEqual(7);
    const cases = [...items, ...items.flatMap((i) => mutations(i as Record<string, unknown>))];
    const disagreements = cases.filter((c) => (validateSchema(c, ROOT, ITEM_SCHEMAS).length === 0) !== (validateSchema(c, ROOT, spec).length === 0));
    expect(disagreements.map((d) => `${JSON.stringify(d)} ours=${JSON.stringify(validateSchema(d, ROOT, ITEM_SCHEMAS))} spec=${JSON.stringify(validateSchema(d, ROOT, spec))}`)).toEqual([]);
    for (const i of items) expect(validateSchema(i, ROOT, spec)).toEqual([]);
    expect(cases.filter((c) => validateSchema(c, ROOT, spec).length > 0).length).toBeGreaterThan(20);
  });

  it('caps both request bodies at 20 items like the spec', () => {
    const items = Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' }));
    for (const body of ['CreateConversationBody', 'CreateConversationItemsBody'] as const) {
      const schema: Schema = { $ref: `#/components/schemas/${body}` };
      expect(validateSchema({ items }, schema, spec).length).toBeGreaterThan(0);
      expect(validateSchema({ items }, schema, ITEM_SCHEMAS).length).toBeGreaterThan(0);
      expect(validateSchema({ items: items.slice(0, 20) }, schema, spec)).toEqual([]);
      expect(validateSchema({ items: items.slice(0, 20) }, schema, ITEM_SCHEMAS)).toEqual([]);
    }
  });
});
