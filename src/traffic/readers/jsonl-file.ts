/**
 * JSON Lines of stream events, read line by line: `{"event": name, "data": {...} | "[DONE]"}` or a
 * bare typed Responses event `{"type": "response.…", …}`.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { HarnessError } from '../../errors/harness-error.ts';
import type { SseEvent, Traffic } from '../types.ts';
import { StreamSegmenter } from './segments.ts';

export function jsonlLineToEvent(line: string, index: number, where: string): SseEvent | null {
  if (line.trim() === '') return null;
  let v: unknown;
  try {
    v = JSON.parse(line);
  } catch (cause) {
    throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${where}: line ${index + 1} is not JSON (${(cause as Error).message}). JSON Lines need one event per line.`, { cause });
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${where}: line ${index + 1} is not a JSON object. Write {"event": …, "data": …} or a typed event per line.`);
  const o = v as Record<string, unknown>;
  if ('data' in o && (typeof o['event'] === 'string' || o['event'] === null || o['event'] === undefined)) {
    const data = typeof o['data'] === 'string' ? o['data'] : JSON.stringify(o['data']);
    return { index, event: typeof o['event'] === 'string' ? o['event'] : null, data };
  }
  if (typeof o['type'] === 'string') return { index, event: o['type'], data: line };
  throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${where}: line ${index + 1} has neither "event"/"data" nor "type". Write {"event": …, "data": …} or a typed event per line.`);
}

export async function* readJsonlFile(path: string, source = path): AsyncGenerator<Traffic> {
  const segmenter = new StreamSegmenter(source);
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
  let n = 0;
  let index = 0;
  for await (const line of lines) {
    const ev = jsonlLineToEvent(line, n++, path);
    if (!ev) continue;
    ev.index = index++;
    const done = segmenter.push(ev);
    if (done) yield done;
  }
  const last = segmenter.flush(null);
  if (last) yield last;
}
