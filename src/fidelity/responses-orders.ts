/**
 * Responses stream orders: a real stream's event types (runs of one delta type collapsed), what
 * it did (its plan: background or not, output items in order with reasoning summary parts and
 * annotations), and the request that makes the emulator stream the same plan, or the features of
 * the plan it cannot follow (matched against the allow-list as `responses-order` entries).
 */
import { isRecord } from '../checks/observe.ts';
import { collapseOrder, type NamedEvent } from './stream-orders.ts';

export interface ResponsesItemPlan {
  type: string;
  summaryParts: number;
  annotations: number;
}

export interface ResponsesPlan {
  background: boolean;
  /** The stream does not start with response.created: a `starting_after` resumption after this sequence number. */
  resumed: boolean;
  resumeAfter: number;
  items: ResponsesItemPlan[];
  /** An annotation arrived between text deltas (the emulator annotates at the end of the text). */
  annotationMidText: boolean;
}

const typeOf = (e: NamedEvent): string | null => (isRecord(e.data) && typeof e.data['type'] === 'string' ? e.data['type'] : e.event);

export const responsesOrder = (events: readonly NamedEvent[]): string[] => collapseOrder(events.map((e) => ({ event: typeOf(e), data: e.data })));

export function responsesPlanOf(events: readonly NamedEvent[]): ResponsesPlan {
  const types = events.map(typeOf);
  const items: ResponsesItemPlan[] = [];
  types.forEach((t, i) => {
    const d = events[i]?.data;
    if (t === 'response.output_item.added' && isRecord(d) && isRecord(d['item'])) items.push({ type: String(d['item']['type']), summaryParts: 0, annotations: 0 });
    const last = items[items.length - 1];
    if (last && t === 'response.reasoning_summary_part.added') last.summaryParts++;
    if (last && t === 'response.output_text.annotation.added') last.annotations++;
  });
  const collapsed = responsesOrder(events);
  const annotationMidText = collapsed.some((n, i) => n === 'response.output_text.annotation.added' && collapsed[i + 1] === 'response.output_text.delta');
  const first = events[0]?.data;
  const firstSeq = isRecord(first) && typeof first['sequence_number'] === 'number' ? first['sequence_number'] : 0;
  return { background: types.includes('response.queued'), resumed: types[0] !== 'response.created', resumeAfter: firstSeq - 1, items, annotationMidText };
}

/** Features of a plan the emulator does not reproduce; each must have an allow-list entry. */
export function unsupportedFeatures(plan: ResponsesPlan): string[] {
  const out = new Set<string>();
  const known = new Set(['message', 'reasoning', 'function_call', 'file_search_call', 'code_interpreter_call']);
  for (const it of plan.items) if (!known.has(it.type)) out.add(`item:${it.type}`);
  if (plan.items.some((i) => i.summaryParts > 1)) out.add('summary-parts>1');
  const tools = plan.items.filter((i) => i.type.endsWith('_call') && i.type !== 'function_call');
  if (tools.length > 1) out.add('tool-calls>1');
  const firstMessage = plan.items.findIndex((i) => i.type === 'message');
  if (firstMessage >= 0 && plan.items.slice(firstMessage + 1).length > 0) out.add('items-after-message');
  if (plan.items.some((i) => i.type === 'message' && i.annotations > 0) && !plan.items.some((i) => i.type === 'file_search_call')) out.add('annotations-without-file-search');
  if (plan.annotationMidText) out.add('annotation-mid-text');
  return [...out].sort();
}

/** The streamed create request (without `tools` vector store ids, filled by the caller) for a plan. */
export function responsesRequestFor(plan: ResponsesPlan, vectorStoreId: string): Record<string, unknown> {
  const has = (t: string) => plan.items.some((i) => i.type === t);
  const reasoning = plan.items.find((i) => i.type === 'reasoning');
  const directives = [has('file_search_call') ? '[[oaic:search capital of France]]' : '', has('code_interpreter_call') ? '[[oaic:code print(3 + 4)]]' : '', has('function_call') ? '[[oaic:call get_weather {"city":"Paris"}]]' : ''].filter(Boolean);
  const tools = [
    ...(has('function_call') ? [{ type: 'function', name: 'get_weather', parameters: { type: 'object', properties: { city: { type: 'string' } } } }] : []),
    ...(has('file_search_call') ? [{ type: 'file_search', vector_store_ids: [vectorStoreId] }] : []),
    ...(has('code_interpreter_call') ? [{ type: 'code_interpreter', container: { type: 'auto' } }] : []),
  ];
  return {
    model: reasoning ? 'o4-mini' : 'gpt-4o-mini',
    input: `What is the capital of France? ${directives.join(' ')}`.trim(),
    stream: true,
    ...(tools.length ? { tools } : {}),
    ...(reasoning ? { reasoning: { effort: 'low', summary: reasoning.summaryParts > 0 ? 'auto' : null } } : {}),
    ...(plan.background ? { background: true } : {}),
  };
}
