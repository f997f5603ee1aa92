/**
 * Scrubbing for imported traffic, the same rules as recording (docs/decisions/0002): the
 * credential and client-fingerprint headers are dropped and key-shaped strings in URLs, header
 * values and bodies are replaced. MINIMAL STAND-IN until the recording layer's scrubber (branch
 * `recording`) is on main; then this file should re-export that one.
 */

/** Dropped from requests and responses. content-encoding/length and transfer-encoding too: imported bodies are stored decoded. */
export const SCRUB_HEADERS = /^(authorization|openai-organization|openai-project|cookie|set-cookie|user-agent|x-stainless-.*|content-encoding|content-length|transfer-encoding|api-key|x-api-key)$/i;

/** Secret-shaped strings and their replacements. */
export const SECRET_PATTERNS: readonly { name: string; pattern: RegExp; replacement: string }[] = [
  { name: 'openai-key', pattern: /\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}/g, replacement: 'sk-REDACTED' },
  { name: 'bearer', pattern: /\bBearer\s+(?!REDACTED\b)[A-Za-z0-9._~+/=-]{8,}/g, replacement: 'Bearer REDACTED' },
  { name: 'session-key', pattern: /\bsess-[A-Za-z0-9]{16,}/g, replacement: 'sess-REDACTED' },
  { name: 'organization', pattern: /\borg-[A-Za-z0-9]{16,}/g, replacement: 'org-REDACTED' },
  { name: 'project', pattern: /\bproj_[A-Za-z0-9]{16,}/g, replacement: 'proj_REDACTED' },
];

export function scrubText(text: string): string {
  let out = text;
  for (const { pattern, replacement } of SECRET_PATTERNS) out = out.replace(pattern, replacement);
  return out;
}

export const keepHeader = (name: string): boolean => !SCRUB_HEADERS.test(name);
