/**
 * What a conversion could not carry over, as values: what was lost, where (a path into the
 * input), why, and what to do. Nothing is dropped without a Loss.
 */
export type LossCode =
  /** Message metadata: Conversation items have no metadata. */
  | 'MESSAGE_METADATA'
  /** Message attachments (file + tools): items have no attachments. */
  | 'ATTACHMENT'
  /** Annotation end_index / marker text: Responses annotations carry one index. */
  | 'ANNOTATION_SPAN'
  /** file_citation without a filename (Responses requires one): the file id stands in. */
  | 'ANNOTATION_FILENAME'
  /** Annotations on text that becomes input_text or plain content (user turns, plain assistant turns). */
  | 'ANNOTATION_DROPPED'
  /** A refusal that becomes text (user turns, plain assistant turns). */
  | 'REFUSAL_AS_TEXT'
  /** An image in an assistant turn: assistant content takes only output_text and refusal. */
  | 'ASSISTANT_IMAGE'
  /** Several parts written as one string (assistant turns as plain content). */
  | 'PARTS_MERGED'
  /** Message status / incomplete_details with no counterpart on the item. */
  | 'MESSAGE_STATUS'
  /** Thread metadata beyond what the conversation keeps. */
  | 'THREAD_TOOL_RESOURCES'
  /** Code interpreter: no container id on the Assistants side; image outputs are file ids, not URLs. */
  | 'CODE_INTERPRETER_CONTAINER'
  | 'CODE_INTERPRETER_IMAGE_OUTPUT'
  /** File search: the Assistants step has no queries; ranking options have no item counterpart. */
  | 'FILE_SEARCH_QUERIES'
  | 'FILE_SEARCH_RANKING'
  /** Function call without an output (the run never got one). */
  | 'FUNCTION_OUTPUT_MISSING'
  /** A run step that was not completed (failed, cancelled, expired) or has an error. */
  | 'STEP_STATUS'
  /** A run step whose run produced no message in the thread: kept at the end. */
  | 'STEP_ORPHANED'
  /** Assistant / run fields with no Responses parameter. */
  | 'ASSISTANT_FIELD'
  | 'RUN_FIELD'
  /** Tool fields with no counterpart (e.g. file_search max_num_results on a run override). */
  | 'TOOL_FIELD'
  /** Conversation → thread: an item that is not a message (tool calls are run steps there). */
  | 'ITEM_NOT_A_MESSAGE'
  /** Conversation → thread: detail "original" has no Assistants counterpart (auto is used). */
  | 'IMAGE_DETAIL';

export interface Loss {
  code: LossCode;
  /** What was lost, e.g. `metadata {"k":"v"}`. */
  what: string;
  /** Where in the input: `messages[3](msg_abc).content[1]`. */
  where: string;
  why: string;
  /** What a migrating team does about it. */
  hint?: string;
}

/** Collects losses during one conversion. */
export class LossReport {
  readonly losses: Loss[] = [];
  add(loss: Loss): void {
    this.losses.push(loss);
  }
  byCode(): Partial<Record<LossCode, number>> {
    const out: Partial<Record<LossCode, number>> = {};
    for (const l of this.losses) out[l.code] = (out[l.code] ?? 0) + 1;
    return out;
  }
}

export function formatLoss(l: Loss): string {
  return `${l.code} at ${l.where}: ${l.what} (${l.why})${l.hint ? `. ${l.hint}` : ''}`;
}

/** A short rendering of a value for `what` (losses stay small even for very long texts). */
export function brief(value: unknown, max = 80): string {
  const s = typeof value === 'string' && value.length > max ? `${JSON.stringify(value.slice(0, max))}…` : (JSON.stringify(value) ?? String(value));
  return s.length > max + 3 ? `${s.slice(0, max)}…` : s;
}

export function hasKeys(o: object | null | undefined): boolean {
  if (!o) return false;
  for (const _ in o) return true;
  return false;
}
