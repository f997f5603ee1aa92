/**
 * One `tool_calls` run step → Responses items: function → function_call (+ function_call_output
 * when the run got one), code_interpreter → code_interpreter_call, file_search →
 * file_search_call. What the Assistants step has and the item does not is reported.
 */
import type { Loss } from './losses.ts';
import { DEFAULT_CONTAINER_ID, type ConvertOptions } from './options.ts';
import type { RunStep, ToolCall } from './wire-assistants.ts';
import type { ConvertedItem, ResponseCodeInterpreterToolCall, ResponseFileSearchToolCall, ResponseFunctionToolCall } from './wire-conversations.ts';

type Sink = (loss: Loss) => void;
type StepStatus = RunStep['status'];

/** Step status → item status, as data. */
const FUNCTION_STATUS: Record<StepStatus, NonNullable<ResponseFunctionToolCall['status']>> = { in_progress: 'in_progress', completed: 'completed', failed: 'incomplete', cancelled: 'incomplete', expired: 'incomplete' };
const CODE_STATUS: Record<StepStatus, ResponseCodeInterpreterToolCall['status']> = { in_progress: 'in_progress', completed: 'completed', failed: 'failed', cancelled: 'incomplete', expired: 'incomplete' };
const SEARCH_STATUS: Record<StepStatus, ResponseFileSearchToolCall['status']> = { in_progress: 'in_progress', completed: 'completed', failed: 'failed', cancelled: 'incomplete', expired: 'incomplete' };

export const stepWhere = (index: number, s: Pick<RunStep, 'id'>): string => `steps[${index}](${s.id})`;

function convertToolCall(tc: ToolCall, status: StepStatus, where: string, lose: Sink, options: ConvertOptions): ConvertedItem[] {
  switch (tc.type) {
    case 'function': {
      const call: ResponseFunctionToolCall = { type: 'function_call', call_id: tc.id, name: tc.function.name, arguments: tc.function.arguments, status: FUNCTION_STATUS[status] };
      if (tc.function.output === null || tc.function.output === undefined) {
        lose({ code: 'FUNCTION_OUTPUT_MISSING', where: `${where}.function.output`, what: `output of ${tc.function.name}`, why: 'the run never received a tool output; only the call is written', hint: 'a response on this conversation must first be given a function_call_output for this call_id' });
        return [call];
      }
      return [call, { type: 'function_call_output', call_id: tc.id, output: tc.function.output }];
    }
    case 'code_interpreter': {
      if (options.containerId === undefined) {
        lose({ code: 'CODE_INTERPRETER_CONTAINER', where, what: 'container_id', why: `Assistants code interpreter calls have no container; ${DEFAULT_CONTAINER_ID} stands in`, hint: 'pass --container-id <cntr_…> (ConvertOptions.containerId) for a real container' });
      }
      const outputs: NonNullable<ResponseCodeInterpreterToolCall['outputs']> = [];
      (tc.code_interpreter.outputs ?? []).forEach((o, i) => {
        if (o.type === 'logs') outputs.push({ type: 'logs', logs: o.logs });
        else lose({ code: 'CODE_INTERPRETER_IMAGE_OUTPUT', where: `${where}.code_interpreter.outputs[${i}]`, what: `image file ${o.image?.file_id ?? '(none)'}`, why: 'Responses image outputs are URLs, Assistants ones file ids', hint: 'download the file (GET /files/{id}/content) and host it if the image must stay in history' });
      });
      return [{ type: 'code_interpreter_call', id: tc.id, status: CODE_STATUS[status], container_id: options.containerId ?? DEFAULT_CONTAINER_ID, code: tc.code_interpreter.input, outputs }];
    }
    case 'file_search': {
      lose({ code: 'FILE_SEARCH_QUERIES', where, what: 'queries', why: 'Assistants file search steps do not record the queries; an empty list is written' });
      if (tc.file_search.ranking_options) lose({ code: 'FILE_SEARCH_RANKING', where: `${where}.file_search.ranking_options`, what: JSON.stringify(tc.file_search.ranking_options), why: 'file_search_call items have no ranking options', hint: 'set ranking_options on the file_search tool of the response' });
      const results = tc.file_search.results?.map((r) => ({ file_id: r.file_id, filename: r.file_name, score: r.score, text: (r.content ?? []).map((c) => c.text ?? '').join('') })) ?? null;
      return [{ type: 'file_search_call', id: tc.id, status: SEARCH_STATUS[status], queries: [], results }];
    }
  }
}

/** Items of one run step; a message_creation step gives none (its message is converted itself). */
export function convertStep(step: RunStep, index: number, lose: Sink, options: ConvertOptions = {}): ConvertedItem[] {
  const where = stepWhere(index, step);
  if (step.step_details.type !== 'tool_calls') return [];
  if (step.status !== 'completed' || step.last_error) {
    lose({ code: 'STEP_STATUS', where: `${where}.status`, what: `status ${step.status}${step.last_error ? `, last_error ${step.last_error.code}: ${step.last_error.message}` : ''}`, why: 'items carry a status but no error' });
  }
  return step.step_details.tool_calls.flatMap((tc, i) => convertToolCall(tc, step.status, `${where}.step_details.tool_calls[${i}]`, lose, options));
}
