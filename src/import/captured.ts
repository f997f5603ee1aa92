/**
 * The shape every import format is first turned into: one HTTP exchange as captured elsewhere,
 * bodies still as the capture stored them (text, or bytes that may be gzip/deflate/br). `toHarEntry`
 * decodes it and writes it in the recording format (import-file.ts then scrubs the whole log with
 * the recording layer's scrubber).
 */
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { isTextual } from '../traffic/body.ts';
import type { HarEntry, HarHeader } from '../traffic/har.ts';

export interface CapturedExchange {
  method: string;
  url: string;
  /** Header name → values (VCR keeps lists). */
  requestHeaders: Record<string, string[]>;
  requestBody: string | Uint8Array | null;
  status: number;
  statusText?: string;
  responseHeaders: Record<string, string[]>;
  responseBody: string | Uint8Array | null;
  /** When the capture says (ISO 8601). */
  startedAt?: string;
  durationMs?: number;
}

export const headerValue = (h: Record<string, string[]>, name: string): string | null =>
  Object.entries(h).find(([k]) => k.toLowerCase() === name)?.[1]?.[0] ?? null;

/** Stored bodies are decoded, so the headers describing the wire encoding no longer apply. */
const WIRE_ENCODING_HEADERS = /^(content-encoding|content-length|transfer-encoding)$/i;

const DECODERS: Record<string, (b: Buffer) => Buffer> = { gzip: gunzipSync, 'x-gzip': gunzipSync, deflate: inflateSync, br: brotliDecompressSync };

/** Bytes as stored → bytes on the wire after content decoding (gzip is also recognised by its magic number). */
export function decodeBody(body: string | Uint8Array, encoding: string | null): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  const enc = encoding?.toLowerCase().trim() ?? (bytes[0] === 0x1f && bytes[1] === 0x8b ? 'gzip' : null);
  const decode = enc ? DECODERS[enc] : undefined;
  if (!decode) return bytes;
  try {
    return decode(bytes);
  } catch {
    return bytes;
  }
}

function headers(h: Record<string, string[]>): HarHeader[] {
  const out: HarHeader[] = [];
  for (const [name, values] of Object.entries(h)) if (!WIRE_ENCODING_HEADERS.test(name)) for (const value of values) out.push({ name: name.toLowerCase(), value: String(value) });
  return out;
}

/** Response bodies that are not text are kept as base64; request bodies (HAR postData has no encoding) always as text. */
function content(body: string | Uint8Array | null, h: Record<string, string[]>, side: 'request' | 'response'): { text?: string; encoding?: string; size: number; mimeType: string } {
  const mimeType = headerValue(h, 'content-type') ?? (body === null || body.length === 0 ? '' : 'application/json');
  if (body === null) return { mimeType, size: 0 };
  const bytes = decodeBody(body, headerValue(h, 'content-encoding'));
  if (side === 'request' && !isTextual(mimeType || null)) {
    const utf8 = bytes.toString('utf8');
    const text = Buffer.from(utf8, 'utf8').equals(bytes) ? utf8 : bytes.toString('latin1');
    return { mimeType, size: bytes.byteLength, text };
  }
  if (isTextual(mimeType || null)) {
    const text = bytes.toString('utf8');
    return { mimeType, size: Buffer.byteLength(text), text };
  }
  return { mimeType, size: bytes.byteLength, text: bytes.toString('base64'), encoding: 'base64' };
}

/** One captured exchange as a HAR entry; `notBefore` keeps entries strictly in capture order. */
export function toHarEntry(x: CapturedExchange, index: number, notBefore: number): HarEntry {
  const when = Math.max(x.startedAt ? Date.parse(x.startedAt) || 0 : 0, notBefore + 1);
  const url = x.url;
  const req = content(x.requestBody, x.requestHeaders, 'request');
  const res = content(x.responseBody, x.responseHeaders, 'response');
  const entry: HarEntry = {
    _order: index,
    startedDateTime: new Date(when).toISOString(),
    time: x.durationMs ?? 0,
    request: {
      method: x.method.toUpperCase(),
      url,
      httpVersion: 'HTTP/1.1',
      headers: headers(x.requestHeaders),
      queryString: [...new URL(url, 'http://oaic.invalid').searchParams].map(([name, value]) => ({ name, value })),
      headersSize: -1,
      bodySize: req.size,
      cookies: [],
    },
    response: {
      status: x.status,
      statusText: x.statusText ?? '',
      httpVersion: 'HTTP/1.1',
      headers: headers(x.responseHeaders),
      content: res,
      headersSize: -1,
      bodySize: res.size,
      cookies: [],
      redirectURL: '',
    },
    cache: {},
    timings: { send: 0, wait: x.durationMs ?? 0, receive: 0 },
  };
  if (req.text !== undefined && req.size > 0) entry.request.postData = { mimeType: req.mimeType, text: req.text };
  return entry;
}
