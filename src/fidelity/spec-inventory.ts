/**
 * What the spec says must be reachable, inline so the coverage test runs without ../shared:
 * run statuses (RunObject.status), Assistants stream event names (AssistantStreamEvent) and
 * Responses stream event types (ResponseStreamEvent), as in ../shared/openapi/openapi.yaml.
 * coverage.test.ts cross-checks these lists with the spec when it is present
 * (spec-inventory-extract.ts); update them from there when the spec changes.
 */
export interface SpecInventory {
  runStatuses: string[];
  assistantsStreamEvents: string[];
  responsesStreamEvents: string[];
}

export const SPEC_INVENTORY: SpecInventory = {
  runStatuses: ['cancelled', 'cancelling', 'completed', 'expired', 'failed', 'in_progress', 'incomplete', 'queued', 'requires_action'],
  assistantsStreamEvents: [
    'done', 'error', 'thread.created',
    'thread.message.completed', 'thread.message.created', 'thread.message.delta', 'thread.message.in_progress', 'thread.message.incomplete',
    'thread.run.cancelled', 'thread.run.cancelling', 'thread.run.completed', 'thread.run.created', 'thread.run.expired', 'thread.run.failed',
    'thread.run.in_progress', 'thread.run.incomplete', 'thread.run.queued', 'thread.run.requires_action',
    'thread.run.step.cancelled', 'thread.run.step.completed', 'thread.run.step.created', 'thread.run.step.delta', 'thread.run.step.expired',
    'thread.run.step.failed', 'thread.run.step.in_progress',
  ],
  responsesStreamEvents: [
    'error',
    'response.audio.delta', 'response.audio.done', 'response.audio.transcript.delta', 'response.audio.transcript.done',
    'response.code_interpreter_call.completed', 'response.code_interpreter_call.in_progress', 'response.code_interpreter_call.interpreting',
    'response.code_interpreter_call_code.delta', 'response.code_interpreter_call_code.done',
    'response.completed', 'response.content_part.added', 'response.content_part.done', 'response.created',
    'response.custom_tool_call_input.delta', 'response.custom_tool_call_input.done',
    'response.failed',
    'response.file_search_call.completed', 'response.file_search_call.in_progress', 'response.file_search_call.searching',
    'response.function_call_arguments.delta', 'response.function_call_arguments.done',
    'response.image_generation_call.completed', 'response.image_generation_call.generating', 'response.image_generation_call.in_progress', 'response.image_generation_call.partial_image',
    'response.in_progress', 'response.incomplete',
    'response.mcp_call.completed', 'response.mcp_call.failed', 'response.mcp_call.in_progress', 'response.mcp_call_arguments.delta', 'response.mcp_call_arguments.done',
    'response.mcp_list_tools.completed', 'response.mcp_list_tools.failed', 'response.mcp_list_tools.in_progress',
    'response.output_item.added', 'response.output_item.done',
    'response.output_text.annotation.added', 'response.output_text.delta', 'response.output_text.done',
    'response.queued',
    'response.reasoning_summary_part.added', 'response.reasoning_summary_part.done', 'response.reasoning_summary_text.delta', 'response.reasoning_summary_text.done',
    'response.reasoning_text.delta', 'response.reasoning_text.done',
    'response.refusal.delta', 'response.refusal.done',
    'response.shell_call_command.added', 'response.shell_call_command.delta', 'response.shell_call_command.done',
    'response.shell_call_output_content.delta', 'response.shell_call_output_content.done',
    'response.web_search_call.completed', 'response.web_search_call.in_progress', 'response.web_search_call.searching',
  ],
};

/**
 * Spec events that no request can reach: the spec defines them, but `CreateResponse` has no
 * parameter that asks for audio output, and the real traffic holds none
 * (docs/discoveries/responses-audio-events.md). The coverage test requires that exactly these are
 * missing, so the list must shrink the day a recording holds one.
 */
export const UNREACHABLE_IN_SPEC: Readonly<Record<string, string>> = {
  'response.audio.delta': 'no CreateResponse parameter requests audio output',
  'response.audio.done': 'no CreateResponse parameter requests audio output',
  'response.audio.transcript.delta': 'no CreateResponse parameter requests audio output',
  'response.audio.transcript.done': 'no CreateResponse parameter requests audio output',
};
