/**
 * The Responses SSE stream, in the real service's order: response.created, (response.queued for
 * background), response.in_progress, then per output item its added → part/delta/done events →
 * output_item.done, then response.completed | response.incomplete | response.failed.
 * `sequence_number` counts from 0; each item type's events are a table entry (ITEM_EVENTS).
 * The frames carry `event:` lines; no `[DONE]` sentinel (the service sends none on this API).
 */
import { createHash } from 'node:crypto';
import type { SseFrame } from '../http.ts';
import { splitDeltas } from '../model/generate.ts';
import type { Item, Json } from '../conversations/items.ts';
import { responseObject, snapshot, type ResponseState } from './object.ts';
import type { TurnResult } from './output.ts';
import type { CreateParams } from './params.ts';
import { partialImages } from './tools/image-generation.ts';

type Ev = Json & { type: string };
/** A delta event: marked so the stream can spread `delay` over deltas and cut at `stall`. */
type Emitted = { ev: Ev; delta: boolean };

/** The service pads each delta with an `obfuscation` string; ours is deterministic. */
function obfuscation(delta: string, seed: string): string {
  const n = 16 - (delta.length % 16);
  return createHash('sha256').update(seed + delta).digest('base64').replace(/[^a-zA-Z0-9]/g, '').slice(0, n);
}

const d = (ev: Ev): Emitted => ({ ev, delta: true });
const e = (ev: Ev): Emitted => ({ ev, delta: false });

function deltas(text: string, n: number): string[] {
  return text.length ? splitDeltas(text, n) : [];
}

type ItemEvents = (item: Item, base: { output_index: number; item_id: string }, n: number, p: CreateParams) => Emitted[];

