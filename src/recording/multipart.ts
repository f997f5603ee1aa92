/**
 * Uploads: the SDK hands fetch a WHATWG FormData whose boundary undici picks at random. We encode
 * it ourselves with a fixed boundary so a recording stores the body as text and matches it on
 * content (see docs/decisions/0002-recording-layer.md).
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
