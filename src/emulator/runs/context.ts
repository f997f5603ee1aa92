/**
 * The ModelContext of a run, by the rule both APIs share (see the brief and model/context.ts):
 * instructions = run.instructions ?? assistant.instructions, then "\n" + additional_instructions;
 * turns = the thread's messages in order, then this run's tool calls and outputs. Attachments do
 * not enter the context; image parts enter by reference.
 */
import type { Namespace } from '../store.ts';
import type { ContextPart, ContextTool, ModelContext } from '../model/context.ts';
import type { MessageContent, MessageRecord } from '../threads/message.ts';
import { getThread, threadMessages } from '../threads/thread.ts';
import type { RunRecord } from './run.ts';

export function contextParts(content: readonly MessageContent[]): ContextPart[] {
  return content.map((c): ContextPart => {
    switch (c.type) {
      case 'text':
        return { type: 'text', text: c.text.value };
      case 'image_file':
        return { type: 'image', ref: `file:${c.image_file.file_id}` };
      case 'image_url':
        return { type: 'image', ref: `url:${c.image_url.url}` };
      case 'refusal':
        return { type: 'text', text: c.refusal };
    }
  });
}

export function runInstructions(run: RunRecord): string | null {
  // "" (the wire value for none) and null both mean no instructions.
  const base = run.object.instructions || null;
  const extra = run.additionalInstructions;
  if (extra === null) return base;
  return base === null ? extra : `${base}\n${extra}`;
}

/** Messages the run sees: the thread's, minus the ones this run is writing. */
export function buildRunContext(ns: Namespace, run: RunRecord): ModelContext {
  const thread = getThread(ns, run.object.thread_id);
  const all = threadMessages(ns, thread).filter((m: MessageRecord) => m.run_id !== run.object.id);
  const trunc = run.object.truncation_strategy;
  const visible = trunc.type === 'last_messages' && trunc.last_messages !== null ? all.slice(-trunc.last_messages) : all;
  const tools: ContextTool[] = run.object.tools.map((t): ContextTool => {
    if (t.type === 'function') return { type: 'function', name: t.function.name, parameters: t.function.parameters };
    if (t.type === 'file_search') return { type: 'file_search', vectorStoreIds: vectorStoreIds(ns, run) };
    return { type: 'code_interpreter' };
  });
  return {
    model: run.object.model,
    instructions: runInstructions(run),
    turns: [...visible.map((m) => ({ kind: 'message' as const, message: { role: m.role, parts: contextParts(m.content) } })), ...run.toolTurns],
    tools,
    maxOutputTokens: run.object.max_completion_tokens,
  };
}

/** file_search stores: the run's (assistant's) tool_resources, then the thread's. */
export function vectorStoreIds(ns: Namespace, run: RunRecord): string[] {
  const thread = getThread(ns, run.object.thread_id);
  return [...(run.object.tool_resources.file_search?.vector_store_ids ?? []), ...(thread.object.tool_resources.file_search?.vector_store_ids ?? [])];
}
