/**
 * `POST /responses`: validate, assemble the context (conversation items or the
 * previous_response_id chain, then `input`), run one model turn, store, append to the
 * conversation, and answer as JSON, as an SSE stream, or (background) as a queued response that
 * progresses on retrieve.
 */
import { ApiError, badRequest } from '../errors.ts';
import { bodyObject, json, type EmuRequest, type EmuResponse } from '../http.ts';
import { appendItems, assertNoDuplicates, getConversation } from '../conversations/store.ts';
import { normalizeItem, normalizeItems, type Item } from '../conversations/items.ts';
import type { ModelContext } from '../model/context.ts';
import { buildContext } from './context.ts';
import { responseObject, type ResponseState } from './object.ts';
import { runTurn, type TurnResult } from './output.ts';
import { parseCreate, type CreateParams } from './params.ts';
import { checkFollowers, rememberFollowers } from './reasoning-follow.ts';
import { isReference, resolveReference } from './references.ts';
import { responses, type StoredResponse } from './store.ts';
import { streamFrames } from './stream.ts';
import { cutWithError, failedState, RESPONSES_STREAM_ERROR_FAULT } from './stream-error.ts';
import { hasFault } from '../faults.ts';
import { toolMode } from './tools.ts';
import { CALL_OUTPUT_TYPES } from './tools/custom.ts';

/** The input as items; `refs` are the ids that came in as item references. */
function inputItems(req: EmuRequest, input: unknown, before: readonly Item[]): { items: Item[]; refs: Set<string> } {
  const refs = new Set<string>();
  if (input === undefined || input === null) return { items: [], refs };
  if (typeof input === 'string') return { items: [normalizeItem({ role: 'user', content: input }, 'input', req.ns.ids)], refs };
  if (!Array.isArray(input)) return { items: normalizeItems(input, 'input', req.ns.ids, null), refs };
  const items = input.map((raw, i) => {
    if (!isReference(raw)) return normalizeItem(raw, `input[${i}]`, req.ns.ids);
    const item = resolveReference(req.ns, raw, before, `input[${i}].id`);
    refs.add(item.id);
    return item;
  });
  return { items, refs };
}

function history(req: EmuRequest, p: CreateParams): Item[] {
  if (p.previousResponseId !== null) {
    const prev = responses(req.ns).get(p.previousResponseId);
    if (!prev) throw badRequest(`Previous response with id '${p.previousResponseId}' not found.`, 'previous_response_id', 'previous_response_not_found');
    return prev.history;
  }
  if (p.conversationId !== null) return getConversation(req.ns, p.conversationId).items;
  return [];
}

/** Every function_call_output answers a call; after a response that called functions, every call gets an output. */
function checkToolTurns(p: CreateParams, before: readonly Item[], input: readonly Item[]): void {
  const outputTypes = Object.values(CALL_OUTPUT_TYPES);
  const calls = new Set([...before, ...input].filter((i) => i.type in CALL_OUTPUT_TYPES).map((i) => String(i['call_id'])));
  const answered = new Set([...before, ...input].filter((i) => outputTypes.includes(i.type)).map((i) => String(i['call_id'])));
  for (const o of input) {
    if (outputTypes.includes(o.type) && !calls.has(String(o['call_id']))) {
      throw badRequest(`No tool call found for ${o.type === 'function_call_output' ? 'function' : 'custom tool'} call output with call_id ${String(o['call_id'])}.`, 'input', null);
    }
  }
  if (p.previousResponseId === null) return;
  for (const c of calls) if (!answered.has(c)) throw badRequest(`No tool output found for function call ${c}.`, 'input', null);
}

export function finalState(id: string, createdAt: number, completedAt: number, r: TurnResult): ResponseState {
  return { id, createdAt, completedAt: r.status === 'failed' ? null : completedAt, status: r.status, output: r.output, error: r.error, incompleteDetails: r.incompleteDetails, usage: r.usage };
}

/** Validated parameters, the earlier items, the new input items and the model context of a request. */
export function prepare(req: EmuRequest): { p: CreateParams; before: Item[]; input: Item[]; fresh: Item[]; ctx: ModelContext } {
  const p = parseCreate(bodyObject(req));
  const before = history(req, p);
  const { items: input, refs } = inputItems(req, p.input, before);
  // Referenced items are already stored; only the new ones are appended to a conversation.
  const fresh = input.filter((i) => !refs.has(i.id));
  checkToolTurns(p, before, input);
  checkFollowers(req.ns, input);
  if (p.conversationId !== null) assertNoDuplicates(getConversation(req.ns, p.conversationId), fresh, 'input');
  const ctx = buildContext({ model: p.model, instructions: p.instructions, history: before, input, tools: p.tools, maxOutputTokens: p.maxOutputTokens });
  return { p, before, input, fresh, ctx };
}

export async function createResponse(req: EmuRequest): Promise<EmuResponse> {
  const { p, before, input, fresh, ctx } = prepare(req);
  if (p.background && !p.store) throw badRequest('Background mode requires store=true.', 'background', null);
  const mode = toolMode(p.toolChoice, p.tools);
  const id = req.ns.ids.next('resp_', 50);
  const createdAt = req.ns.clock.now();
  const result = runTurn(req.ns, p, ctx, mode, before);
  rememberFollowers(req.ns, result.output);
  const completedAt = req.ns.clock.tick();
  const final = finalState(id, createdAt, completedAt, result);
  const conversationId = p.conversationId;
  const stalledStream = p.background && p.stream && result.stall;
  const stored: StoredResponse = {
    params: p,
    state: p.background ? { ...final, status: stalledStream ? 'in_progress' : 'queued', completedAt: null, output: [], usage: null, error: null, incompleteDetails: null } : final,
    inputItems: input,
    history: [...before, ...input, ...result.output],
    result,
    // A background stream delivers the whole turn at once, unless it stalls: then it stays in_progress.
    pending: p.background && (!p.stream || stalledStream) ? { result, polls: 0, waits: Math.ceil(result.delayMs / 1000) } : null,
    onFinish: conversationId === null ? null : (s) => appendItems(getConversation(req.ns, conversationId), [...fresh, ...s.state.output], 'input'),
  };
  if (p.store) responses(req.ns).set(id, stored);
  if (p.stream && hasFault(req, RESPONSES_STREAM_ERROR_FAULT)) {
    stored.pending = null;
    finish(stored, failedState(final, req.requestId));
    return { kind: 'sse', frames: cutWithError(streamFrames(p, final, result), req.requestId) };
  }
  if (!stored.pending) finish(stored, final);
  if (p.stream) return { kind: 'sse', frames: streamFrames(p, final, result) };
  if (result.delayMs > 0 && !p.background) await new Promise((resolve) => setTimeout(resolve, Math.min(result.delayMs, 30_000)));
  return json(responseObject(p, stored.state));
}

/** Moves a stored response to its final state once, running its conversation append. */
export function finish(stored: StoredResponse, state: ResponseState): void {
  stored.state = state;
  stored.pending = null;
  const hook = stored.onFinish;
  stored.onFinish = null;
  if (hook) {
    try {
      hook(stored);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
    }
  }
}
