/**
 * Structured outputs (`text.format` json_schema / json_object): the emulator's reply text is
 * wrapped into JSON that satisfies the schema's shape (required properties, types, enums), with
 * the deterministic reply in every string slot. Not a JSON-schema validator: it covers the
 * object/array/string/number/integer/boolean/enum/anyOf subset that structured outputs allow.
 */
type Schema = Record<string, unknown>;

const MAX_DEPTH = 8;

function sample(schema: Schema, text: string, depth: number, defs: Schema): unknown {
  if (depth > MAX_DEPTH) return null;
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const name = ref.split('/').pop() ?? '';
    const target = defs[name];
    return target && typeof target === 'object' ? sample(target as Schema, text, depth + 1, defs) : null;
  }
  if (Array.isArray(schema['enum']) && schema['enum'].length) return schema['enum'][0];
  if ('const' in schema) return schema['const'];
  const any = (schema['anyOf'] ?? schema['oneOf']) as Schema[] | undefined;
  if (Array.isArray(any) && any[0]) return sample(any[0], text, depth + 1, defs);
  const rawType = schema['type'];
  const type = Array.isArray(rawType) ? rawType.find((t) => t !== 'null') : rawType;
  switch (type) {
    case 'object': {
      const props = (schema['properties'] ?? {}) as Record<string, Schema>;
      const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : Object.keys(props);
      return Object.fromEntries(required.map((k) => [k, sample(props[k] ?? {}, text, depth + 1, defs)]));
    }
    case 'array':
      return schema['items'] && typeof schema['items'] === 'object' ? [sample(schema['items'] as Schema, text, depth + 1, defs)] : [];
    case 'integer':
    case 'number':
      return typeof schema['minimum'] === 'number' ? schema['minimum'] : 0;
    case 'boolean':
      return false;
    case 'null':
      return null;
    default:
      return text;
  }
}

/** The reply as the output text the format asks for. */
export function formatReply(text: string, format: Record<string, unknown>): string {
  if (format['type'] === 'json_object') return JSON.stringify({ reply: text });
  if (format['type'] !== 'json_schema') return text;
  const schema = (format['schema'] ?? {}) as Schema;
  const defs = { ...((schema['$defs'] ?? {}) as Schema), ...((schema['definitions'] ?? {}) as Schema) };
  return JSON.stringify(sample(schema, text, 0, defs));
}
