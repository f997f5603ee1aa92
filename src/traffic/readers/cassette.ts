/**
 * VCR (Ruby) and vcrpy cassettes (YAML), read through `oaic import`'s readers (src/import) into
 * a HAR in memory, then Traffic. A cassette is parsed whole, within MAX_JSON_DOCUMENT_BYTES.
 * Cassettes carry no request timing (vcrpy: none; Ruby VCR: `recorded_at` to the second), and the
 * importer spaces undated entries 1 ms apart, so the timing is dropped: polling is not judged.
 */
import { readFileSync, statSync } from 'node:fs';
import { HarnessError } from '../../errors/harness-error.ts';
import { importText } from '../../import/import-file.ts';
import { harToTraffic } from '../har.ts';
import type { Traffic } from '../types.ts';
import { MAX_JSON_DOCUMENT_BYTES } from './json-document.ts';

export const isCassettePath = (file: string): boolean => /\.ya?ml$/i.test(file);

export function readCassette(file: string): Traffic {
  const size = statSync(file).size;
  if (size > MAX_JSON_DOCUMENT_BYTES) throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${file}: the cassette is ${(size / 1048576).toFixed(0)} MB, too big to parse whole (limit ${(MAX_JSON_DOCUMENT_BYTES / 1048576).toFixed(0)} MB). Split it into smaller cassettes.`);
  const { har } = importText(readFileSync(file, 'utf8'), file, {}, new Date(0));
  const traffic = harToTraffic(har, file);
  for (const ex of traffic.exchanges) {
    delete ex.startedAt;
    delete ex.durationMs;
  }
  return traffic;
}
