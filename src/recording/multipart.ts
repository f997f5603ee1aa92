/**
 * Uploads: the SDK hands fetch a WHATWG FormData whose boundary undici picks at random. We encode
 * it ourselves with a fixed boundary so a recording stores the body as text and matches it on
 * content (see docs/decisions/0003-recording-layer.md).
 */
export const FIXED_BOUNDARY = '----oaic-multipart-boundary-0000000000';

export interface EncodedMultipart {
  body: Uint8Array<ArrayBuffer>;
  contentType: string;
}

export async function encodeMultipart(form: FormData): Promise<EncodedMultipart> {
  const response = new Response(form);
  const contentType = response.headers.get('content-type') ?? '';
  const boundary = /boundary=(.*)$/.exec(contentType)?.[1];
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!boundary) return { body: bytes, contentType };
  return {
    body: replaceAll(bytes, new TextEncoder().encode(boundary), new TextEncoder().encode(FIXED_BOUNDARY)),
    contentType: `multipart/form-data; boundary=${FIXED_BOUNDARY}`,
  };
}

/** Byte-level replace (the body may hold binary file content, so no string round trip). */
function replaceAll(haystack: Uint8Array, needle: Uint8Array, replacement: Uint8Array): Uint8Array<ArrayBuffer> {
  const buf = Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength);
  const parts: Buffer[] = [];
  let from = 0;
  for (;;) {
    const at = buf.indexOf(needle, from);
    if (at === -1) break;
    parts.push(buf.subarray(from, at), Buffer.from(replacement));
    from = at + needle.length;
  }
  parts.push(buf.subarray(from));
  return new Uint8Array(Buffer.concat(parts));
}

/** A body an older SDK hands fetch for an upload: bytes, text, a web stream or a Node stream. */
type UploadBody = string | Uint8Array | ArrayBuffer | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string>;

async function bodyBytes(body: UploadBody): Promise<Uint8Array> {
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Uint8Array) return body;
  if (body instanceof ArrayBuffer) return new Uint8Array(body);
  if (body instanceof ReadableStream) return new Uint8Array(await new Response(body).arrayBuffer());
  const chunks: Buffer[] = [];
  for await (const c of body) chunks.push(typeof c === 'string' ? Buffer.from(c) : Buffer.from(c));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * Uploads already encoded by the SDK (openai 4.x builds its own multipart body, often as a Node
 * stream, with a random boundary): read them into bytes and swap the boundary for the fixed one,
 * so they record as text, match on content, and need no `duplex: 'half'` from native fetch.
 */
export async function fixEncodedMultipart(body: unknown, contentType: string): Promise<EncodedMultipart | null> {
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1];
  if (!boundary || body === null || body === undefined) return null;
  const isBody = typeof body === 'string' || body instanceof Uint8Array || body instanceof ArrayBuffer || body instanceof ReadableStream || (typeof body === 'object' && Symbol.asyncIterator in body);
  if (!isBody) return null;
  const bytes = await bodyBytes(body as UploadBody);
  return {
    body: replaceAll(bytes, new TextEncoder().encode(boundary), new TextEncoder().encode(FIXED_BOUNDARY)),
    contentType: `multipart/form-data; boundary=${FIXED_BOUNDARY}`,
  };
}
