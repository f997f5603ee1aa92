/**
 * Run parameters (+ the assistant's config) → `responses.create` parameters:
 * instructions (run.instructions ?? assistant's, + "\n" + additional_instructions),
 * max_completion_tokens → max_output_tokens, truncation_strategy → truncation, tool_choice,
 * parallel_tool_calls, reasoning_effort → reasoning.effort, response_format → text.format,
 * tools (with the assistant's and thread's tool resources), additional_messages → input.
 */
import type { ResponseCreateParamsNonStreaming, ToolChoiceFunction, ToolChoiceOptions, ToolChoiceTypes } from 'openai/resources/responses/responses';
import type { AssistantToolChoiceOption } from 'openai/resources/beta/threads/threads';
import { ConversionError } from './conversion-error.ts';
import { obj } from './guards.ts';
import { LossReport, type Loss } from './losses.ts';
import { convertMessage } from './message.ts';
import { parseMessage } from './parse.ts';
import { convertResponseFormat, type ConfigResult, type PromptConfig } from './prompt-config.ts';
import { convertTool, type ToolResources } from './tools.ts';
import type { RunParams } from './wire-assistants.ts';

export type ResponseParams = Omit<ResponseCreateParamsNonStreaming, 'model'> & { model?: ResponseCreateParamsNonStreaming['model'] };

export function convertToolChoice(tc: AssistantToolChoiceOption, where: string): ToolChoiceOptions | ToolChoiceFunction | ToolChoiceTypes {
  if (typeof tc === 'string') return tc;
  if (tc.type === 'function') {
    if (!tc.function?.name) throw new ConversionError(`${where}.function.name`, 'a function tool_choice needs a function name', { subject: 'the run parameters' });
    return { type: 'function', name: tc.function.name };
  }
  return { type: tc.type };
}

export interface RunContext {
  /** The assistant's converted config (model, instructions, tools…), the base the run overrides. */
  base?: PromptConfig;
  /** The assistant's tool resources merged with the thread's: used when the run overrides tools. */
  resources?: ToolResources | null;
  /** The conversation the response continues. */
  conversation?: string;
  containerId?: string;
}

export function convertRunParams(input: unknown, ctx: RunContext = {}): ConfigResult<ResponseParams> {
  const run = obj(input, 'run') as unknown as RunParams;
  const report = new LossReport();
  const lose = (l: Loss) => report.add(l);
  const out: ResponseParams = { ...(ctx.base ?? {}) } as ResponseParams;
  if (ctx.conversation) out.conversation = ctx.conversation;
  if (run.model) out.model = run.model;
  const instructions = run.instructions ?? ctx.base?.instructions ?? null;
  out.instructions = run.additional_instructions ? (instructions ? `${instructions}\n${run.additional_instructions}` : run.additional_instructions) : instructions;
  if (run.tools) out.tools = run.tools.map((t, i) => convertTool(t, ctx.resources, `run.tools[${i}]`, lose, ctx.containerId));
  if (run.temperature !== undefined && run.temperature !== null) out.temperature = run.temperature;
  if (run.top_p !== undefined && run.top_p !== null) out.top_p = run.top_p;
  const format = convertResponseFormat(run.response_format);
  if (format) out.text = { format };
  if (run.max_completion_tokens !== undefined && run.max_completion_tokens !== null) out.max_output_tokens = run.max_completion_tokens;
  if (run.max_prompt_tokens !== undefined && run.max_prompt_tokens !== null) lose({ code: 'RUN_FIELD', where: 'run.max_prompt_tokens', what: String(run.max_prompt_tokens), why: 'Responses has no prompt-token cap', hint: 'trim the conversation yourself, or rely on truncation: "auto"' });
  const ts = run.truncation_strategy;
  if (!ts || ts.type === 'auto') out.truncation = 'auto';
  else lose({ code: 'RUN_FIELD', where: 'run.truncation_strategy', what: `last_messages ${ts.last_messages ?? ''}`.trim(), why: 'Responses truncation is auto or disabled; it cannot keep the last N messages', hint: 'send only the last N items as input (without conversation) to keep that behaviour' });
  if (run.tool_choice !== undefined && run.tool_choice !== null) out.tool_choice = convertToolChoice(run.tool_choice, 'run.tool_choice');
  if (run.parallel_tool_calls !== undefined) out.parallel_tool_calls = run.parallel_tool_calls;
  if (run.reasoning_effort !== undefined && run.reasoning_effort !== null) out.reasoning = { effort: run.reasoning_effort };
  if (run.metadata) out.metadata = { ...run.metadata };
  if (run.additional_messages?.length) {
    out.input = run.additional_messages.map((m, i) => {
      const content = typeof m.content === 'string' ? [{ type: 'text', text: { value: m.content, annotations: [] } }] : m.content.map((p) => (p.type === 'text' ? { type: 'text', text: { value: p.text, annotations: [] } } : p));
      const msg = parseMessage({ id: `additional_messages[${i}]`, role: m.role, content, attachments: m.attachments ?? null, metadata: m.metadata ?? null }, `run.additional_messages[${i}]`);
      return convertMessage(msg, i, lose, { assistantShape: 'plain' });
    });
  }
  return { config: out, losses: report.losses };
}
