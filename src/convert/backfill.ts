/**
 * Backfill: read a thread through the Assistants API and write it as a conversation through the
 * Conversations API. The conversation is created empty with a marker in its metadata
 * (`oaic_backfill: in_progress`), items follow in calls of ≤ 20 (each batch validated against the
 * spec first), and only at the end does the metadata become the thread's. An interruption leaves
 * the marker, the state file and an error naming both: never a half conversation without a word.
 * Running again resumes: it counts the conversation's items and skips that many.
 */
import type OpenAI from 'openai';
import { HarnessError } from '../errors/harness-error.ts';
import { readState, writeState, type BackfillState } from './backfill-state.ts';
import { batchStream } from './batch.ts';
import { ConversionError } from './conversion-error.ts';
import { attachmentFilesOf, threadLevelLosses } from './convert-thread.ts';
import type { Loss } from './losses.ts';
import type { ConvertOptions } from './options.ts';
import { readThreadItems } from './read-thread.ts';
import { ThreadConverter } from './thread-converter.ts';
import { validateItems } from './validate-items.ts';
import type { Message } from './wire-assistants.ts';
import { MAX_ITEMS_PER_CALL, asInputItem, type ConvertedItem } from './wire-conversations.ts';

export const MARKER_KEY = 'oaic_backfill';

export interface BackfillProgress {
  phase: 'resume' | 'create' | 'items' | 'finish' | 'done';
  conversationId: string | null;
  messagesRead: number;
  itemsSent: number;
}

export interface BackfillOptions {
  threadId: string;
  stateFile: string;
  convert?: ConvertOptions;
  pageSize?: number;
  /** Look citation filenames up through the files API (default true). */
  lookupFilenames?: boolean;
  onProgress?: (p: BackfillProgress) => void;
}

export interface BackfillResult {
  conversationId: string;
  itemsSent: number;
  messagesRead: number;
  resumed: boolean;
  losses: Loss[];
  attachmentFiles: { file_search: string[]; code_interpreter: string[] };
}

async function countItems(client: OpenAI, conversationId: string): Promise<number> {
  let n = 0;
  for await (const _ of client.conversations.items.list(conversationId, { order: 'asc', limit: 100 })) n++;
  return n;
}

function withMarker(meta: Record<string, string>): Record<string, string> {
  const keys = Object.keys(meta).slice(0, 15);
  return { ...Object.fromEntries(keys.map((k) => [k, meta[k]!])), [MARKER_KEY]: 'in_progress' };
}

export async function backfillThread(client: OpenAI, options: BackfillOptions): Promise<BackfillResult> {
  const { threadId, stateFile } = options;
  const prior = readState(stateFile);
  if (prior && prior.threadId !== threadId) throw new HarnessError('CONFIG_INVALID', `Failed to backfill ${threadId}: the state file ${stateFile} belongs to ${prior.threadId}. Pass another --state file or delete it.`);
  const thread = await client.beta.threads.retrieve(threadId);
  const threadMeta = (thread.metadata ?? {}) as Record<string, string>;
  let conversationId = prior?.conversationId ?? null;
  let itemsSent = 0;
  if (prior?.status === 'completed' && conversationId) {
    return { conversationId, itemsSent: prior.itemsSent, messagesRead: 0, resumed: true, losses: [], attachmentFiles: { file_search: [], code_interpreter: [] } };
  }
  if (conversationId) {
    itemsSent = await countItems(client, conversationId);
    options.onProgress?.({ phase: 'resume', conversationId, messagesRead: 0, itemsSent });
  }
  const save = (status: BackfillState['status']) => writeState(stateFile, { threadId, conversationId, itemsSent, status });

  const filenames: Record<string, string> = { ...(options.convert?.filenames ?? {}) };
  const convertOptions: ConvertOptions = { ...options.convert, filenames };
  const converter = new ThreadConverter(convertOptions);
  const seenMessages: Message[] = [];
  let messagesRead = 0;
  const beforeMessage = async (m: Message) => {
    messagesRead++;
    if (m.attachments?.length) seenMessages.push({ ...m, content: [] });
    if (options.lookupFilenames === false) return;
    for (const part of m.content) {
      if (part.type !== 'text') continue;
      for (const a of part.text.annotations) {
        if (a.type !== 'file_citation' || a.file_citation.file_id in filenames) continue;
        const f = await client.files.retrieve(a.file_citation.file_id).catch(() => null);
        if (f?.filename) filenames[a.file_citation.file_id] = f.filename;
      }
    }
  };

  let index = 0;
  async function* fresh(): AsyncGenerator<ConvertedItem> {
    for await (const e of readThreadItems(client, threadId, { pageSize: options.pageSize ?? 100, converter, beforeMessage, convert: convertOptions })) {
      if (index++ >= itemsSent) yield e.item;
    }
  }

  try {
    if (!conversationId) {
      options.onProgress?.({ phase: 'create', conversationId: null, messagesRead, itemsSent });
      conversationId = (await client.conversations.create({ metadata: withMarker(threadMeta) })).id;
      save('in_progress');
    }
    for await (const batch of batchStream(fresh(), MAX_ITEMS_PER_CALL)) {
      const issues = validateItems(batch, `items[${itemsSent}..]`);
      if (issues.length) throw new ConversionError(issues[0]!.path, `the converted item does not match the spec's item schema (${issues[0]!.message}); nothing of this batch was sent`, { subject: `thread ${threadId}` });
      await client.conversations.items.create(conversationId, { items: batch.map(asInputItem) });
      itemsSent += batch.length;
      save('in_progress');
      options.onProgress?.({ phase: 'items', conversationId, messagesRead, itemsSent });
    }
    options.onProgress?.({ phase: 'finish', conversationId, messagesRead, itemsSent });
    await client.conversations.update(conversationId, { metadata: threadMeta });
    save('completed');
  } catch (cause) {
    if (conversationId) {
      throw new HarnessError('CONVERSION_FAILED', `Failed to backfill ${threadId} into ${conversationId}: ${(cause as Error).message}. The conversation holds ${itemsSent} item(s) so far and is marked ${MARKER_KEY}=in_progress; run the same command again to resume (state: ${stateFile}).`, { cause, command: `npm run oaic -- convert --thread ${threadId} --state ${stateFile}` });
    }
    throw cause;
  }
  options.onProgress?.({ phase: 'done', conversationId, messagesRead, itemsSent });
  return {
    conversationId,
    itemsSent,
    messagesRead,
    resumed: prior !== null,
    losses: [...threadLevelLosses(thread), ...converter.losses],
    attachmentFiles: attachmentFilesOf(seenMessages),
  };
}
