/**
 * Stored responses, per namespace. `history` is the context the next response in a
 * previous_response_id chain starts from (everything before + this input + this output);
 * `inputItems` is what `GET /responses/{id}/input_items` lists. A background response keeps its
 * computed result in `pending` and reveals it as it is polled (background.ts).
 */
import { ApiError } from '../errors.ts';
import type { Namespace } from '../store.ts';
import type { Item } from '../conversations/items.ts';
import type { CreateParams } from './params.ts';
import type { ResponseState } from './object.ts';
import type { TurnResult } from './output.ts';

export interface StoredResponse {
  params: CreateParams;
  state: ResponseState;
  inputItems: Item[];
  history: Item[];
  /** The model turn, kept so a background response's stream can be replayed on retrieve. */
  result: TurnResult;
  /**
   * Background only: the result still to be revealed, how many retrieves have happened, and how
   * many more in_progress polls to show first (`[[oaic:delay ms]]`: one per started second).
   */
  pending: { result: TurnResult; polls: number; waits: number } | null;
  /** Called once when the response reaches a terminal status (appends to the conversation). */
  onFinish: ((s: StoredResponse) => void) | null;
}

export const responses = (ns: Namespace) => ns.collection<StoredResponse>('responses');

export function getResponse(ns: Namespace, id: string): StoredResponse {
  const r = responses(ns).get(id);
  if (!r) throw new ApiError(404, `Response with id '${id}' not found.`, 'invalid_request_error', null, null);
  return r;
}
