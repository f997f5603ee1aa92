/**
 * One thread message → one conversation item. User turns: `{type:'message', role:'user',
 * content: input_text | input_image}`. Assistant turns: an OutputMessage (id = the message id,
 * status, output_text with annotations, refusal) or, when they hold images or the caller asks
 * for it, plain input content. Metadata, attachments and incomplete details are reported.
 */
import { toInputContent, toOutputContent } from './content.ts';
import type { Loss } from './losses.ts';
import type { ConvertOptions } from './options.ts';
import type { Message, MessageContent } from './wire-assistants.ts';
import type { InputMessageItem, OutputMessageItem } from './wire-conversations.ts';

type Sink = (loss: Loss) => void;
type TextOrRefusal = Extract<MessageContent, { type: 'text' | 'refusal' }>;

const isTextOrRefusal = (p: MessageContent): p is TextOrRefusal => p.type === 'text' || p.type === 'refusal';

export const messageWhere = (index: number, m: Pick<Message, 'id'>): string => `messages[${index}](${m.id})`;

function reportMessageLosses(m: Message, where: string, lose: Sink, statusKept: boolean): void {
  if (m.metadata && Object.keys(m.metadata).length > 0) {
    lose({ code: 'MESSAGE_METADATA', where: `${where}.metadata`, what: JSON.stringify(m.metadata), why: 'conversation items have no metadata', hint: 'keep it in your own store keyed by the item position, or in conversation metadata' });
  }
  (m.attachments ?? []).forEach((a, i) => {
    const tools = (a.tools ?? []).map((t) => t.type);
    lose({
      code: 'ATTACHMENT',
      where: `${where}.attachments[${i}]`,
      what: `file ${a.file_id ?? '(none)'} for ${tools.join(', ') || 'no tool'}`,
      why: 'conversation items have no attachments',
      hint: [tools.includes('file_search') ? 'add the file to a vector store and pass it in file_search vector_store_ids' : '', tools.includes('code_interpreter') ? 'add the file to the code interpreter container (container.file_ids)' : ''].filter(Boolean).join('; ') || 'attach the file to the tool that needs it',
    });
  });
  if (m.incomplete_details) {
    lose({ code: 'MESSAGE_STATUS', where: `${where}.incomplete_details`, what: `reason ${m.incomplete_details.reason}`, why: 'items carry a status but no reason' });
  }
  if (!statusKept && m.status !== undefined && m.status !== 'completed') {
    lose({ code: 'MESSAGE_STATUS', where: `${where}.status`, what: `status ${m.status}`, why: 'input content messages have no status' });
  }
}

export function convertMessage(m: Message, index: number, lose: Sink, options: ConvertOptions = {}): InputMessageItem | OutputMessageItem {
  const where = messageWhere(index, m);
  const asOutput = m.role === 'assistant' && (options.assistantShape ?? 'output_message') === 'output_message';
  const textOnly = m.content.every(isTextOrRefusal);
  if (asOutput && textOnly) {
    reportMessageLosses(m, where, lose, true);
    return {
      type: 'message',
      id: m.id,
      role: 'assistant',
      status: m.status ?? 'completed',
      content: (m.content as TextOrRefusal[]).map((p, i) => toOutputContent(p, `${where}.content[${i}]`, lose, options)),
    };
  }
  if (asOutput) {
    lose({ code: 'ASSISTANT_AS_INPUT_CONTENT', where, what: 'the output-message shape (id, status)', why: 'an OutputMessage holds only output_text and refusal, and this assistant turn has images; it is sent as plain input content' });
  }
  reportMessageLosses(m, where, lose, false);
  return { type: 'message', role: m.role, content: m.content.map((p, i) => toInputContent(p, `${where}.content[${i}]`, lose)) };
}