const ITEM_EVENTS: Record<string, ItemEvents> = {
  reasoning: (item, base, n) => {
    // Raw reasoning (gpt-oss-*): each reasoning_text content part, like an output_text part.
    const content = ((item['content'] as Json[] | undefined) ?? []).flatMap((part, content_index) => {
      const text = String(part['text'] ?? '');
      const at = { ...base, content_index };
      return [
        e({ type: 'response.content_part.added', ...at, part: { type: 'reasoning_text', text: '' } }),
        ...deltas(text, n).map((delta, k) => d({ type: 'response.reasoning_text.delta', ...at, delta, obfuscation: obfuscation(delta, `${base.item_id}c${content_index}${k}`) })),
        e({ type: 'response.reasoning_text.done', ...at, text }),
        e({ type: 'response.content_part.done', ...at, part: { type: 'reasoning_text', text } }),
      ];
    });
    const summary = (item['summary'] as Json[] | undefined) ?? [];
    return content.concat(summary.flatMap((part, summary_index) => {
      const text = String(part['text'] ?? '');
      const at = { item_id: base.item_id, output_index: base.output_index, summary_index };
      return [
        e({ type: 'response.reasoning_summary_part.added', ...at, part: { type: 'summary_text', text: '' } }),
        ...deltas(text, n).map((delta, k) => d({ type: 'response.reasoning_summary_text.delta', ...at, delta, obfuscation: obfuscation(delta, `${base.item_id}${summary_index}${k}`) })),
        e({ type: 'response.reasoning_summary_text.done', ...at, text }),
        e({ type: 'response.reasoning_summary_part.done', ...at, part: { type: 'summary_text', text } }),
      ];
    }));
  },
  file_search_call: (_item, base) => [
    e({ type: 'response.file_search_call.in_progress', ...base }),
    e({ type: 'response.file_search_call.searching', ...base }),
    e({ type: 'response.file_search_call.completed', ...base }),
  ],
  web_search_call: (_item, base) => [
    e({ type: 'response.web_search_call.in_progress', ...base }),
    e({ type: 'response.web_search_call.searching', ...base }),
    e({ type: 'response.web_search_call.completed', ...base }),
  ],
  image_generation_call: (item, base, _n, p) => {
    const tool = p.tools.find((t) => t['type'] === 'image_generation') ?? {};
    const used = { size: item['size'], quality: item['quality'], background: item['background'], output_format: item['output_format'] };
    return [
      e({ type: 'response.image_generation_call.in_progress', ...base }),
      e({ type: 'response.image_generation_call.generating', ...base }),
      ...partialImages(String(item['revised_prompt'] ?? ''), Number(tool['partial_images'] ?? 0)).map((partial_image_b64, partial_image_index) =>
        e({ type: 'response.image_generation_call.partial_image', ...base, partial_image_index, partial_image_b64, ...used }),
      ),
      e({ type: 'response.image_generation_call.completed', ...base }),
    ];
  },
  mcp_list_tools: (item, base) => [
    e({ type: 'response.mcp_list_tools.in_progress', ...base }),
    e({ type: item['error'] ? 'response.mcp_list_tools.failed' : 'response.mcp_list_tools.completed', ...base }),
  ],
  mcp_call: (item, base, n) => {
    const args = String(item['arguments'] ?? '');
    return [
      e({ type: 'response.mcp_call.in_progress', ...base }),
      ...deltas(args, n).map((delta, k) => d({ type: 'response.mcp_call_arguments.delta', ...base, delta, obfuscation: obfuscation(delta, `${base.item_id}${k}`) })),
      e({ type: 'response.mcp_call_arguments.done', ...base, arguments: args }),
      e({ type: item['status'] === 'failed' ? 'response.mcp_call.failed' : 'response.mcp_call.completed', ...base }),
    ];
  },
  // Simulated shell (tools/shell.ts): the command events carry no item_id (spec).
  shell_call: (item, base, n) =>
    ((((item['action'] ?? {}) as Json)['commands'] as string[] | undefined) ?? []).flatMap((command, command_index) => {
      const at = { output_index: base.output_index, command_index };
      return [
        e({ type: 'response.shell_call_command.added', ...at, command: '' }),
        ...deltas(command, n).map((delta, k) => d({ type: 'response.shell_call_command.delta', ...at, delta, obfuscation: obfuscation(delta, `${base.item_id}${command_index}${k}`) })),
        e({ type: 'response.shell_call_command.done', ...at, command }),
      ];
    }),
  shell_call_output: (item, base, n) =>
    ((item['output'] as Json[] | undefined) ?? []).flatMap((content, command_index) => {
      const at = { ...base, command_index };
      return [
        ...deltas(String(content['stdout'] ?? ''), n).map((stdout) => d({ type: 'response.shell_call_output_content.delta', ...at, delta: { stdout, stderr: '' } })),
        e({ type: 'response.shell_call_output_content.done', ...at, output: [content] }),
      ];
    }),
  code_interpreter_call: (item, base, n) => {
    const code = String(item['code'] ?? '');
    return [
      e({ type: 'response.code_interpreter_call.in_progress', ...base }),
      ...deltas(code, n).map((delta, k) => d({ type: 'response.code_interpreter_call_code.delta', ...base, delta, obfuscation: obfuscation(delta, `${base.item_id}${k}`) })),
      e({ type: 'response.code_interpreter_call_code.done', ...base, code }),
      e({ type: 'response.code_interpreter_call.interpreting', ...base }),
      e({ type: 'response.code_interpreter_call.completed', ...base }),
    ];
  },
  function_call: (item, base, n) => {
    const args = String(item['arguments'] ?? '');
    return [
      ...deltas(args, n).map((delta, k) => d({ type: 'response.function_call_arguments.delta', ...base, delta, obfuscation: obfuscation(delta, `${base.item_id}${k}`) })),
      e({ type: 'response.function_call_arguments.done', ...base, arguments: args }),
    ];
  },
  custom_tool_call: (item, base, n) => {
    const input = String(item['input'] ?? '');
    return [
      ...deltas(input, n).map((delta, k) => d({ type: 'response.custom_tool_call_input.delta', ...base, delta, obfuscation: obfuscation(delta, `${base.item_id}${k}`) })),
      e({ type: 'response.custom_tool_call_input.done', ...base, input }),
    ];
  },
  message: (item, base, n) =>
    ((item['content'] as Json[] | undefined) ?? []).flatMap((part, content_index) => {
      const at = { ...base, content_index };
      if (part['type'] === 'refusal') {
        const refusal = String(part['refusal'] ?? '');
        return [
          e({ type: 'response.content_part.added', ...at, part: { type: 'refusal', refusal: '' } }),
          ...deltas(refusal, n).map((delta) => d({ type: 'response.refusal.delta', ...at, delta })),
          e({ type: 'response.refusal.done', ...at, refusal }),
          e({ type: 'response.content_part.done', ...at, part }),
        ];
      }
      const text = String(part['text'] ?? '');
      const annotations = (part['annotations'] as Json[] | undefined) ?? [];
      return [
        e({ type: 'response.content_part.added', ...at, part: { type: 'output_text', annotations: [], logprobs: [], text: '' } }),
        ...deltas(text, n).map((delta, k) => d({ type: 'response.output_text.delta', ...at, delta, logprobs: [], obfuscation: obfuscation(delta, `${base.item_id}${content_index}${k}`) })),
        ...annotations.map((annotation, annotation_index) => e({ type: 'response.output_text.annotation.added', ...at, annotation_index, annotation })),
        e({ type: 'response.output_text.done', ...at, text, logprobs: [] }),
        e({ type: 'response.content_part.done', ...at, part }),
      ];
    }),
};

