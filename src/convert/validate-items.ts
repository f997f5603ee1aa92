/**
 * Validates converted items (and request bodies) against the spec's item schemas before
 * anything is sent. Returns issues as values; the backfill refuses to send when there are any.
 */
import { validateSchema, type SchemaIssue } from './json-schema.ts';
import { ITEM_SCHEMAS } from './item-schemas.ts';

export function validateItem(item: unknown, path = '$'): SchemaIssue[] {
  return validateSchema(item, { $ref: '#/components/schemas/InputItem' }, ITEM_SCHEMAS, path);
}

export function validateItems(items: readonly unknown[], path = 'items'): SchemaIssue[] {
  return items.flatMap((it, i) => validateItem(it, `${path}[${i}]`));
}

export function validateBody(kind: 'CreateConversationBody' | 'CreateConversationItemsBody', body: unknown): SchemaIssue[] {
  return validateSchema(body, { $ref: `#/components/schemas/${kind}` }, ITEM_SCHEMAS, 'body');
}
