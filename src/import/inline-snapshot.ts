/**
 * openai-python's live-recorded test snapshots: a test file with
 * `make_snapshot_request(lambda c: c.responses.create(model="…", input="…"),
 * content_snapshot=snapshot('<response JSON>'), path="/responses", …)`. Each call is one exchange:
 * the SDK method gives the HTTP method, `path` the URL, simple keyword arguments (strings, numbers,
 * True/False/None) the JSON request body, the snapshot the response body.
 */
import type { CapturedExchange } from './captured.ts';

/** SDK method name → HTTP method (data). */
export const SDK_METHODS: Record<string, string> = { create: 'POST', update: 'POST', cancel: 'POST', retrieve: 'GET', list: 'GET', delete: 'DELETE' };

const STRING = String.raw`'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"`;
const CALL = /make_snapshot_request\(\s*lambda\s+\w+:\s*\w+\.([\w.]+)\.(\w+)\(([\s\S]*?)\),\s*content_snapshot=snapshot\(\s*((?:(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*)+)\),\s*path=("[^"]*"|'[^']*')/g;
const KWARG = new RegExp(String.raw`(\w+)\s*=\s*(${STRING}|-?\d+(?:\.\d+)?|True|False|None)\s*,?`, 'g');

export const isInlineSnapshot = (text: string): boolean => /make_snapshot_request\(/.test(text) && /content_snapshot=snapshot\(/.test(text);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

/** Decodes one Python string literal (no prefixes): the escapes a repr() writes. */
export function pythonString(literal: string): string {
  const body = literal.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = body[++i] ?? '';
    if (next === 'u' || next === 'x') {
      const len = next === 'u' ? 4 : 2;
      out += String.fromCharCode(parseInt(body.slice(i + 1, i + 1 + len), 16));
      i += len;
    } else out += ESCAPES[next] ?? `\\${next}`;
  }
  return out;
}

function pythonLiteral(v: string): unknown {
  if (v === 'True') return true;
  if (v === 'False') return false;
  if (v === 'None') return null;
  if (/^['"]/.test(v)) return pythonString(v);
  return Number(v);
}

export function inlineSnapshotExchanges(text: string): CapturedExchange[] {
  const out: CapturedExchange[] = [];
  for (const m of text.matchAll(CALL)) {
    const [, , method = 'create', args = '', snapshot = '', pathLiteral = '""'] = m;
    const body: Record<string, unknown> = {};
    for (const k of args.matchAll(KWARG)) body[k[1]!] = pythonLiteral(k[2]!);
    const literals = snapshot.match(new RegExp(STRING, 'g')) ?? [];
    const httpMethod = SDK_METHODS[method] ?? 'POST';
    out.push({
      method: httpMethod,
      url: `https://api.openai.com/v1${pythonString(pathLiteral)}`,
      requestHeaders: httpMethod === 'POST' ? { 'content-type': ['application/json'] } : {},
      requestBody: httpMethod === 'POST' ? JSON.stringify(body) : null,
      status: 200,
      statusText: 'OK',
      responseHeaders: { 'content-type': ['application/json'] },
      responseBody: literals.map(pythonString).join(''),
    });
  }
  return out;
}
