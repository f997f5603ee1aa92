/**
 * A tiny replay fetch for imported recordings: answers each request with the next entry of the
 * HAR log, in recorded order, after checking that method and path match. SSE bodies are sent one
 * frame per chunk so the SDK's stream parser does real work. Used to prove an imported recording
 * replays through the official SDK (until the Polly replay layer is on main, which matches by
 * content instead).
 */
import { HarnessError } from '../errors/harness-error.ts';
import type { HarEntry, HarLog } from '../traffic/har.ts';

const NULL_BODY = new Set([101, 204, 205, 304]);

function body(entry: HarEntry): BodyInit | null {
  if (NULL_BODY.has(entry.response.status)) return null;
  const c = entry.response.content;
  if (c.text === undefined) return null;
  if (c.encoding === 'base64') return Buffer.from(c.text, 'base64');
  if (!c.mimeType.includes('text/event-stream')) return c.text;
  const frames = c.text.split(/(?<=\n\n)/);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const f of frames) controller.enqueue(encoder.encode(f));
      controller.close();
    },
  });
}

const pathOf = (url: string) => new URL(url, 'http://oaic.invalid').pathname;

export interface ReplayFetch {
  fetch: typeof fetch;
  /** Entries answered so far. */
  served(): number;
}

export function replayFetch(har: HarLog, source = har.log._recordingName ?? 'the recording'): ReplayFetch {
  const entries = [...har.log.entries].sort((a, b) => a.startedDateTime.localeCompare(b.startedDateTime));
  let next = 0;
  const fetchFn = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = (init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
    const entry = entries[next];
    if (!entry) {
      throw new HarnessError('RECORDING_MISSING', `Failed to replay ${method} ${pathOf(url)} from ${source}: all ${entries.length} recorded exchanges were already answered. Import the complete capture again.`);
    }
    if (entry.request.method.toUpperCase() !== method || pathOf(entry.request.url) !== pathOf(url)) {
      throw new HarnessError('RECORDING_MISSING', `Failed to replay ${method} ${pathOf(url)} from ${source}: exchange ${next} was recorded as ${entry.request.method} ${pathOf(entry.request.url)}. Replay the requests in the order they were captured.`);
    }
    next += 1;
    if (entry.response.status === 0) throw new TypeError(`fetch failed (recorded: ${entry.response.statusText ?? 'no response'})`);
    const headers = new Headers();
    for (const h of entry.response.headers) headers.append(h.name, h.value);
    if (entry.response.content.mimeType && !headers.has('content-type')) headers.set('content-type', entry.response.content.mimeType);
    return new Response(body(entry), { status: entry.response.status, statusText: entry.response.statusText ?? '', headers });
  };
  return { fetch: fetchFn as typeof fetch, served: () => next };
}
