/**
 * The Responses stream language as DATA: which scope each event type belongs to, the machine of
 * each scope, and the delta families (delta → done → part → item → final response). Written from
 * the spec's ResponseStreamEvent union and the real streams in ../shared/corpus.
 */
export type ResponseEventKind =
  | { scope: 'response'; to: string }
  | { scope: 'error' }
  | { scope: 'item'; op: 'added' | 'done' }
  | { scope: 'part' | 'summary'; op: 'added' | 'done' }
  | { scope: 'delta'; family: string; op: 'delta' | 'done' }
  | { scope: 'progress'; tool: string; to: string }
  | { scope: 'annotation' }
  | { scope: 'untracked' };

/** Where a family's deltas accumulate, the field of its `.done` event, and where the text ends up. */
export interface DeltaFamily {
  /** `item`: keyed by item_id; `part`: item_id + content_index; `summary`: item_id + summary_index. */
  level: 'item' | 'part' | 'summary';
  doneField: string;
  /** Field of the closed part (`content_part.done` / `reasoning_summary_part.done`), for part/summary families. */
  partField?: string;
  /** Where the text sits in the item: `content` / `summary` array entry field, or an item field. */
  itemPath: { array: 'content' | 'summary'; field: string } | { field: string };
  /** The accumulated text must parse as JSON. */
  json?: true;
}

export const DELTA_FAMILIES: Readonly<Record<string, DeltaFamily>> = {
  'response.output_text': { level: 'part', doneField: 'text', partField: 'text', itemPath: { array: 'content', field: 'text' } },
  'response.refusal': { level: 'part', doneField: 'refusal', partField: 'refusal', itemPath: { array: 'content', field: 'refusal' } },
  'response.reasoning_text': { level: 'part', doneField: 'text', partField: 'text', itemPath: { array: 'content', field: 'text' } },
  'response.reasoning_summary_text': { level: 'summary', doneField: 'text', partField: 'text', itemPath: { array: 'summary', field: 'text' } },
  'response.function_call_arguments': { level: 'item', doneField: 'arguments', itemPath: { field: 'arguments' }, json: true },
  'response.mcp_call_arguments': { level: 'item', doneField: 'arguments', itemPath: { field: 'arguments' }, json: true },
  'response.custom_tool_call_input': { level: 'item', doneField: 'input', itemPath: { field: 'input' } },
  'response.code_interpreter_call_code': { level: 'item', doneField: 'code', itemPath: { field: 'code' } },
};

/** Hosted-tool progress: `response.<tool>.<state>`, one machine per item. */
export const PROGRESS_TOOLS = ['web_search_call', 'file_search_call', 'code_interpreter_call', 'image_generation_call', 'mcp_call', 'mcp_list_tools'] as const;
export const PROGRESS_MACHINE: Readonly<Record<string, readonly string[]>> = {
  start: ['in_progress'],
  in_progress: ['searching', 'interpreting', 'generating', 'partial_image', 'completed', 'failed'],
  searching: ['searching', 'completed', 'failed'],
  interpreting: ['completed', 'failed'],
  generating: ['generating', 'partial_image', 'completed', 'failed'],
  partial_image: ['partial_image', 'completed', 'failed'],
  completed: [],
  failed: [],
};

export const RESPONSE_MACHINE: Readonly<Record<string, readonly string[]>> = {
  start: ['created'],
  resumed: ['queued', 'in_progress', 'completed', 'failed', 'incomplete'],
  created: ['queued', 'in_progress', 'completed', 'failed', 'incomplete'],
  queued: ['in_progress', 'completed', 'failed', 'incomplete'],
  in_progress: ['completed', 'failed', 'incomplete'],
  completed: [],
  failed: [],
  incomplete: [],
};

/** The status the `response` snapshot must carry at each response event. */
export const RESPONSE_EVENT_STATUS: Readonly<Record<string, readonly string[]>> = {
  created: ['queued', 'in_progress'],
  queued: ['queued'],
  in_progress: ['in_progress'],
  completed: ['completed'],
  failed: ['failed'],
  incomplete: ['incomplete'],
};

/** Response states in which output items may be streamed. */
export const ITEM_RESPONSE_STATES: readonly string[] = ['in_progress', 'resumed'];
export const TERMINAL_RESPONSE_EVENTS: readonly string[] = ['response.completed', 'response.failed', 'response.incomplete'];

export const RESPONSE_EVENT_KIND: Readonly<Record<string, ResponseEventKind>> = {
  ...Object.fromEntries(['created', 'queued', 'in_progress', 'completed', 'failed', 'incomplete'].map((s) => [`response.${s}`, { scope: 'response', to: s }])),
  error: { scope: 'error' },
  'response.output_item.added': { scope: 'item', op: 'added' },
  'response.output_item.done': { scope: 'item', op: 'done' },
  'response.content_part.added': { scope: 'part', op: 'added' },
  'response.content_part.done': { scope: 'part', op: 'done' },
  'response.reasoning_summary_part.added': { scope: 'summary', op: 'added' },
  'response.reasoning_summary_part.done': { scope: 'summary', op: 'done' },
  'response.output_text.annotation.added': { scope: 'annotation' },
  ...Object.fromEntries(Object.keys(DELTA_FAMILIES).flatMap((f) => [[`${f}.delta`, { scope: 'delta', family: f, op: 'delta' }], [`${f}.done`, { scope: 'delta', family: f, op: 'done' }]])),
  ...Object.fromEntries(PROGRESS_TOOLS.flatMap((t) => Object.keys(PROGRESS_MACHINE).filter((s) => s !== 'start').map((s) => [`response.${t}.${s}`, { scope: 'progress', tool: t, to: s }]))),
  ...Object.fromEntries(['response.audio.delta', 'response.audio.done', 'response.audio.transcript.delta', 'response.audio.transcript.done', 'response.shell_call_command.added', 'response.shell_call_command.delta', 'response.shell_call_command.done', 'response.shell_call_output_content.delta', 'response.shell_call_output_content.done'].map((e) => [e, { scope: 'untracked' }])),
};
