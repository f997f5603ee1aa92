/** Splits items into calls of at most MAX_ITEMS_PER_CALL (the Conversations API's maxItems). */
import { MAX_ITEMS_PER_CALL } from './wire-conversations.ts';

export function batches<T>(items: readonly T[], size = MAX_ITEMS_PER_CALL): T[][] {
  if (!Number.isInteger(size) || size < 1 || size > MAX_ITEMS_PER_CALL) throw new RangeError(`batch size must be 1..${MAX_ITEMS_PER_CALL}, got ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Async: groups a stream of items into batches without holding more than one batch. */
export async function* batchStream<T>(items: AsyncIterable<T>, size = MAX_ITEMS_PER_CALL): AsyncGenerator<T[]> {
  let current: T[] = [];
  for await (const item of items) {
    current.push(item);
    if (current.length === size) {
      yield current;
      current = [];
    }
  }
  if (current.length) yield current;
}
