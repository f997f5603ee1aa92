/**
 * multipart/form-data bodies (RFC 7578), parsed from the raw request bytes. The harness encodes
 * uploads with a fixed boundary (src/recording/multipart.ts) but real clients (undici FormData,
 * curl, requests, form-data) each pick their own, quote it or not, and fold headers differently,
 * so the boundary always comes from the Content-Type header.
 */

export interface MultipartPart {
  name: string;
  /** Present for file fields (`filename="…"` or RFC 5987 `filename*=`). */
  filename?: string;
  contentType?: string;
  data: Buffer;
}

const CRLF = Buffer.from('\r\n');
const LF = Buffer.from('\n');

export type MultipartResult = { ok: true; parts: MultipartPart[] } | { ok: false; reason: string };

/** The boundary of a multipart/form-data Content-Type, or null when the type is something else. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType || !/^\s*multipart\/form-data\s*(;|$)/i.test(contentType)) return null;
  const m = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2] ?? null) : null;
}

export function parseMultipart(body: Buffer, boundary: string): MultipartResult {
  const delimiter = Buffer.from(`--${boundary}`);
  let pos = body.indexOf(delimiter);
  if (pos === -1) return { ok: false, reason: 'the body does not contain the boundary' };
  const parts: MultipartPart[] = [];
  for (;;) {
    pos += delimiter.length;
    // `--` after a delimiter closes the body.
    if (body[pos] === 0x2d && body[pos + 1] === 0x2d) return { ok: true, parts };
    // Skip transport padding and the CRLF (tolerate a bare LF).
    while (body[pos] === 0x20 || body[pos] === 0x09) pos++;
    if (body[pos] === 0x0d) pos++;
    if (body[pos] !== 0x0a) return { ok: false, reason: 'a boundary line is not followed by a line break' };
    pos++;
    const headerEnd = findHeaderEnd(body, pos);
    if (!headerEnd) return { ok: false, reason: 'a part has no end of headers' };
    const headers = parseHeaders(body.subarray(pos, headerEnd.at).toString('latin1'));
    const dataStart = headerEnd.at + headerEnd.length;
    // The delimiter is only a delimiter at the start of a line (CRLF, or a bare LF from lax clients).
    let next = body.indexOf(Buffer.concat([CRLF, delimiter]), Math.max(0, dataStart - 2));
    let dataEnd = next;
    if (next !== -1) next += 2;
    else {
      next = body.indexOf(Buffer.concat([LF, delimiter]), Math.max(0, dataStart - 1));
      if (next === -1) return { ok: false, reason: 'the closing boundary is missing' };
      dataEnd = next;
      next += 1;
    }
    const disposition = headers.get('content-disposition');
    if (!disposition || !/^\s*form-data\b/i.test(disposition)) return { ok: false, reason: 'a part has no form-data Content-Disposition' };
    const params = dispositionParams(disposition);
    const name = params.get('name');
    if (name === undefined) return { ok: false, reason: 'a part has no name' };
    const part: MultipartPart = { name, data: body.subarray(Math.min(dataStart, dataEnd), dataEnd) };
    const filename = params.get('filename*') ?? params.get('filename');
    if (filename !== undefined) part.filename = filename;
    const type = headers.get('content-type');
    if (type !== undefined) part.contentType = type;
    parts.push(part);
    pos = next;
  }
}

function findHeaderEnd(body: Buffer, from: number): { at: number; length: number } | null {
  const crlf = body.indexOf('\r\n\r\n', from, 'latin1');
  const lf = body.indexOf('\n\n', from, 'latin1');
  if (crlf !== -1 && (lf === -1 || crlf <= lf)) return { at: crlf, length: 4 };
  if (lf !== -1) return { at: lf, length: 2 };
  // A part with no headers at all starts with the blank line directly.
  return null;
}

function parseHeaders(text: string): Map<string, string> {
  const out = new Map<string, string>();
  // Unfold obsolete line folding, then split.
  for (const line of text.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const i = line.indexOf(':');
    if (i > 0) out.set(line.slice(0, i).trim().toLowerCase(), line.slice(i + 1).trim());
  }
  return out;
}

/** `form-data; name="file"; filename="a \"b\".txt"; filename*=UTF-8''%E2%82%AC.txt` → params. */
function dispositionParams(value: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /;\s*([^=;\s]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let m = re.exec(value); m; m = re.exec(value)) {
    const key = (m[1] ?? '').toLowerCase();
    let v = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : (m[3] ?? '').trim();
    if (key.endsWith('*')) {
      const ext = /^([^']*)'[^']*'(.*)$/.exec(v);
      if (ext) {
        try {
          v = decodeURIComponent(ext[2] ?? '');
        } catch {
          continue;
        }
      }
    } else if (m[2] !== undefined) {
      // Browsers and undici send UTF-8 bytes in quoted filenames; headers were read as latin1.
      v = Buffer.from(v, 'latin1').toString('utf8');
    }
    out.set(key, v);
  }
  return out;
}
