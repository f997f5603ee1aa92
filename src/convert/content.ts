/**
 * One Assistants message content part → Responses content, per target shape. Context rule:
 * text → text, image_file → file ref, image_url → url ref, refusal → its text; the shapes below
 * keep exactly that, so the model sees the same turn under both APIs.
 */
import { brief, type Loss } from './losses.ts';
import type { ConvertOptions } from './options.ts';
import type { Annotation, MessageContent } from './wire-assistants.ts';
import type { OutputText, ResponseInputImage, ResponseInputText, ResponseOutputRefusal } from './wire-conversations.ts';

type Sink = (loss: Loss) => void;
/** Paths are built only when a loss is reported (conversion stays allocation-light). */
export type Where = () => string;

export function toInputContent(part: MessageContent, where: Where, lose: Sink): ResponseInputText | ResponseInputImage {
  switch (part.type) {
    case 'text':
      if (part.text.annotations?.length) {
        lose({ code: 'ANNOTATION_DROPPED', where: `${where()}.text.annotations`, what: `${part.text.annotations.length} annotation(s): ${part.text.annotations.map((a) => `${a.type} ${fileOf(a)}`).join(', ')}`, why: 'input_text has no annotations', hint: 'write assistant turns as output messages (--assistant-shape output_message) to keep them' });
      }
      return { type: 'input_text', text: part.text.value };
    case 'image_file':
      return { type: 'input_image', file_id: part.image_file.file_id, detail: part.image_file.detail ?? 'auto' };
    case 'image_url':
      return { type: 'input_image', image_url: part.image_url.url, detail: part.image_url.detail ?? 'auto' };
    case 'refusal':
      lose({ code: 'REFUSAL_AS_TEXT', where: where(), what: 'the refusal kind', why: 'input content has no refusal part; its text is kept as input_text' });
      return { type: 'input_text', text: part.refusal };
  }
}

const fileOf = (a: Annotation): string => (a.type === 'file_citation' ? a.file_citation.file_id : a.file_path.file_id);

export function toOutputAnnotation(a: Annotation, where: Where, lose: Sink, options: ConvertOptions): OutputText['annotations'][number] {
  if (a.end_index !== a.start_index) lose({ code: 'ANNOTATION_SPAN', where: where(), what: `end_index ${a.end_index} and marker text ${brief(a.text)}`, why: 'Responses annotations carry one index (start_index is kept); the marker stays in the text' });
  if (a.type === 'file_path') return { type: 'file_path', file_id: a.file_path.file_id, index: a.start_index };
  const fileId = a.file_citation.file_id;
  const filename = options.filenames?.[fileId];
  if (filename === undefined) {
    lose({ code: 'ANNOTATION_FILENAME', where: where(), what: `filename of ${fileId}`, why: 'Assistants citations have no filename and Responses requires one; the file id stands in', hint: 'pass filenames (oaic convert --filenames map.json, or convert online where files are looked up)' });
  }
  return { type: 'file_citation', file_id: fileId, filename: filename ?? fileId, index: a.start_index };
}

export function toOutputContent(part: Extract<MessageContent, { type: 'text' | 'refusal' }>, where: Where, lose: Sink, options: ConvertOptions): OutputText | ResponseOutputRefusal {
  if (part.type === 'refusal') return { type: 'refusal', refusal: part.refusal };
  const annotations = (part.text.annotations ?? []).map((a, i) => toOutputAnnotation(a, () => `${where()}.text.annotations[${i}]`, lose, options));
  return { type: 'output_text', text: part.text.value, annotations, logprobs: [] };
}
