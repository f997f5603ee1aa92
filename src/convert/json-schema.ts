/**
 * A small JSON Schema validator for the subset the OpenAPI spec uses on items: type, enum,
 * required, properties, items, min/maxItems, min/maxLength, pattern, oneOf/anyOf (checked as
 * "at least one": the spec's item unions overlap, e.g. EasyInputMessage and InputMessage),
 * allOf and `$ref: '#/components/schemas/X'`. Formats are not checked.
 */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  enum?: readonly unknown[];
  required?: readonly string[];
  properties?: Readonly<Record<string, Schema>>;
  items?: Schema;
  maxItems?: number;
  minItems?: number;
  maxLength?: number;
  minLength?: number;
  pattern?: string;
  oneOf?: readonly Schema[];
  anyOf?: readonly Schema[];
  allOf?: readonly Schema[];
  [other: string]: unknown;
}

export interface SchemaIssue {
  path: string;
  message: string;
}

export type SchemaTable = Readonly<Record<string, Schema>>;

const REF = '#/components/schemas/';

function typeOk(v: unknown, t: string): boolean {
  switch (t) {
    case 'null': return v === null;
    case 'array': return Array.isArray(v);
    case 'object': return v !== null && typeof v === 'object' && !Array.isArray(v);
    case 'integer': return Number.isInteger(v);
    case 'number': return typeof v === 'number' && Number.isFinite(v);
    default: return typeof v === t;
  }
}

export function validateSchema(value: unknown, schema: Schema, table: SchemaTable, path = '$', depth = 0): SchemaIssue[] {
  if (depth > 64) return [{ path, message: 'schema nesting too deep' }];
  if (schema.$ref) {
    const name = schema.$ref.startsWith(REF) ? schema.$ref.slice(REF.length) : schema.$ref;
    const target = table[name];
    if (!target) return [{ path, message: `unknown schema ${name}` }];
    return validateSchema(value, target, table, path, depth + 1);
  }
  const issues: SchemaIssue[] = [];
  const alternatives = schema.oneOf ?? schema.anyOf;
  if (alternatives) {
    let best: SchemaIssue[] | null = null;
    let bestScore = Infinity;
    for (const alt of alternatives) {
      const r = validateSchema(value, alt, table, path, depth + 1);
      if (r.length === 0) { best = []; break; }
      // For the message, prefer an alternative of the right JSON type (not `{type: 'null'}`).
      const score = r.length + (r.some((i) => i.path === path && i.message.startsWith('expected ') && i.message.includes(', got ')) ? 1000 : 0);
      if (score < bestScore) [best, bestScore] = [r, score];
    }
    if (best && best.length) issues.push({ path, message: `matches none of ${alternatives.length} alternatives; closest: ${best.map((i) => `${i.path}: ${i.message}`).slice(0, 3).join('; ')}` });
  }
  for (const s of schema.allOf ?? []) issues.push(...validateSchema(value, s, table, path, depth + 1));
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeOk(value, t))) return [...issues, { path, message: `expected ${types.join(' | ')}, got ${value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value}` }];
  }
  if (schema.enum && !schema.enum.includes(value)) issues.push({ path, message: `expected one of ${schema.enum.map((e) => JSON.stringify(e)).join(', ')}, got ${JSON.stringify(value)}` });
  if (typeof value === 'string') {
    if (schema.maxLength !== undefined && value.length > schema.maxLength) issues.push({ path, message: `longer than ${schema.maxLength}` });
    if (schema.minLength !== undefined && value.length < schema.minLength) issues.push({ path, message: `shorter than ${schema.minLength}` });
    if (schema.pattern !== undefined && !new RegExp(schema.pattern, 'u').test(value)) issues.push({ path, message: `does not match ${schema.pattern}` });
  }
  if (Array.isArray(value)) {
    if (schema.maxItems !== undefined && value.length > schema.maxItems) issues.push({ path, message: `more than ${schema.maxItems} items (${value.length})` });
    if (schema.minItems !== undefined && value.length < schema.minItems) issues.push({ path, message: `fewer than ${schema.minItems} items` });
    if (schema.items) value.forEach((v, i) => issues.push(...validateSchema(v, schema.items!, table, `${path}[${i}]`, depth + 1)));
  } else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    for (const r of schema.required ?? []) if (!(r in o) || o[r] === undefined) issues.push({ path, message: `missing required ${r}` });
    for (const [k, s] of Object.entries(schema.properties ?? {})) if (o[k] !== undefined) issues.push(...validateSchema(o[k], s, table, `${path}.${k}`, depth + 1));
  }
  return issues;
}
