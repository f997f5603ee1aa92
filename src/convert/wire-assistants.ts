/**
 * Wire types of the Assistants side the converter reads, from the official SDK where they fit.
 * The converter accepts objects as the API sends them (`unknown` at the boundary, see parse.ts);
 * these are the shapes it then works on.
 */
import type { Assistant, AssistantTool } from 'openai/resources/beta/assistants';
import type { Message, MessageContent, Annotation } from 'openai/resources/beta/threads/messages';
import type { RunCreateParamsBase } from 'openai/resources/beta/threads/runs/runs';
import type { RunStep, ToolCall } from 'openai/resources/beta/threads/runs/steps';
import type { Thread } from 'openai/resources/beta/threads/threads';

export type { Annotation, Assistant, AssistantTool, Message, MessageContent, RunStep, Thread, ToolCall };

/** Run parameters that shape a response (everything of RunCreateParams but the stream flag). */
export type RunParams = Omit<RunCreateParamsBase, 'assistant_id' | 'include'> & { assistant_id?: string };

export type MessageRole = Message['role'];
export type MessageAttachment = Message.Attachment;

/**
 * A thread as the offline converter takes it (`oaic convert thread.json`): the messages in order,
 * and optionally the thread object and the run steps of its runs.
 */
export interface ThreadExport {
  thread?: Pick<Thread, 'id' | 'metadata' | 'tool_resources'> | null;
  messages: Message[];
  /** Run steps of the thread's runs, any order; grouped by run_id and sorted by created_at. */
  steps?: RunStep[];
}
