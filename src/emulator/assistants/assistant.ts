/**
 * The assistant object (wire shape and field order as the service returns it) and its store.
 */
import { notFound } from '../errors.ts';
import type { EmuRequest } from '../http.ts';
import type { Namespace } from '../store.ts';
import { createNewStores, parseNewStores } from './new-stores.ts';
import { defaultSampling, rejectExplicitSampling, samplingAfterModelChange } from './sampling.ts';
import { effectiveToolResources, parseToolResources, parseTools, type AssistantTool, type ToolResources } from './tools.ts';
import { enumValue, metadata, optNumber, optString, rejectUnknown, reqString, type Json } from './validate.ts';

export interface AssistantObject {
  id: string;
  object: 'assistant';
  created_at: number;
  name: string | null;
  description: string | null;
  model: string;
  instructions: string | null;
  tools: AssistantTool[];
  top_p: number | null;
  temperature: number | null;
  reasoning_effort: string | null;
  tool_resources: ToolResources;
  metadata: Record<string, string>;
  response_format: unknown;
}

const FIELDS = new Set(['model', 'name', 'description', 'instructions', 'tools', 'tool_resources', 'metadata', 'temperature', 'top_p', 'reasoning_effort', 'response_format']);
export const REASONING_EFFORTS = ['none', 'minimal', 'low', 'medium', 'high', 'xhigh'] as const;
const COLLECTION = 'assistants';

export const assistants = (ns: Namespace) => ns.collection<AssistantObject>(COLLECTION);

export function getAssistant(ns: Namespace, id: string): AssistantObject {
  const a = assistants(ns).get(id);
  if (!a) throw notFound('assistant', id);
  return a;
}

/** Fields shared by create and update, validated; absent keys stay undefined. */
function parseFields(body: Json) {
  rejectUnknown(body, FIELDS);
  const temperature = optNumber(body, 'temperature', 0, 2);
  const top_p = optNumber(body, 'top_p', 0, 1);
  return {
    name: optString(body, 'name', { max: 256 }),
    description: optString(body, 'description', { max: 512 }),
    instructions: optString(body, 'instructions', { max: 256_000 }),
    tools: body['tools'] === undefined ? undefined : parseTools(body['tools'], 128),
    tool_resources: body['tool_resources'] === undefined ? undefined : parseToolResources(body['tool_resources']),
    metadata: body['metadata'] === undefined ? undefined : metadata(body['metadata']),
    temperature,
    top_p,
    reasoning_effort: body['reasoning_effort'] === undefined || body['reasoning_effort'] === null ? (body['reasoning_effort'] as null | undefined) : enumValue('reasoning_effort', body['reasoning_effort'], REASONING_EFFORTS),
    response_format: body['response_format'],
  };
}

export function createAssistant(req: EmuRequest, body: Json): AssistantObject {
  const model = reqString(body, 'model');
  const f = parseFields(body);
  rejectExplicitSampling(model, f);
  const newStores = parseNewStores(req.ns, body['tool_resources']);
  const sampling = defaultSampling(req, model);
  const tools = f.tools ?? [];
  const a: AssistantObject = {
    id: req.ns.ids.next('asst_'),
    object: 'assistant',
    created_at: req.ns.clock.tick(),
    name: f.name ?? null,
    description: f.description ?? null,
    model,
    instructions: f.instructions ?? null,
    tools,
    top_p: f.top_p ?? (f.top_p === null ? null : sampling.top_p),
    temperature: f.temperature ?? (f.temperature === null ? null : sampling.temperature),
    reasoning_effort: f.reasoning_effort ?? null,
    tool_resources: createNewStores(req.ns, effectiveToolResources(tools, f.tool_resources ?? {}), newStores, req.faults),
    metadata: f.metadata ?? {},
    response_format: f.response_format ?? 'auto',
  };
  assistants(req.ns).set(a.id, a);
  return a;
}

export function updateAssistant(req: EmuRequest, id: string, body: Json): AssistantObject {
  const a = getAssistant(req.ns, id);
  const model = body['model'] === undefined ? a.model : reqString(body, 'model');
  const f = parseFields(body);
  rejectExplicitSampling(model, f);
  const newStores = parseNewStores(req.ns, body['tool_resources']);
  const stored = { temperature: f.temperature === undefined ? a.temperature : f.temperature, top_p: f.top_p === undefined ? a.top_p : f.top_p };
  const sampling = model !== a.model ? samplingAfterModelChange(req, model, stored) : stored;
  const tools = f.tools ?? a.tools;
  const next: AssistantObject = {
    ...a,
    name: f.name === undefined ? a.name : f.name,
    description: f.description === undefined ? a.description : f.description,
    model,
    instructions: f.instructions === undefined ? a.instructions : f.instructions,
    tools,
    top_p: sampling.top_p,
    temperature: sampling.temperature,
    reasoning_effort: f.reasoning_effort === undefined ? a.reasoning_effort : f.reasoning_effort,
    tool_resources: createNewStores(req.ns, effectiveToolResources(tools, f.tool_resources ?? a.tool_resources), newStores, req.faults),
    metadata: f.metadata ?? a.metadata,
    response_format: f.response_format === undefined ? a.response_format : (f.response_format ?? 'auto'),
  };
  assistants(req.ns).set(id, next);
  return next;
}
