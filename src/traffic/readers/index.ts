/**
 * Reads captured traffic from files and directories, detecting each file's format. Yields one
 * Traffic per document (HAR, corpus recording, Traffic JSON) or per stream (raw SSE, JSON Lines),
 * so large event files stream through. Unreadable input throws HarnessError INPUT_UNREADABLE.
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from '../../errors/harness-error.ts';
import type { Traffic } from '../types.ts';
import { detectFormat, readHead, type TrafficFormat } from './detect.ts';
import { readCassette, isCassettePath } from './cassette.ts';
import { readJsonDocument } from './json-document.ts';
import { readJsonlFile } from './jsonl-file.ts';
import { readSseFile } from './sse-file.ts';

/** Files picked up when walking a directory. */
export const TRAFFIC_EXTENSIONS = ['.har', '.json', '.jsonl', '.ndjson', '.sse', '.txt', '.eventstream', '.yaml', '.yml'] as const;

/** Files to read; `explicit` when named on the command line (a directory's files are not). */
export interface InputFile {
  file: string;
  explicit: boolean;
}

export function expandInputs(inputs: readonly string[]): InputFile[] {
  const out: InputFile[] = [];
  for (const input of inputs) {
    let st;
    try {
      st = statSync(input);
    } catch (cause) {
      throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${input}: it does not exist or cannot be opened. Check the path.`, { cause });
    }
    if (!st.isDirectory()) {
      out.push({ file: input, explicit: true });
      continue;
    }
    const walk = (dir: string): void => {
      for (const d of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const p = path.join(dir, d.name);
        if (d.isDirectory()) walk(p);
        else if (TRAFFIC_EXTENSIONS.some((e) => d.name.endsWith(e))) out.push({ file: p, explicit: false });
      }
    };
    walk(input);
  }
  return out;
}

/** The format of a file, or null with the reason when it is not traffic. */
export function detectFile(file: string): { format: TrafficFormat | 'cassette' } | { format: null; reason: string } {
  if (isCassettePath(file)) return { format: 'cassette' };
  return detectFormat(readHead(file));
}

export function formatOf(file: string): TrafficFormat {
  let head: string;
  try {
    head = readHead(file);
  } catch (cause) {
    throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${file}: ${(cause as Error).message}. Check the path and permissions.`, { cause });
  }
  const d = detectFormat(head);
  if (d.format === null) throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${file}: ${d.reason}. Pass a HAR file, a text/event-stream body, JSON Lines of events or an oaic recording.`);
  return d.format;
}

export async function* readTrafficFile(file: string): AsyncGenerator<Traffic> {
  if (isCassettePath(file)) {
    yield readCassette(file);
    return;
  }
  const format = formatOf(file);
  if (format === 'sse') yield* readSseFile(file);
  else if (format === 'jsonl') yield* readJsonlFile(file);
  else yield readJsonDocument(file, format);
}
