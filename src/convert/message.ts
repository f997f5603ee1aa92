/**
 * One thread message → one conversation item. User turns: `{type:'message', role:'user',
 * content: input_text | input_image}`. Assistant turns: an OutputMessage (id = the message id,
 * status, output_text with annotations, refusal), or plain content (one string). The service
 * takes only output_text and refusal in assistant turns, so their images are reported, not sent.
 * Metadata, attachments and incomplete details are reported.
 */
import { toInputContent, toOutputContent } from './content.ts';
import { brief, hasKeys, type Loss } from './losses.ts';
import type { ConvertOptions } from './options.ts';
import type { Message, MessageContent } from './wire-assistants.ts';
import type { InputMessageItem, OutputMessageItem, PlainMessageItem } from './wire-conversations.ts';

type Sink = (loss: Loss) => void;
type TextOrRefusal = Extract<MessageContent, { type: 'text' | 'refusal' }>;

const isTextOrRefusal = (p: MessageContent): p is TextOrRefusal => p.type === 'text' || p.type === 'refusal';

export const messageWhere = (index: number, m: Pick<Message, 'id'>): string => `messages[${index}](${m.id})`;

function reportMessageLosses(m: Message, where: string, lose: Sink, statusKept: boolean): void {
  if (hasKeys(m.metadata)) {
    lose({ code: 'MESSAGE_METADATA', where: `${where}.metadata`, what: brief(m.metadata, 200), why: 'conversation items have no metadata', hint: 'keep it in your own store keyed by the item position, or in conversation metadata' });
  }
  if (m.attachments?.length) m.attachments.forEach((a, i) => {
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
    lose({ code: 'MESSAGE_STATUS', where: `${where}.status`, what: `status ${m.status}`, why: 'this item shape has no status' });
  }
}

function assistantParts(m: Message, where: string, lose: Sink): { part: TextOrRefusal; index: number }[] {
  const out: { part: TextOrRefusal; index: number }[] = [];
  m.content.forEach((p, i) => {
    if (isTextOrRefusal(p)) out.push({ part: p, index: i });
    else lose({ code: 'ASSISTANT_IMAGE', where: `${where}.content[${i}]`, what: p.type === 'image_file' ? `image file ${p.image_file.file_id}` : `image ${brief(p.image_url.url)}`, why: 'assistant turns take only output_text and refusal (the service rejects input_image there)', hint: 'link the image in the text, or repeat it in the next user turn if the model must see it' });
  });
  return out;
}

function plainText(parts: { part: TextOrRefusal; index: number }[], where: string, lose: Sink): string {
  if (parts.length > 1) lose({ code: 'PARTS_MERGED', where, what: `${parts.length} parts`, why: 'plain content is one string; the parts are joined with a blank line', hint: 'use --assistant-shape output_message to keep them apart' });
  return parts.map(({ part, index }) => {
    if (part.type === 'refusal') {
      lose({ code: 'REFUSAL_AS_TEXT', where: `${where}.content[${index}]`, what: 'the refusal kind', why: 'plain content has no refusal part; its text is kept' });
      return part.refusal;
    }
    if (part.text.annotations.length) lose({ code: 'ANNOTATION_DROPPED', where: `${where}.content[${index}].text.annotations`, what: `${part.text.annotations.length} annotation(s)`, why: 'plain content has no annotations', hint: 'use --assistant-shape output_message to keep them' });
    return part.text.value;
  }).join('\n\n');
}

export function convertMessage(m: Message, index: number, lose: Sink, options: ConvertOptions = {}): InputMessageItem | OutputMessageItem | PlainMessageItem {
  const where = messageWhere(index, m);
  if (m.role === 'user') {
    reportMessageLosses(m, where, lose, false);
    return { type: 'message', role: 'user', content: m.content.map((p, i) => toInputContent(p, () => `${where}.content[${i}]`, lose)) };
  }
  const parts = assistantParts(m, where, lose);
  if (options.assistantShape === 'plain') {
    reportMessageLosses(m, where, lose, false);
    return { type: 'message', role: 'assistant', content: plainText(parts, where, lose) };
  }
  reportMessageLosses(m, where, lose, true);
  return { type: 'message', id: m.id, role: 'assistant', status: m.status ?? 'completed', content: parts.map(({ part, index: i }) => toOutputContent(part, () => `${where}.content[${i}]`, lose, options)) };
}
