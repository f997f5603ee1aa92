/**
 * A whole thread (already in memory) → conversation items, the conversation's metadata, the
 * files its attachments need, and the losses. For threads read page by page see read-thread.ts.
 */
import type { Loss } from './losses.ts';
import type { ConvertOptions } from './options.ts';
import { parseThreadExport } from './parse.ts';
import { ThreadConverter } from './thread-converter.ts';
import type { Message, ThreadExport } from './wire-assistants.ts';
import type { ConvertedItem } from './wire-conversations.ts';

export interface ConversionResult {
  items: ConvertedItem[];
  /** Parallel to items: where each came from. */
  sources: string[];
  /** For `POST /conversations` metadata (the thread's metadata). */
  metadata: Record<string, string> | null;
  /** Files the attachments referenced, per tool: to add to a vector store / container. */
  attachmentFiles: { file_search: string[]; code_interpreter: string[] };
  losses: Loss[];
}

export function attachmentFilesOf(messages: Iterable<Message>, into: ConversionResult['attachmentFiles'] = { file_search: [], code_interpreter: [] }): ConversionResult['attachmentFiles'] {
  for (const m of messages) {
    for (const a of m.attachments ?? []) {
      if (!a.file_id) continue;
      for (const t of a.tools ?? []) if (!into[t.type].includes(a.file_id)) into[t.type].push(a.file_id);
    }
  }
  return into;
}

export function threadLevelLosses(thread: ThreadExport['thread']): Loss[] {
  const tr = thread?.tool_resources;
  const out: Loss[] = [];
  if (tr?.file_search?.vector_store_ids?.length) {
    out.push({ code: 'THREAD_TOOL_RESOURCES', where: 'thread.tool_resources.file_search', what: `vector stores ${tr.file_search.vector_store_ids.join(', ')}`, why: 'conversations hold no tool resources', hint: 'pass them in the file_search tool (vector_store_ids) of every response on the conversation' });
  }
  if (tr?.code_interpreter?.file_ids?.length) {
    out.push({ code: 'THREAD_TOOL_RESOURCES', where: 'thread.tool_resources.code_interpreter', what: `files ${tr.code_interpreter.file_ids.join(', ')}`, why: 'conversations hold no tool resources', hint: 'pass them in the code_interpreter tool container {type: "auto", file_ids}' });
  }
  return out;
}

/** Converts a parsed ThreadExport. */
export function convertThreadExport(input: ThreadExport, options: ConvertOptions = {}): ConversionResult {
  const conv = new ThreadConverter(options);
  if (input.steps) conv.addSteps(input.steps);
  const emitted = input.messages.flatMap((m) => conv.push(m));
  emitted.push(...conv.end());
  return {
    items: emitted.map((e) => e.item),
    sources: emitted.map((e) => e.source),
    metadata: input.thread?.metadata && Object.keys(input.thread.metadata).length ? { ...(input.thread.metadata as Record<string, string>) } : null,
    attachmentFiles: attachmentFilesOf(input.messages),
    losses: [...threadLevelLosses(input.thread), ...conv.losses],
  };
}

/** Converts anything JSON-shaped; invalid input throws a ConversionError (never a TypeError). */
export function convertThread(input: unknown, options: ConvertOptions = {}): ConversionResult {
  return convertThreadExport(parseThreadExport(input), options);
}
