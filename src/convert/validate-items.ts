/**
 * Validates converted items (and request bodies) against the spec's item schemas before
 * anything is sent, plus the service rules the spec does not state (SERVICE_RULES). Returns
 * issues as values; the backfill refuses to send when there are any.
 */
import { validateSchema, type SchemaIssue } from './json-schema.ts';
import { ITEM_SCHEMAS } from './item-schemas.ts';

/**
 * Rules the service enforces beyond the spec, as data: the spec lets an EasyInputMessage with
 * role assistant hold input_text / input_image, the service answers "Invalid value: 'input_text'.
 * Supported values are: 'output_text' and 'refusal'." (docs/discoveries/conversations-assistant-turns.md).
 */
const SERVICE_RULES: { id: string; check: (item: Record<string, unknown>) => string | null }[] = [
  {
    id: 'assistant-content-kinds',
    check: (item) => {
      if (item['role'] !== 'assistant' || !Array.isArray(item['content'])) return null;
      const bad = (item['content'] as { type?: unknown }[]).find((p) => p?.type !== 'output_text' && p?.type !== 'refusal');
      return bad ? `assistant content takes only output_text and refusal, got ${JSON.stringify(bad?.type)}` : null;
    },
  },
];

export function validateItem(item: unknown, path = '$'): SchemaIssue[] {
  const issues = validateSchema(item, { $ref: '#/components/schemas/InputItem' }, ITEM_SCHEMAS, path);
  if (item && typeof item === 'object') for (const r of SERVICE_RULES) {
    const m = r.check(item as Record<string, unknown>);
    if (m) issues.push({ path, message: `${m} (service rule ${r.id})` });
  }
  return issues;
}

export function validateItems(items: readonly unknown[], path = 'items'): SchemaIssue[] {
  return items.flatMap((it, i) => validateItem(it, `${path}[${i}]`));
}

export function validateBody(kind: 'CreateConversationBody' | 'CreateConversationItemsBody', body: unknown): SchemaIssue[] {
  const issues = validateSchema(body, { $ref: `#/components/schemas/${kind}` }, ITEM_SCHEMAS, 'body');
  const items = (body as { items?: unknown } | null)?.items;
  return Array.isArray(items) ? [...issues, ...items.flatMap((it, i) => validateItem(it, `body.items[${i}]`).filter((x) => x.message.includes('service rule')))] : issues;
}
