/**
 * Run creation (`POST /threads/{id}/runs` and `POST /threads/runs`): validates the body, applies
 * the thread lock and the "user message or instructions" rule, inherits from the assistant, and
 * stores a queued run. Everything is validated before anything is stored.
 */
import { badRequest } from '../errors.ts';
import type { EmuRequest } from '../http.ts';
import { getAssistant, REASONING_EFFORTS, type AssistantObject } from '../assistants/assistant.ts';
import { rejectExplicitSampling, STORED_TEMPERATURE_FAULT, unsupportedTemperature } from '../assistants/sampling.ts';
import { effectiveToolResources, parseToolResources, parseTools } from '../assistants/tools.ts';
import { enumValue, isObject, metadata, optBoolean, optInteger, optNumber, optString, rejectUnknown, reqString, wrongType, type Json } from '../assistants/validate.ts';
import { isReasoningModel } from '../models/reasoning.ts';
import type { MessageInput } from '../threads/message.ts';
import type { ThreadRecord } from '../threads/thread.ts';
import { runs, threadBusy, type RunObject, type RunRecord } from './run.ts';

const COMMON = ['assistant_id', 'model', 'reasoning_effort', 'instructions', 'tools', 'metadata', 'temperature', 'top_p', 'stream', 'max_prompt_tokens', 'max_completion_tokens', 'truncation_strategy', 'tool_choice', 'parallel_tool_calls', 'response_format'];
export const RUN_FIELDS: ReadonlySet<string> = new Set([...COMMON, 'additional_instructions', 'additional_messages']);
export const THREAD_AND_RUN_FIELDS: ReadonlySet<string> = new Set([...COMMON, 'thread', 'tool_resources']);
const EXPIRY_SECONDS = 600;

export interface RunParams {
  assistant: AssistantObject;
  stream: boolean;
  object: Omit<RunObject, 'id' | 'created_at' | 'thread_id' | 'expires_at'>;
  additionalInstructions: string | null;
}

export function parseRunParams(req: EmuRequest, body: Json, allowed: ReadonlySet<string>): RunParams {
  rejectUnknown(body, allowed);
  const assistant = getAssistant(req.ns, reqString(body, 'assistant_id'));
  const model = optString(body, 'model', { nullable: true }) ?? assistant.model;
  const temperature = optNumber(body, 'temperature', 0, 2);
  const top_p = optNumber(body, 'top_p', 0, 1);
  rejectExplicitSampling(model, { temperature, top_p });
  let sampling = { temperature: temperature ?? assistant.temperature, top_p: top_p ?? assistant.top_p };
  if (isReasoningModel(model)) {
    // Known issue 6 under the fault: a run overriding the model with a reasoning one carries the
    // assistant's stored sampling values and is refused.
    if (req.faults.has(STORED_TEMPERATURE_FAULT) && model !== assistant.model && (sampling.temperature !== null || sampling.top_p !== null)) throw unsupportedTemperature(sampling.temperature !== null ? 'temperature' : 'top_p');
    sampling = { temperature: null, top_p: null };
  }
  const tools = body['tools'] === undefined || body['tools'] === null ? assistant.tools : parseTools(body['tools'], 20);
  const givenResources = body['tool_resources'] === undefined ? assistant.tool_resources : parseToolResources(body['tool_resources']);
  const trunc = body['truncation_strategy'];
  let truncation: RunObject['truncation_strategy'] = { type: 'auto', last_messages: null };
  if (trunc !== undefined && trunc !== null) {
    if (!isObject(trunc)) throw wrongType('truncation_strategy', 'an object', trunc);
    const type = enumValue('truncation_strategy.type', trunc['type'], ['auto', 'last_messages'] as const);
    const last = optInteger(trunc, 'last_messages', 1, 'truncation_strategy.last_messages');
    truncation = { type, last_messages: last ?? null };
  }
  const tool_choice = body['tool_choice'] ?? 'auto';
  if (typeof tool_choice === 'string') enumValue('tool_choice', tool_choice, ['none', 'auto', 'required'] as const);
  else if (!isObject(tool_choice)) throw wrongType('tool_choice', 'a string or an object', tool_choice);
  const effort = body['reasoning_effort'];
  return {
    assistant,
    stream: optBoolean(body, 'stream') ?? false,
    additionalInstructions: optString(body, 'additional_instructions', { max: 256_000 }) ?? null,
    object: {
      object: 'thread.run', assistant_id: assistant.id, status: 'queued', started_at: null, cancelled_at: null, failed_at: null, completed_at: null, required_action: null, last_error: null,
      model,
      // The service sends "" (never null) when neither the run nor the assistant has instructions.
      instructions: optString(body, 'instructions', { max: 256_000 }) ?? assistant.instructions ?? '',
      tools,
      tool_resources: effectiveToolResources(tools, givenResources),
      metadata: body['metadata'] === undefined ? {} : metadata(body['metadata']),
      temperature: sampling.temperature,
      top_p: sampling.top_p,
      reasoning_effort: effort === undefined || effort === null ? assistant.reasoning_effort : enumValue('reasoning_effort', effort, REASONING_EFFORTS),
      max_completion_tokens: optInteger(body, 'max_completion_tokens', 1) ?? null,
      max_prompt_tokens: optInteger(body, 'max_prompt_tokens', 1) ?? null,
      truncation_strategy: truncation,
      incomplete_details: null,
      usage: null,
      response_format: body['response_format'] ?? assistant.response_format,
      tool_choice,
      parallel_tool_calls: optBoolean(body, 'parallel_tool_calls') ?? true,
    },
  };
}

