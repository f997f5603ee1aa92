/**
 * Body and URL helpers shared by everything that turns wire traffic into HttpExchanges: the live
 * observer (src/runner/observer.ts) and the HAR reader (src/traffic/har.ts).
 */
import { createHash } from 'node:crypto';

/** Headers never kept in an observation or a recording. */
export const DROP_HEADERS = /^(set-cookie|cookie|authorization|openai-organization|openai-project|x-stainless-.*|user-agent)$/i;

export function splitUrl(input: string): { path: string; query: string } {
  const url = new URL(input, 'http://oaic.invalid');
  return { path: url.pathname, query: url.search.replace(/^\?/, '') };
}

/** JSON when it parses (or is declared JSON), else the text; null for an empty body. */
export function parseText(text: string, contentType: string | null): unknown {
  if (text.length === 0) return null;
  if (contentType?.includes('json') || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}

export function binarySummary(bytes: Uint8Array): { binary: true; size: number; sha256: string } {
  return { binary: true, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export function isTextual(contentType: string | null): boolean {
  return contentType === null || /json|text|xml|javascript|event-stream/.test(contentType);
}
