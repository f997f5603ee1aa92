/**
 * Reads a whole thread through the official SDK's list methods, oldest first (`order: 'asc'`),
 * page by page, as async iterators: a thread of 100,000 messages is never held at once. Steps
 * are read per run, once, when the first message of that run arrives.
 */
import type OpenAI from 'openai';
import type { ConvertOptions } from './options.ts';
import { parseMessage, parseRunStep } from './parse.ts';
import { ThreadConverter, type EmittedItem } from './thread-converter.ts';
import type { Message, RunStep } from './wire-assistants.ts';

export interface ReadThreadOptions {
  /** Messages per list call (the API allows 1..100; default 100). */
  pageSize?: number;
  /** Called after every page of messages. */
  onPage?: (page: { index: number; messages: number; total: number }) => void;
}

export async function* readThreadMessages(client: OpenAI, threadId: string, options: ReadThreadOptions = {}): AsyncGenerator<Message> {
  const first = await client.beta.threads.messages.list(threadId, { order: 'asc', limit: options.pageSize ?? 100 });
  let index = 0;
  let total = 0;
  for await (const page of first.iterPages()) {
    const data = page.getPaginatedItems();
    const base = total;
    total += data.length;
    options.onPage?.({ index: index++, messages: data.length, total });
    for (let i = 0; i < data.length; i++) yield parseMessage(data[i], `thread ${threadId} messages[${base + i}]`);
  }
}

/** All steps of one run (bounded by the run; paginated too). */
export async function readRunSteps(client: OpenAI, threadId: string, runId: string, pageSize = 100): Promise<RunStep[]> {
  const out: RunStep[] = [];
  for await (const s of client.beta.threads.runs.steps.list(runId, { thread_id: threadId, order: 'asc', limit: pageSize })) out.push(parseRunStep(s, `run ${runId} steps[${out.length}]`));
  return out;
}

export interface ReadItemsOptions extends ReadThreadOptions {
  convert?: ConvertOptions;
  /** Read run steps for tool-call items (default true). */
  withSteps?: boolean;
  /** The converter to use (its loss report is filled as items stream); a new one by default. */
  converter?: ThreadConverter;
  /** Runs before each message is converted (e.g. to look up citation filenames). */
  beforeMessage?: (m: Message) => Promise<void>;
}

/** A thread as a stream of converted items (with their sources). */
export async function* readThreadItems(client: OpenAI, threadId: string, options: ReadItemsOptions = {}): AsyncGenerator<EmittedItem> {
  const conv = options.converter ?? new ThreadConverter(options.convert ?? {});
  const withSteps = options.withSteps ?? options.convert?.includeSteps ?? true;
  for await (const m of readThreadMessages(client, threadId, options)) {
    await options.beforeMessage?.(m);
    if (withSteps && m.run_id && !conv.hasRun(m.run_id)) conv.addSteps(await readRunSteps(client, threadId, m.run_id), m.run_id);
    yield* conv.push(m);
  }
  yield* conv.end();
}
