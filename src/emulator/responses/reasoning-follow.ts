/**
 * A reasoning item sent back as input must be followed by the item it preceded in the response
 * that produced it (the real 400: "Item 'rs_…' of type 'reasoning' was provided without its
 * required following item.", param `input`, seen in ../shared/corpus). The emulator remembers,
 * per namespace, which item followed each reasoning item it emitted; reasoning items it did not
 * emit are not checked.
 */
import { badRequest } from '../errors.ts';
import type { Namespace } from '../store.ts';
import type { Item } from '../conversations/items.ts';

const follows = (ns: Namespace) => ns.collection<string>('reasoning-follow');

export function rememberFollowers(ns: Namespace, output: readonly Item[]): void {
  output.forEach((item, i) => {
    const next = output[i + 1];
    if (item.type === 'reasoning' && next) follows(ns).set(item.id, next.id);
  });
}

export function checkFollowers(ns: Namespace, input: readonly Item[]): void {
  input.forEach((item, i) => {
    const expected = item.type === 'reasoning' ? follows(ns).get(item.id) : undefined;
    if (expected !== undefined && input[i + 1]?.id !== expected) {
      throw badRequest(`Item '${item.id}' of type 'reasoning' was provided without its required following item.`, 'input', null);
    }
  });
}
