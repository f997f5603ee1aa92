/**
 * Wire types of the Conversations side the converter writes: the `InputItem`s of
 * `POST /conversations` and `POST /conversations/{id}/items`, from the official SDK.
 */
import type {
  EasyInputMessage,
  ResponseCodeInterpreterToolCall,
  ResponseFileSearchToolCall,
  ResponseFunctionToolCall,
  ResponseInputImage,
  ResponseInputItem,
  ResponseInputText,
  ResponseOutputMessage,
  ResponseOutputRefusal,
  ResponseOutputText,
} from 'openai/resources/responses/responses';

export type {
  EasyInputMessage,
  ResponseCodeInterpreterToolCall,
  ResponseFileSearchToolCall,
  ResponseFunctionToolCall,
  ResponseInputImage,
  ResponseInputText,
  ResponseOutputMessage,
  ResponseOutputRefusal,
  ResponseOutputText,
};

export type FunctionCallOutputItem = ResponseInputItem.FunctionCallOutput;

/** A user turn: `{type: 'message', role: 'user', content: InputContent[]}` (EasyInputMessage). */
export interface InputMessageItem {
  type: 'message';
  role: 'user';
  content: (ResponseInputText | ResponseInputImage)[];
}

/** An assistant turn as plain content: `{type: 'message', role: 'assistant', content: '<text>'}` (EasyInputMessage). */
export interface PlainMessageItem {
  type: 'message';
  role: 'assistant';
  content: string;
}

/** An assistant turn as an output message; the spec requires `id` and `status` (OutputMessage). */
export interface OutputMessageItem {
  type: 'message';
  id: string;
  role: 'assistant';
  status: 'in_progress' | 'completed' | 'incomplete';
  content: (OutputText | ResponseOutputRefusal)[];
}

/** output_text with the annotations the Assistants side has (the spec requires logprobs). */
export interface OutputText {
  type: 'output_text';
  text: string;
  annotations: (ResponseOutputText.FileCitation | ResponseOutputText.FilePath)[];
  logprobs: [];
}

/** Every item the converter produces. */
export type ConvertedItem =
  | InputMessageItem
  | PlainMessageItem
  | OutputMessageItem
  | ResponseFunctionToolCall
  | FunctionCallOutputItem
  | ResponseCodeInterpreterToolCall
  | ResponseFileSearchToolCall;

/** Every converted item is an SDK input item (checked by the compiler: no cast). */
export function asInputItem(item: ConvertedItem): ResponseInputItem {
  return item;
}

/** Conversations API limit on items per create / items.create call (spec: maxItems 20). */
export const MAX_ITEMS_PER_CALL = 20;