/** The item as `output_item.added` shows it: in progress, before any content. */
const ADDED: Record<string, (item: Item) => Item> = {
  reasoning: (item) => ({ ...item, ...(item['content'] === undefined ? {} : { content: [] }), summary: [] }),
  file_search_call: (item) => ({ ...item, status: 'in_progress', queries: [], results: null }),
  code_interpreter_call: (item) => ({ ...item, status: 'in_progress', code: '', outputs: null }),
  function_call: (item) => ({ ...item, status: 'in_progress', arguments: '' }),
  custom_tool_call: (item) => ({ ...item, status: 'in_progress', input: '' }),
  // Real traffic: the added web_search_call has no action yet.
  web_search_call: (item) => ({ id: item.id, type: item.type, status: 'in_progress' }),
  image_generation_call: (item) => ({ id: item.id, type: item.type, status: 'in_progress', result: null }),
  mcp_list_tools: (item) => ({ id: item.id, type: item.type, server_label: item['server_label'], tools: [] }),
  mcp_call: (item) => ({ ...item, status: 'in_progress', arguments: '', error: null, output: null }),
  shell_call: (item) => ({ ...item, status: 'in_progress', action: { ...((item['action'] ?? {}) as Json), commands: [] } }),
  shell_call_output: (item) => ({ ...item, status: 'in_progress', output: [] }),
  message: (item) => ({ ...item, status: 'in_progress', content: [] }),
};

const TERMINAL: Record<TurnResult['status'], string> = { completed: 'response.completed', incomplete: 'response.incomplete', failed: 'response.failed' };

/** Every event of one streamed response, in order (without sequence numbers). */
export function streamEvents(p: CreateParams, final: ResponseState, result: TurnResult): Emitted[] {
  const open: ResponseState = { ...final, status: 'in_progress', completedAt: null, output: [], usage: null, error: null, incompleteDetails: null };
  const out: Emitted[] = [];
  if (p.background) {
    const queued = responseObject(p, { ...open, status: 'queued' });
    out.push(e({ type: 'response.created', response: queued }), e({ type: 'response.queued', response: snapshot(queued) }));
  } else {
    out.push(e({ type: 'response.created', response: responseObject(p, open) }));
  }
  out.push(e({ type: 'response.in_progress', response: responseObject(p, open) }));
  final.output.forEach((item, output_index) => {
    const base = { output_index, item_id: item.id };
    out.push(e({ type: 'response.output_item.added', output_index, item: (ADDED[item.type] ?? ((x: Item) => x))(snapshot(item)) }));
    out.push(...(ITEM_EVENTS[item.type]?.(item, base, result.deltaCount, p) ?? []));
    out.push(e({ type: 'response.output_item.done', output_index, item: snapshot(item) }));
  });
  out.push(e({ type: TERMINAL[result.status], response: responseObject(p, snapshot(final)) }));
  return out;
}

/** SSE frames: sequence numbers from 0, `delay` spread over the deltas, `stall` cuts the stream after the last delta. */
export function streamFrames(p: CreateParams, final: ResponseState, result: TurnResult): SseFrame[] {
  let events = streamEvents(p, final, result);
  if (result.stall) {
    const lastDelta = events.map((x) => x.delta).lastIndexOf(true);
    events = events.slice(0, lastDelta === -1 ? 2 : lastDelta + 1);
  }
  const deltaCount = events.filter((x) => x.delta).length;
  const perDelta = deltaCount ? Math.round(Math.min(result.delayMs, 30_000) / deltaCount) : 0;
  return events.map(({ ev, delta }, sequence_number) => {
    const { type, ...rest } = ev;
    if (!p.obfuscation) delete rest['obfuscation'];
    const frame: SseFrame = { event: type, data: JSON.stringify({ type, sequence_number, ...rest }) };
    if (delta && perDelta > 0) frame.delayMs = perDelta;
    return frame;
  });
}
