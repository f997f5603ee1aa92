/**
 * Thread messages: parsing of create bodies (content as a string or parts: text, image_file,
 * image_url; attachments), the stored record and its two wire renderings. The service returns
 * messages over REST without `status`/`incomplete_details`/`incomplete_at`/`completed_at` and
 * includes those four fields only in stream events (see docs/discoveries/assistants-objects.md).
 */
import { badRequest, missingParam } from '../errors.ts';
import { getFile } from '../files/store.ts';
import type { Namespace } from '../store.ts';
import { arrayMax, enumValue, isObject, metadata, rejectUnknown, wrongType, type Json } from '../assistants/validate.ts';

export interface TextAnnotation {
  type: 'file_citation' | 'file_path';
  text: string;
  start_index: number;
  end_index: number;
  file_citation?: { file_id: string; quote?: string };
  file_path?: { file_id: string };
}

export type MessageContent =
  | { type: 'text'; text: { value: string; annotations: TextAnnotation[] } }
  | { type: 'image_file'; image_file: { file_id: string; detail: string } }
  | { type: 'image_url'; image_url: { url: string; detail: string } }
  | { type: 'refusal'; refusal: string };

export interface Attachment {
  file_id: string;
  tools: ({ type: 'code_interpreter' } | { type: 'file_search' })[];
}

export interface MessageRecord {
  id: string;
  object: 'thread.message';
  created_at: number;
  assistant_id: string | null;
  thread_id: string;
  run_id: string | null;
  status: 'in_progress' | 'incomplete' | 'completed';
  incomplete_details: { reason: string } | null;
  incomplete_at: number | null;
  completed_at: number | null;
  role: 'user' | 'assistant';
  content: MessageContent[];
  attachments: Attachment[];
  metadata: Record<string, string>;
}

/** REST shape (POST/GET messages). */
export function messageWire(m: MessageRecord) {
  return { id: m.id, object: m.object, created_at: m.created_at, assistant_id: m.assistant_id, thread_id: m.thread_id, run_id: m.run_id, role: m.role, content: m.content, attachments: m.attachments, metadata: m.metadata };
}

/** Stream-event shape (thread.message.created/in_progress/completed/incomplete). */
export function messageEventWire(m: MessageRecord) {
  return {
    id: m.id, object: m.object, created_at: m.created_at, assistant_id: m.assistant_id, thread_id: m.thread_id, run_id: m.run_id,
    status: m.status, incomplete_details: m.incomplete_details, incomplete_at: m.incomplete_at, completed_at: m.completed_at,
    role: m.role, content: structuredClone(m.content), attachments: m.attachments, metadata: m.metadata,
  };
}

const FIELDS = new Set(['role', 'content', 'attachments', 'metadata']);
const DETAIL = ['auto', 'low', 'high'] as const;

export interface MessageInput {
  role: 'user' | 'assistant';
  content: MessageContent[];
  attachments: Attachment[];
  metadata: Record<string, string>;
}

/** Validates one message of a create body; `param` prefixes parameter names (`messages[0].`). */
export function parseMessageInput(ns: Namespace, body: unknown, prefix = ''): MessageInput {
  if (!isObject(body)) throw wrongType(prefix.replace(/\.$/, '') || 'body', 'an object', body);
  rejectUnknown(body, FIELDS, prefix);
  if (body['role'] === undefined) throw missingParam(`${prefix}role`);
  const role = enumValue(`${prefix}role`, body['role'], ['user', 'assistant'] as const);
  if (body['content'] === undefined || body['content'] === null) throw missingParam(`${prefix}content`);
  return { role, content: parseContent(ns, body['content'], `${prefix}content`), attachments: parseAttachments(ns, body['attachments'], `${prefix}attachments`), metadata: metadata(body['metadata'], `${prefix}metadata`) };
}