/** "Run creation requires a Thread with a user message or an assistant with instructions." */
export function assertRunnable(messages: readonly Pick<MessageInput, 'role'>[], params: RunParams): void {
  const hasInstructions = Boolean(params.object.instructions) || Boolean(params.additionalInstructions);
  if (!hasInstructions && !messages.some((m) => m.role === 'user')) {
    throw badRequest('Run creation requires a Thread with a user message or an assistant with instructions.', null, 'invalid_thread');
  }
}

export function assertThreadFree(thread: ThreadRecord): void {
  if (thread.activeRunId) throw threadBusy(thread.object.id, thread.activeRunId);
}

export function storeRun(req: EmuRequest, thread: ThreadRecord, params: RunParams): RunRecord {
  const created = req.ns.clock.tick();
  const record: RunRecord = {
    object: { id: req.ns.ids.next('run_'), created_at: created, thread_id: thread.object.id, expires_at: created + EXPIRY_SECONDS, ...params.object } as RunObject,
    deadline: created + EXPIRY_SECONDS,
    additionalInstructions: params.additionalInstructions,
    stepIds: [],
    toolTurns: [],
    pollsLeft: 0,
    planned: false,
    pendingToolStep: null,
    usage: { prompt: 0, completion: 0 },
    faults: new Set(req.faults),
    include: req.query.getAll('include[]').concat(req.query.getAll('include')),
  };
  record.object = orderRun(record.object);
  runs(req.ns).set(record.object.id, record);
  thread.runIds.push(record.object.id);
  thread.activeRunId = record.object.id;
  return record;
}

const ORDER: (keyof RunObject)[] = ['id', 'object', 'created_at', 'assistant_id', 'thread_id', 'status', 'started_at', 'expires_at', 'cancelled_at', 'failed_at', 'completed_at', 'required_action', 'last_error', 'model', 'instructions', 'tools', 'tool_resources', 'metadata', 'temperature', 'top_p', 'reasoning_effort', 'max_completion_tokens', 'max_prompt_tokens', 'truncation_strategy', 'incomplete_details', 'usage', 'response_format', 'tool_choice', 'parallel_tool_calls'];

/** The service's field order (JSON keeps insertion order). */
function orderRun(o: RunObject): RunObject {
  return Object.fromEntries(ORDER.map((k) => [k, o[k]])) as unknown as RunObject;
}
