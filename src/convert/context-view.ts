/**
 * What the model sees of a thread and of a conversation, by the project's context rule
 * (BRIEF: text / input_text / output_text → text; image_file and input_image file_id →
 * `file:<id>`; image_url and input_image image_url → `url:<url>`; refusal → its text;
 * attachments do not enter the context). Two sides that give the same turns give the same reply.
 */
import type { ContextPart, ContextTurn } from '../emulator/model/context.ts';
import type { Message, MessageContent, RunStep } from './wire-assistants.ts';
import type { ConvertedItem } from './wire-conversations.ts';

export function partOfMessageContent(p: MessageContent): ContextPart {
  switch (p.type) {
    case 'text': return { type: 'text', text: p.text.value };
    case 'refusal': return { type: 'text', text: p.refusal };
    case 'image_file': return { type: 'image', ref: `file:${p.image_file.file_id}` };
    case 'image_url': return { type: 'image', ref: `url:${p.image_url.url}` };
  }
}

export function turnsOfMessages(messages: Iterable<Message>): ContextTurn[] {
  const out: ContextTurn[] = [];
  for (const m of messages) out.push({ kind: 'message', message: { role: m.role, parts: m.content.map(partOfMessageContent) } });
  return out;
}

/** Function calls and outputs of tool_calls steps, in step order. */
export function turnsOfSteps(steps: Iterable<RunStep>): ContextTurn[] {
  const out: ContextTurn[] = [];
  for (const s of steps) {
    if (s.step_details.type !== 'tool_calls') continue;
    for (const tc of s.step_details.tool_calls) {
      if (tc.type !== 'function') continue;
      out.push({ kind: 'tool_call', call: { callId: tc.id, name: tc.function.name, arguments: tc.function.arguments } });
      if (tc.function.output !== null && tc.function.output !== undefined) out.push({ kind: 'tool_output', output: { callId: tc.id, output: tc.function.output } });
    }
  }
  return out;
}

type AnyPart = { type: string; text?: string; refusal?: string; file_id?: string | null; image_url?: string | null };

function partOfItemContent(p: AnyPart): ContextPart | null {
  if (p.type === 'input_text' || p.type === 'output_text') return { type: 'text', text: p.text ?? '' };
  if (p.type === 'refusal') return { type: 'text', text: p.refusal ?? '' };
  if (p.type === 'input_image') return { type: 'image', ref: p.file_id ? `file:${p.file_id}` : `url:${p.image_url ?? ''}` };
  return null;
}

/** Items in the shape the converter writes (and the guide's snippet's loose `{role, content}`). */
export function turnsOfItems(items: Iterable<ConvertedItem | { role: string; content: unknown; type?: string }>): ContextTurn[] {
  const out: ContextTurn[] = [];
  for (const it of items) {
    const type = (it as { type?: string }).type ?? 'message';
    if (type === 'message') {
      const m = it as { role: 'user' | 'assistant'; content: string | AnyPart[] };
      const parts = typeof m.content === 'string' ? [{ type: 'text' as const, text: m.content }] : m.content.map(partOfItemContent).filter((p): p is ContextPart => p !== null);
      out.push({ kind: 'message', message: { role: m.role, parts } });
    } else if (type === 'function_call') {
      const c = it as { call_id: string; name: string; arguments: string };
      out.push({ kind: 'tool_call', call: { callId: c.call_id, name: c.name, arguments: c.arguments } });
    } else if (type === 'function_call_output') {
      const o = it as { call_id?: string | null; output: unknown };
      out.push({ kind: 'tool_output', output: { callId: o.call_id ?? '', output: typeof o.output === 'string' ? o.output : JSON.stringify(o.output) } });
    }
  }
  return out;
}
