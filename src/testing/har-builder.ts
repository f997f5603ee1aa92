/**
 * Test-only builders for HAR logs in the recording format (src/traffic/har.ts), so tests of the
 * diff, import and replay code make their traffic from the types instead of fixture files.
 */
import type { HarEntry, HarLog, OaicMetadata } from '../traffic/har.ts';

const BASE = 'https://api.openai.com';

export interface EntrySpec {
  method?: string;
  path: string;
  body?: unknown;
  status?: number;
  at?: string;
  headers?: Record<string, string>;
}

function request(spec: EntrySpec): HarEntry['request'] {
  const req: HarEntry['request'] = { method: spec.method ?? (spec.body === undefined ? 'GET' : 'POST'), url: BASE + spec.path, headers: [] };
  if (spec.body !== undefined) {
    req.headers.push({ name: 'content-type', value: 'application/json' });
    req.postData = { mimeType: 'application/json', text: JSON.stringify(spec.body) };
  }
  return req;
}

const headerList = (h: Record<string, string>) => Object.entries(h).map(([name, value]) => ({ name, value }));

export function jsonEntry(spec: EntrySpec, response: unknown): HarEntry {
  const text = JSON.stringify(response);
  return {
    startedDateTime: spec.at ?? '2026-12-01T00:00:00.000Z',
    time: 12,
    request: request(spec),
    response: {
      status: spec.status ?? 200,
      statusText: 'OK',
      headers: headerList({ 'content-type': 'application/json', ...spec.headers }),
      content: { mimeType: 'application/json', size: text.length, text },
    },
  };
}

export interface EventSpec {
  event?: string;
  data: unknown;
}

export function sseText(events: readonly EventSpec[]): string {
  return events.map((e) => `${e.event ? `event: ${e.event}\n` : ''}data: ${typeof e.data === 'string' ? e.data : JSON.stringify(e.data)}\n\n`).join('');
}

export function sseEntry(spec: EntrySpec, events: readonly EventSpec[]): HarEntry {
  const text = sseText(events);
  return {
    startedDateTime: spec.at ?? '2026-12-01T00:00:00.000Z',
    time: 40,
    request: request(spec),
    response: {
      status: spec.status ?? 200,
      statusText: 'OK',
      headers: headerList({ 'content-type': 'text/event-stream; charset=utf-8', ...spec.headers }),
      content: { mimeType: 'text/event-stream; charset=utf-8', size: text.length, text },
    },
  };
}

export function harLog(entries: HarEntry[], meta: Partial<OaicMetadata> = {}): HarLog {
  return {
    log: {
      version: '1.2',
      creator: { name: 'Polly.JS', version: '6.0.6' },
      _oaic: { format: 1, scenarioId: null, target: 'emulator', provenance: 'emulator', sdk: null, harnessVersion: '0.1.0', recordedAt: '2026-12-01T00:00:00.000Z', ...meta },
      entries,
    },
  };
}
