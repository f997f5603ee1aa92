/**
 * Test-only: valid Responses streams generated from the grammar's vocabulary (never copied from
 * recordings), numbered with consecutive sequence_number.
 */
import { responseObject } from './objects.ts';

type O = Record<string, unknown>;
export type Ev = { event: string; data: O };

export type OutputSpec =
  | { kind: 'text'; chunks: readonly string[] }
  | { kind: 'function_call'; chunks: readonly string[] }
  | { kind: 'reasoning'; summaries: readonly (readonly string[])[] };

const itemId = (kind: string, i: number) => `${kind === 'text' ? 'msg' : kind === 'function_call' ? 'fc' : 'rs'}_${i}`;

function finalItem(spec: OutputSpec, i: number, status: string): O {
  const id = itemId(spec.kind, i);
  if (spec.kind === 'text') return { type: 'message', id, role: 'assistant', status, content: [{ type: 'output_text', text: spec.chunks.join(''), annotations: [], logprobs: [] }] };
  if (spec.kind === 'function_call') return { type: 'function_call', id, call_id: `call_${i}`, name: 'lookup', arguments: spec.chunks.join(''), status };
  return { type: 'reasoning', id, summary: spec.summaries.map((s) => ({ type: 'summary_text', text: s.join('') })) };
}

function openItem(spec: OutputSpec, i: number): O {
  const f = finalItem(spec, i, 'in_progress');
  if (spec.kind === 'text') return { ...f, content: [] };
  if (spec.kind === 'function_call') return { ...f, arguments: '' };
  return { ...f, summary: [] };
}

function itemEvents(spec: OutputSpec, i: number, status: string): Ev[] {
  const id = itemId(spec.kind, i);
  const at = { item_id: id, output_index: i };
  const out: { event: string; data: O }[] = [{ event: 'response.output_item.added', data: { output_index: i, item: openItem(spec, i) } }];
  if (spec.kind === 'text') {
    const text = spec.chunks.join('');
    out.push({ event: 'response.content_part.added', data: { ...at, content_index: 0, part: { type: 'output_text', text: '', annotations: [] } } });
    for (const c of spec.chunks) out.push({ event: 'response.output_text.delta', data: { ...at, content_index: 0, delta: c, logprobs: [] } });
    out.push({ event: 'response.output_text.done', data: { ...at, content_index: 0, text, logprobs: [] } });
    out.push({ event: 'response.content_part.done', data: { ...at, content_index: 0, part: { type: 'output_text', text, annotations: [] } } });
  } else if (spec.kind === 'function_call') {
    for (const c of spec.chunks) out.push({ event: 'response.function_call_arguments.delta', data: { ...at, delta: c } });
    out.push({ event: 'response.function_call_arguments.done', data: { ...at, name: 'lookup', arguments: spec.chunks.join('') } });
  } else {
    spec.summaries.forEach((s, si) => {
      out.push({ event: 'response.reasoning_summary_part.added', data: { ...at, summary_index: si, part: { type: 'summary_text', text: '' } } });
      for (const c of s) out.push({ event: 'response.reasoning_summary_text.delta', data: { ...at, summary_index: si, delta: c } });
      out.push({ event: 'response.reasoning_summary_text.done', data: { ...at, summary_index: si, text: s.join('') } });
      out.push({ event: 'response.reasoning_summary_part.done', data: { ...at, summary_index: si, part: { type: 'summary_text', text: s.join('') } } });
    });
  }
  out.push({ event: 'response.output_item.done', data: { output_index: i, item: finalItem(spec, i, status) } });
  return out;
}

/** created → in_progress → items → completed | incomplete | failed, numbered from 0. */
export function responseStreamEvents(outputs: readonly OutputSpec[], ending: 'completed' | 'incomplete' | 'failed' = 'completed', id = 'resp_1'): Ev[] {
  const itemStatus = ending === 'completed' ? 'completed' : 'incomplete';
  const items = outputs.flatMap((o, i) => itemEvents(o, i, itemStatus));
  const final = outputs.map((o, i) => finalItem(o, i, itemStatus));
  const events: { event: string; data: O }[] = [
    { event: 'response.created', data: { response: responseObject(id, 'in_progress') } },
    { event: 'response.in_progress', data: { response: responseObject(id, 'in_progress') } },
    ...items,
    { event: `response.${ending}`, data: { response: responseObject(id, ending, final) } },
  ];
  return events.map((e, n) => ({ event: e.event, data: { type: e.event, sequence_number: n, ...e.data } }));
}
