/**
 * `POST /responses/input_tokens`: the input token count of a would-be response, `{object:
 * 'response.input_tokens', input_tokens}` as the service answers. It is the `usage.input_tokens`
 * that `POST /responses` reports for the same request (same context, same count).
 */
import { canonicalContext, countTokens } from '../model/context.ts';
import { json, type EmuRequest, type EmuResponse } from '../http.ts';
import { prepare } from './create.ts';

export function countInputTokens(req: EmuRequest): EmuResponse {
  const { ctx } = prepare(req);
  return json({ object: 'response.input_tokens', input_tokens: countTokens(canonicalContext(ctx)) });
}
