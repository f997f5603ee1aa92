/**
 * The migration mapping as data: each Assistants concept, its Responses counterpart, how oaic
 * converts it, and what a migrating team must change. Rendered into parity.{md,html}; the
 * `when` features pick the rows a scenario exercised.
 */
export interface MappingRow {
  from: string;
  to: string;
  how: string;
  change: string;
  /** Features (intent.feature) that exercise this row; empty: every scenario. */
  when: readonly string[];
}

export const MAPPING: readonly MappingRow[] = [
  { from: 'Assistant (model, instructions, tools, tool_resources)', to: 'Prompt / response parameters', how: 'convertAssistant(): model, instructions, tools (function flattened, file_search vector_store_ids, code_interpreter container), temperature, top_p, response_format → text.format', change: 'Recreate each assistant as a prompt in the dashboard (or keep the converted config in code) and pass it on every responses.create; name/description/metadata have no place in a response.', when: [] },
  { from: 'Thread (messages, metadata)', to: 'Conversation (items, metadata)', how: 'convertThread() / backfillThread(): one item per message, ≤ 20 items per call, validated against the spec; thread metadata → conversation metadata', change: 'Create conversations for new chats; backfill old threads with `oaic convert --thread`; attachments and per-message metadata need a home of your own (see the loss report).', when: [] },
  { from: 'User message (text, image_file, image_url)', to: 'message item, input_text / input_image (detail)', how: 'text → input_text, image_file → input_image file_id, image_url → input_image image_url, detail kept (auto when absent)', change: 'Nothing, when written by the converter.', when: [] },
  { from: 'Assistant message (text with annotations, refusal)', to: 'output message (id, status) with output_text / refusal', how: 'annotations: file_citation → {file_id, filename, index}, file_path → {file_id, index}; images in assistant turns cannot be sent (reported)', change: 'Citations have one index and need a filename; assistant images must move to a user turn or a link.', when: [] },
  { from: 'Run (assistant_id, instructions, additional_instructions)', to: 'Response (conversation, instructions, input)', how: 'convertRunParams(): instructions (+ additional), max_completion_tokens → max_output_tokens, truncation_strategy auto → truncation auto, tool_choice, parallel_tool_calls, reasoning_effort → reasoning.effort', change: 'Replace create-and-poll with one responses.create; last_messages truncation and max_prompt_tokens have no counterpart.', when: [] },
  { from: 'Run status (queued … requires_action … completed)', to: 'Response status', how: 'status map: requires_action ≙ completed with function_call items; expired has no counterpart', change: 'Stop polling run states; check the output items for function calls instead of requires_action.', when: [] },
  { from: 'Run steps: function tool calls + submit_tool_outputs', to: 'function_call / function_call_output items', how: 'steps → items; the tool loop is driven explicitly: send function_call_output items as the next input', change: 'Drive the tool loop yourself: after a response with function_call items, create the next response with their outputs (call_id).', when: ['function-calling'] },
  { from: 'Run steps: file_search (vector stores in tool_resources)', to: 'file_search_call items; file_search tool with vector_store_ids', how: 'the vector stores move from tool_resources onto the tool', change: 'Pass vector_store_ids on the file_search tool of every response; queries are not recorded on the Assistants side.', when: ['file-search'] },
  { from: 'Run steps: code_interpreter', to: 'code_interpreter_call items; container', how: 'code_interpreter tool with container {type: auto, file_ids}; image outputs are file ids vs URLs', change: 'Manage containers (or use auto); download image outputs yourself.', when: ['code-interpreter'] },
  { from: 'Assistants stream events (thread.run.*, thread.message.delta)', to: 'Responses stream events (response.*, response.output_text.delta)', how: 'event map (status-map.ts): same number of text deltas, one terminal event', change: 'Rewrite stream handlers: the event names and payloads differ, there is no [DONE] sentinel.', when: [] },
];

export function rowsFor(features: readonly string[]): MappingRow[] {
  return MAPPING.filter((r) => r.when.length === 0 || r.when.some((f) => features.includes(f)));
}
