/**
 * An assistant → the configuration a prompt (or each response) carries: model, instructions,
 * tools with their resources, temperature, top_p, response_format → text.format. Name,
 * description and metadata have no place in a response; they are reported.
 */
import type { ResponseCreateParamsNonStreaming, ResponseFormatTextConfig } from 'openai/resources/responses/responses';
import type { AssistantResponseFormatOption } from 'openai/resources/beta/threads/threads';
import { arr, obj, str } from './guards.ts';
import { LossReport, type Loss } from './losses.ts';
import { convertTool } from './tools.ts';
import type { Assistant } from './wire-assistants.ts';

export type PromptConfig = Pick<ResponseCreateParamsNonStreaming, 'model' | 'instructions' | 'tools' | 'temperature' | 'top_p' | 'text'>;

export interface ConfigResult<T> {
  config: T;
  losses: Loss[];
}

/** response_format → text.format ('auto' and absent give no text config). */
export function convertResponseFormat(rf: AssistantResponseFormatOption | null | undefined): ResponseFormatTextConfig | undefined {
  if (rf === undefined || rf === null || rf === 'auto') return undefined;
  if (rf.type === 'json_schema') {
    const js = rf.json_schema;
    const out: ResponseFormatTextConfig = { type: 'json_schema', name: js.name, schema: (js.schema ?? {}) as Record<string, unknown> };
    if (js.description !== undefined) out.description = js.description;
    if (js.strict !== undefined) out.strict = js.strict;
    return out;
  }
  return { type: rf.type };
}

export function convertAssistant(input: unknown, options: { containerId?: string } = {}): ConfigResult<PromptConfig> {
  const a = obj(input, 'assistant');
  str(a['model'], 'assistant.model');
  arr(a['tools'] ?? [], 'assistant.tools');
  const asst = a as unknown as Assistant;
  const report = new LossReport();
  const lose = (l: Loss) => report.add(l);
  const config: PromptConfig = {
    model: asst.model,
    instructions: asst.instructions ?? null,
    tools: (asst.tools ?? []).map((t, i) => convertTool(t, asst.tool_resources, `assistant.tools[${i}]`, lose, options.containerId)),
  };
  if (asst.temperature !== undefined && asst.temperature !== null) config.temperature = asst.temperature;
  if (asst.top_p !== undefined && asst.top_p !== null) config.top_p = asst.top_p;
  const format = convertResponseFormat(asst.response_format);
  if (format) config.text = { format };
  for (const field of ['name', 'description'] as const) {
    if (asst[field]) lose({ code: 'ASSISTANT_FIELD', where: `assistant.${field}`, what: JSON.stringify(asst[field]), why: 'a response has no name or description', hint: 'give the prompt this name in the dashboard' });
  }
  if (asst.metadata && Object.keys(asst.metadata).length) lose({ code: 'ASSISTANT_FIELD', where: 'assistant.metadata', what: JSON.stringify(asst.metadata), why: 'prompts carry no metadata; responses take per-request metadata', hint: 'pass it as response metadata if you need it per request' });
  return { config, losses: report.losses };
}
