/**
 * Whole-document JSON inputs: a HAR/Polly log (the harness's own recordings included), a corpus
 * normalized recording, or a Traffic document. A JSON document has to be parsed whole; beyond
 * MAX_JSON_DOCUMENT_BYTES it is refused with a clear message rather than exhausting memory.
 */
import { readFileSync, statSync } from 'node:fs';
import { HarnessError } from '../../errors/harness-error.ts';
import { normalizedToTraffic, type NormalizedRecording } from '../../testing/shared-corpus.ts';
import { harToTraffic, type HarLog } from '../har.ts';
import type { Traffic } from '../types.ts';
import type { TrafficFormat } from './detect.ts';

export const MAX_JSON_DOCUMENT_BYTES = 256 * 1024 * 1024;

export function readJsonDocument(path: string, format: Extract<TrafficFormat, 'har' | 'normalized' | 'traffic-json'>, limit = MAX_JSON_DOCUMENT_BYTES): Traffic {
  const size = statSync(path).size;
  if (size > limit) {
    throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${path}: it is a ${format === 'har' ? 'HAR' : 'JSON'} document of ${(size / 1048576).toFixed(0)} MB, too big to parse as one JSON value (limit ${(limit / 1048576).toFixed(0)} MB). Split it into smaller files, or export its streams as JSON Lines or raw text/event-stream bodies, which are read incrementally.`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${path}: it is not valid JSON (${(cause as Error).message}). Fix or re-export the file.`, { cause });
  }
  const o = (typeof doc === 'object' && doc !== null ? doc : {}) as Record<string, unknown>;
  if (format === 'har') {
    const entries = (o['log'] as Record<string, unknown> | undefined)?.['entries'];
    if (!Array.isArray(entries)) throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${path}: it has no log.entries array, so it is not a HAR log. Export HAR 1.2 (Polly, browsers, proxies).`);
    return harToTraffic(doc as HarLog, path);
  }
  if (format === 'normalized') {
    if (!Array.isArray(o['interactions'])) throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${path}: "interactions" is not an array.`);
    return { ...normalizedToTraffic({ name: path, ...(doc as Omit<NormalizedRecording, 'name'>) }), source: path };
  }
  if (!Array.isArray(o['exchanges'])) throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${path}: "exchanges" is not an array.`);
  return { source: path, exchanges: o['exchanges'] as Traffic['exchanges'] };
}
