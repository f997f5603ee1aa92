/**
 * Threads and the messages they hold. A thread keeps its message ids in order and the id of its
 * active run (set and cleared by the runs module): while a run is active — queued, in_progress,
 * requires_action or cancelling — the thread is locked for new messages and new runs.
 */
import { badRequest, notFound } from '../errors.ts';
import type { Namespace } from '../store.ts';
import { createNewStores, parseNewStores, type NewStore } from '../assistants/new-stores.ts';
import { parseToolResources, type ToolResources } from '../assistants/tools.ts';
import { arrayMax, metadata, rejectUnknown, type Json } from '../assistants/validate.ts';
import { checkSearchAttachments, indexSearchAttachments } from './attachments.ts';
import { newMessage, parseMessageInput, type MessageInput, type MessageRecord } from './message.ts';

export interface ThreadObject {
  id: string;
  object: 'thread';
  created_at: number;
  metadata: Record<string, string>;
  tool_resources: ToolResources;
}

export interface ThreadRecord {
  object: ThreadObject;
  messageIds: string[];
  runIds: string[];
  activeRunId: string | null;
}

export const threads = (ns: Namespace) => ns.collection<ThreadRecord>('threads');
export const messages = (ns: Namespace) => ns.collection<MessageRecord>('messages');

export function getThread(ns: Namespace, id: string): ThreadRecord {
  const t = threads(ns).get(id);
  if (!t) throw notFound('thread', id);
  return t;
}

export function getMessage(ns: Namespace, thread: ThreadRecord, id: string): MessageRecord {
  const m = messages(ns).get(id);
  if (!m || m.thread_id !== thread.object.id) throw notFound('message', id);
  return m;
}

export function threadMessages(ns: Namespace, thread: ThreadRecord): MessageRecord[] {
  return thread.messageIds.flatMap((id) => {
    const m = messages(ns).get(id);
    return m ? [m] : [];
  });
}

const CREATE_FIELDS = new Set(['messages', 'tool_resources', 'metadata']);
/** "There is a limit of 100,000 Messages per Thread." (deep dive); the spec sets no maxItems. */
export const MAX_THREAD_MESSAGES = 100_000;

/** Validates a thread-create body (also the `thread` of createAndRun) without storing anything. */
export function parseThreadCreate(ns: Namespace, body: Json, prefix = ''): { messages: MessageInput[]; metadata: Record<string, string>; toolResources: ToolResources; newStores: NewStore[] } {
  rejectUnknown(body, CREATE_FIELDS, prefix);
  const list = body['messages'] === undefined || body['messages'] === null ? [] : arrayMax(`${prefix}messages`, body['messages'], MAX_THREAD_MESSAGES);
  return {
    messages: list.map((m, i) => parseMessageInput(ns, m, `${prefix}messages[${i}].`)),
    metadata: metadata(body['metadata'], `${prefix}metadata`),
    toolResources: parseToolResources(body['tool_resources'], `${prefix}tool_resources`),
    newStores: parseNewStores(ns, body['tool_resources'], `${prefix}tool_resources`),
  };
}

export function createThread(ns: Namespace, input: ReturnType<typeof parseThreadCreate>, faults: ReadonlySet<string> = new Set()): ThreadRecord {
  checkSearchAttachments(ns, input.messages, 'messages');
  const toolResources = createNewStores(ns, input.toolResources, input.newStores, faults);
  const object: ThreadObject = { id: ns.ids.next('thread_'), object: 'thread', created_at: ns.clock.tick(), metadata: input.metadata, tool_resources: toolResources };
  const record: ThreadRecord = { object, messageIds: [], runIds: [], activeRunId: null };
  threads(ns).set(object.id, record);
  for (const m of input.messages) appendMessage(ns, record, newMessage(ns, object.id, m));
  indexSearchAttachments(ns, record, input.messages, faults);
  return record;
}

export function appendMessage(ns: Namespace, thread: ThreadRecord, m: MessageRecord): MessageRecord {
  messages(ns).set(m.id, m);
  thread.messageIds.push(m.id);
  return m;
}

/** "Can't add messages to thread_… while a run run_… is active." */
export function assertUnlockedForMessages(thread: ThreadRecord): void {
  if (thread.activeRunId) throw badRequest(`Can't add messages to ${thread.object.id} while a run ${thread.activeRunId} is active.`);
}

export function updateThread(ns: Namespace, id: string, body: Json, faults: ReadonlySet<string> = new Set()): ThreadObject {
  const t = getThread(ns, id);
  rejectUnknown(body, new Set(['metadata', 'tool_resources']));
  const md = body['metadata'] === undefined ? undefined : metadata(body['metadata']);
  const parsed = body['tool_resources'] === undefined ? undefined : parseToolResources(body['tool_resources']);
  const newStores = parseNewStores(ns, body['tool_resources']);
  const tr = parsed === undefined ? undefined : createNewStores(ns, parsed, newStores, faults);
  t.object = { ...t.object, metadata: md ?? t.object.metadata, tool_resources: tr ?? t.object.tool_resources };
  return t.object;
}

export function deleteThread(ns: Namespace, id: string): { id: string; object: 'thread.deleted'; deleted: true } {
  const t = getThread(ns, id);
  for (const m of t.messageIds) messages(ns).delete(m);
  threads(ns).delete(id);
  return { id, object: 'thread.deleted', deleted: true };
}
