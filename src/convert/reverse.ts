/**
 * Conversation items → thread messages: the other direction, for round-trip checks and for
 * teams that must keep an Assistants copy. Messages map back one to one; tool-call items have no
 * place in a thread's messages (they are run steps there) and are reported.
 */
import { LossReport, type Loss } from './losses.ts';
import type { Annotation, Message, MessageContent } from './wire-assistants.ts';
import type { ConvertedItem, OutputText, ResponseInputImage } from './wire-conversations.ts';

export interface ReverseResult {
  messages: Message[];
  losses: Loss[];
}

type Detail = 'auto' | 'low' | 'high';

function detailOf(img: ResponseInputImage, where: string, lose: (l: Loss) => void): Detail {
  if (img.detail === 'original') {
    lose({ code: 'IMAGE_DETAIL', where, what: 'detail original', why: 'Assistants images take auto, low or high; auto is used' });
    return 'auto';
  }
  return img.detail;
}

function annotationBack(a: OutputText['annotations'][number]): Annotation {
  return a.type === 'file_path'
    ? { type: 'file_path', text: '', start_index: a.index, end_index: a.index, file_path: { file_id: a.file_id } }
    : { type: 'file_citation', text: '', start_index: a.index, end_index: a.index, file_citation: { file_id: a.file_id } };
}

export function itemsToMessages(items: readonly ConvertedItem[], threadId = 'thread_from_conversation'): ReverseResult {
  const report = new LossReport();
  const lose = (l: Loss) => report.add(l);
  const messages: Message[] = [];
  items.forEach((item, i) => {
    const where = `items[${i}]`;
    if (item.type !== 'message') {
      lose({ code: 'ITEM_NOT_A_MESSAGE', where, what: item.type, why: 'thread messages hold no tool calls (they are run steps of a run)' });
      return;
    }
    const parts = typeof item.content === 'string' ? [{ type: 'input_text' as const, text: item.content }] : item.content;
    const content: MessageContent[] = parts.map((p, j): MessageContent => {
      switch (p.type) {
        case 'input_text': return { type: 'text', text: { value: p.text, annotations: [] } };
        case 'output_text': return { type: 'text', text: { value: p.text, annotations: p.annotations.map(annotationBack) } };
        case 'refusal': return { type: 'refusal', refusal: p.refusal };
        case 'input_image': {
          const detail = detailOf(p, `${where}.content[${j}]`, lose);
          return p.file_id ? { type: 'image_file', image_file: { file_id: p.file_id, detail } } : { type: 'image_url', image_url: { url: p.image_url ?? '', detail } };
        }
      }
    });
    messages.push({
      id: 'id' in item ? item.id : `msg_from_item_${i}`,
      object: 'thread.message',
      created_at: i,
      thread_id: threadId,
      role: item.role,
      content,
      assistant_id: null,
      run_id: null,
      attachments: [],
      metadata: {},
      status: 'status' in item ? item.status : 'completed',
      completed_at: null,
      incomplete_at: null,
      incomplete_details: null,
    });
  });
  return { messages, losses: report.losses };
}