function parseContent(ns: Namespace, v: unknown, param: string): MessageContent[] {
  if (typeof v === 'string') {
    if (v.length === 0) throw badRequest(`Invalid '${param}': empty string. Expected a string with minimum length 1, but got an empty string instead.`, param, 'empty_string');
    return [{ type: 'text', text: { value: v, annotations: [] } }];
  }
  if (!Array.isArray(v)) throw wrongType(param, 'one of a string or array of objects', v);
  if (v.length === 0) throw badRequest(`Invalid '${param}': empty array. Expected an array with minimum length 1, but got an empty array instead.`, param, 'empty_array');
  return v.map((p, i) => parsePart(ns, p, `${param}[${i}]`));
}

function parsePart(ns: Namespace, p: unknown, param: string): MessageContent {
  if (!isObject(p)) throw wrongType(param, 'an object', p);
  if (p['type'] === undefined) throw missingParam(`${param}.type`);
  const type = enumValue(`${param}.type`, p['type'], ['text', 'image_file', 'image_url'] as const);
  if (type === 'text') {
    const text = p['text'];
    if (text === undefined) throw missingParam(`${param}.text`);
    if (typeof text !== 'string') throw wrongType(`${param}.text`, 'a string', text);
    return { type, text: { value: text, annotations: [] } };
  }
  const inner = p[type];
  if (inner === undefined) throw missingParam(`${param}.${type}`);
  if (!isObject(inner)) throw wrongType(`${param}.${type}`, 'an object', inner);
  const detail = inner['detail'] === undefined ? 'auto' : enumValue(`${param}.${type}.detail`, inner['detail'], DETAIL);
  if (type === 'image_file') {
    const fileId = inner['file_id'];
    if (fileId === undefined) throw missingParam(`${param}.image_file.file_id`);
    if (typeof fileId !== 'string') throw wrongType(`${param}.image_file.file_id`, 'a string', fileId);
    getFile(ns, fileId);
    return { type, image_file: { file_id: fileId, detail } };
  }
  const url = inner['url'];
  if (url === undefined) throw missingParam(`${param}.image_url.url`);
  if (typeof url !== 'string') throw wrongType(`${param}.image_url.url`, 'a string', url);
  if (!/^(https?:\/\/|data:image\/)/.test(url)) throw badRequest(`Invalid '${param}.image_url.url': Expected a valid URL, but got a value with an invalid format.`, `${param}.image_url.url`, 'invalid_value');
  return { type, image_url: { url, detail } };
}

function parseAttachments(ns: Namespace, v: unknown, param: string): Attachment[] {
  if (v === undefined || v === null) return [];
  return arrayMax(param, v, 10_000).map((a, i) => {
    const p = `${param}[${i}]`;
    if (!isObject(a)) throw wrongType(p, 'an object', a);
    const fileId = a['file_id'];
    if (fileId === undefined) throw missingParam(`${p}.file_id`);
    if (typeof fileId !== 'string') throw wrongType(`${p}.file_id`, 'a string', fileId);
    getFile(ns, fileId);
    const tools = a['tools'] === undefined ? [] : arrayMax(`${p}.tools`, a['tools'], 2);
    return {
      file_id: fileId,
      tools: tools.map((t, j) => {
        if (!isObject(t)) throw wrongType(`${p}.tools[${j}]`, 'an object', t);
        return { type: enumValue(`${p}.tools[${j}].type`, t['type'], ['code_interpreter', 'file_search'] as const) };
      }),
    };
  });
}

export function newMessage(ns: Namespace, threadId: string, input: MessageInput, from: { assistantId: string | null; runId: string | null } = { assistantId: null, runId: null }): MessageRecord {
  const now = ns.clock.tick();
  return {
    id: ns.ids.next('msg_'),
    object: 'thread.message',
    created_at: now,
    assistant_id: from.assistantId,
    thread_id: threadId,
    run_id: from.runId,
    status: 'completed',
    incomplete_details: null,
    incomplete_at: null,
    completed_at: now,
    role: input.role,
    content: input.content,
    attachments: input.attachments,
    metadata: input.metadata,
  };
}

export const parseMessageMetadataUpdate = (body: Json): Record<string, string> | undefined => {
  rejectUnknown(body, new Set(['metadata']));
  return body['metadata'] === undefined ? undefined : metadata(body['metadata']);
};
