/**
 * Detects what a captured-traffic file is from its first bytes (never reading it whole):
 * a HAR/Polly log (also the harness's own recordings), the corpus normalized JSON, a Traffic JSON
 * document, JSON Lines of events, or a raw `text/event-stream` body (as `curl -N` saves it).
 */
import { closeSync, openSync, readSync } from 'node:fs';

export type TrafficFormat = 'har' | 'normalized' | 'traffic-json' | 'jsonl' | 'sse';

export type Detection = { format: TrafficFormat } | { format: null; reason: string };

const HEAD_BYTES = 64 * 1024;

export function readHead(path: string, bytes = HEAD_BYTES): string {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(bytes);
    const n = readSync(fd, buf, 0, bytes, 0);
    return buf.subarray(0, n).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

/** Which format `head` (the first bytes of a file) starts. */
export function detectFormat(head: string): Detection {
  const text = head.replace(/^\uFEFF/, '');
  const trimmed = text.trimStart();
  if (trimmed.length === 0) return { format: null, reason: 'the file is empty' };
  if (/^(event|data|id|retry):/.test(trimmed) || trimmed.startsWith(':')) return { format: 'sse' };
  if (trimmed.startsWith('{')) {
    const firstLine = trimmed.split(/\r?\n/, 1)[0] ?? '';
    let first: Record<string, unknown> | null = null;
    try {
      first = JSON.parse(firstLine) as Record<string, unknown>;
    } catch {
      // a pretty-printed (or longer than the head) document
    }
    if (first) {
      if ('log' in first) return { format: 'har' };
      if ('interactions' in first) return { format: 'normalized' };
      if ('exchanges' in first) return { format: 'traffic-json' };
      return { format: 'jsonl' };
    }
    if (/^\{\s*"log"\s*:/.test(trimmed) || /"entries"\s*:\s*\[/.test(text)) return { format: 'har' };
    if (/"interactions"\s*:\s*\[/.test(text)) return { format: 'normalized' };
    if (/"exchanges"\s*:\s*\[/.test(text)) return { format: 'traffic-json' };
    return { format: null, reason: 'it is JSON, but neither a HAR log (log.entries), a corpus recording (interactions), a Traffic document (exchanges) nor JSON Lines of events' };
  }
  return { format: null, reason: `it starts with ${JSON.stringify(trimmed.slice(0, 20))}, which is neither JSON, JSON Lines nor a text/event-stream body` };
}
