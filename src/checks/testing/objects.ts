/**
 * Test-only factories for plausible API objects, built from the checks' own tables (status →
 * fields) so that they satisfy the spec-derived schemas. Never copied from recordings or examples.
 */
import { RUN_FIELD_PRESENCE, type RunField, type RunStatus } from '../run-states.ts';

const T0 = 1_800_000_000;
type O = Record<string, unknown>;

const FIELD_VALUE: Record<RunField, unknown> = {
  required_action: { type: 'submit_tool_outputs', submit_tool_outputs: { tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }] } },
  last_error: { code: 'server_error', message: 'Something went wrong.' },
  incomplete_details: { reason: 'max_completion_tokens' },
  usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
  completed_at: T0 + 3,
  failed_at: T0 + 3,
  cancelled_at: T0 + 3,
};

export function runObject(id: string, status: RunStatus, overrides: O = {}): O {
  const run: O = {
    id, object: 'thread.run', created_at: T0, assistant_id: 'asst_1', thread_id: 'thread_1', status,
    started_at: status === 'queued' ? null : T0 + 1, expires_at: T0 + 600, model: 'gpt-4o', instructions: 'Be brief.',
    tools: [], metadata: {}, temperature: 1, top_p: 1, max_prompt_tokens: null, max_completion_tokens: null,
    truncation_strategy: { type: 'auto', last_messages: null }, tool_choice: 'auto', parallel_tool_calls: true, response_format: 'auto',
  };
  for (const [f, table] of Object.entries(RUN_FIELD_PRESENCE) as [RunField, Record<RunStatus, string>][]) run[f] = table[status] === 'required' ? FIELD_VALUE[f] : null;
  return { ...run, ...overrides };
}

export type StepStatus = 'in_progress' | 'completed' | 'cancelled' | 'failed' | 'expired';

export function stepObject(id: string, runId: string, status: StepStatus, details: O, overrides: O = {}): O {
  return {
    id, object: 'thread.run.step', created_at: T0 + 1, assistant_id: 'asst_1', thread_id: 'thread_1', run_id: runId,
    type: details['type'], status, step_details: details, last_error: status === 'failed' ? FIELD_VALUE.last_error : null,
    expired_at: status === 'expired' ? T0 + 600 : null, cancelled_at: status === 'cancelled' ? T0 + 2 : null,
    failed_at: status === 'failed' ? T0 + 2 : null, completed_at: status === 'completed' ? T0 + 2 : null, metadata: {},
    usage: status === 'in_progress' ? null : FIELD_VALUE.usage, ...overrides,
  };
}

export function messageObject(id: string, runId: string | null, status: 'in_progress' | 'completed' | 'incomplete', text: string, overrides: O = {}): O {
  return {
    id, object: 'thread.message', created_at: T0 + 1, thread_id: 'thread_1', status,
    incomplete_details: status === 'incomplete' ? { reason: 'max_tokens' } : null,
    completed_at: status === 'completed' ? T0 + 2 : null, incomplete_at: status === 'incomplete' ? T0 + 2 : null,
    role: 'assistant', content: status === 'in_progress' ? [] : [{ type: 'text', text: { value: text, annotations: [] } }],
    assistant_id: 'asst_1', run_id: runId, attachments: [], metadata: {}, ...overrides,
  };
}

export function responseObject(id: string, status: string, output: O[] = [], overrides: O = {}): O {
  const done = status !== 'in_progress' && status !== 'queued';
  return {
    id, object: 'response', created_at: T0, status, completed_at: status === 'completed' ? T0 + 2 : null,
    error: status === 'failed' ? { code: 'server_error', message: 'The model failed.' } : null,
    incomplete_details: status === 'incomplete' ? { reason: 'max_output_tokens' } : null,
    instructions: null, max_output_tokens: null, model: 'gpt-4o', output, parallel_tool_calls: true,
    previous_response_id: null, reasoning: { effort: null, summary: null }, store: true, temperature: 1,
    text: { format: { type: 'text' } }, tool_choice: 'auto', tools: [], top_p: 1, truncation: 'disabled',
    usage: done ? { input_tokens: 5, input_tokens_details: { cached_tokens: 0 }, output_tokens: 3, output_tokens_details: { reasoning_tokens: 0 }, total_tokens: 8 } : null,
    user: null, metadata: {}, ...overrides,
  };
}
