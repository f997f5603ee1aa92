/**
 * The behavioural normaliser: Traffic in, Traffic out with every volatile value replaced, so two
 * recordings of the same behaviour made at different times normalise to the same thing. Ids
 * become `<prefix#n>` numbered by first appearance (identity is kept: the same run is `<run#1>`
 * everywhere, also inside error messages), timestamps and token counts become 0 (the type stays
 * a number), generated text becomes `<text>` unless `text: true`. Headers other than the content
 * type, timings and SSE ids are dropped. The rules are data (VOLATILE_RULES), applied by key.
 */
import type { HttpExchange, SseEvent, Traffic } from '../traffic/types.ts';

export interface NormaliseOptions {
  /** Keep generated text (compare it too). Default false. */
  text?: boolean;
}

type Kind = 'string' | 'number';
interface VolatileRule {
  name: string;
  /** Matches the property name holding the value (array elements use their array's key). */
  key: RegExp;
  type: Kind;
  /** Only when generated text is normalised (not with --text). */
  generatedText?: true;
  replace: (value: string | number, ids: IdTable) => unknown;
}

/**
 * Ids: `asst_…`, `resp_…`, `file-…`, `req_…`, `fp_…`: a lowercase prefix, `_` or `-`, then 8+
 * characters with a digit, or 16+ with an uppercase letter (real ids such as
 * `thread_NECaulnAabqUuqwdYqgpMEri` need not hold a digit). Words like `invalid_request_error` do not match.
 */
const ID_IN_TEXT = /\b([a-z][a-z0-9]{0,11})([_-])((?=[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}|(?=[a-z0-9]*[A-Z])[A-Za-z0-9]{16,})\b/g;
const PLACEHOLDER = /^<[A-Za-z0-9]+#\d+>$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export const VOLATILE_RULES: readonly VolatileRule[] = [
  { name: 'id', key: /^(id|.*_id|.*_ids|ids)$/, type: 'string', replace: (v, ids) => ids.placeholder(String(v)) },
  { name: 'timestamp', key: /(^|_)(at|created|timestamp|date)$/, type: 'number', replace: () => 0 },
  { name: 'token-count', key: /^(?!max_)((.*_)?tokens(_.*)?|token_count)$/, type: 'number', replace: () => 0 },
  { name: 'fingerprint', key: /^(system_fingerprint|obfuscation|encrypted_content)$/, type: 'string', replace: () => '<opaque>' },
  { name: 'generated-text', key: /^(text|value|delta|refusal|arguments|transcript|output_text|summary_text|partial_json|input|logs)$/, type: 'string', generatedText: true, replace: () => '<text>' },
  { name: 'text-offset', key: /^(start_index|end_index)$/, type: 'number', generatedText: true, replace: () => 0 },
  // Event numbering grows with the number of deltas, which follows from the generated text.
  { name: 'sequence-number', key: /^sequence_number$/, type: 'number', generatedText: true, replace: () => 0 },
  { name: 'ids-in-text', key: /^/, type: 'string', replace: (v, ids) => (ISO_DATE.test(String(v)) ? '<date>' : ids.inText(String(v))) },
];

/** Maps real ids to `<prefix#n>` in order of first appearance, per prefix. */
export class IdTable {
  private readonly seen = new Map<string, string>();
  private readonly counts = new Map<string, number>();

  placeholder(id: string): string {
    if (PLACEHOLDER.test(id)) return id; // already normalised
    const known = this.seen.get(id);
    if (known) return known;
    const prefix = /^([A-Za-z][A-Za-z0-9]*)[_-]/.exec(id)?.[1] ?? 'id';
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    const out = `<${prefix}#${n}>`;
    this.seen.set(id, out);
    return out;
  }

  /** Replaces id-shaped words inside free text (error messages, paths). */
  inText(text: string): string {
    return text.replace(ID_IN_TEXT, (m) => this.placeholder(m));
  }
}

function rulesFor(opts: NormaliseOptions): readonly VolatileRule[] {
  return opts.text ? VOLATILE_RULES.filter((r) => !r.generatedText) : VOLATILE_RULES;
}

export function normaliseValue(value: unknown, key: string, ids: IdTable, opts: NormaliseOptions = {}): unknown {
  if (Array.isArray(value)) return value.map((v) => normaliseValue(v, key, ids, opts));
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normaliseValue(v, k, ids, opts);
    return out;
  }
  if (typeof value !== 'string' && typeof value !== 'number') return value;
  const kind: Kind = typeof value === 'string' ? 'string' : 'number';
  const rule = rulesFor(opts).find((r) => r.type === kind && r.key.test(key));
  return rule ? rule.replace(value, ids) : value;
}

const ID_SEGMENT = new RegExp(`^${ID_IN_TEXT.source}$`);

/** `/v1/threads/thread_abc/runs/run_1` (or `<thread#1>`, normalised) → `/v1/threads/{thread}/runs/{run}`. */
export function templatePath(path: string): string {
  return path
    .split('/')
    .map((seg) => {
      const placeholder = /^<([A-Za-z0-9]+)#\d+>$/.exec(seg)?.[1];
      if (placeholder) return `{${placeholder}}`;
      return ID_SEGMENT.test(seg) ? `{${/^[a-z][a-z0-9]*/.exec(seg)?.[0] ?? 'id'}}` : seg;
    })
    .join('/');
}

/** `text/event-stream; charset=utf-8` → `text/event-stream`. */
export const baseContentType = (ct: string | null): string | null => ct?.split(';')[0]?.trim().toLowerCase() || null;

function parseData(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return data;
  }
}

function normaliseEvent(ev: SseEvent, ids: IdTable, opts: NormaliseOptions): SseEvent {
  const parsed = parseData(ev.data);
  const data = typeof parsed === 'string' ? parsed : JSON.stringify(normaliseValue(parsed, '', ids, opts));
  return { index: ev.index, event: ev.event, data };
}

function normaliseExchange(x: HttpExchange, ids: IdTable, opts: NormaliseOptions): HttpExchange {
  const responseContentType = baseContentType(x.responseContentType);
  const out: HttpExchange = {
    index: x.index,
    method: x.method,
    path: ids.inText(x.path),
    query: ids.inText(x.query),
    requestContentType: baseContentType(x.requestContentType),
    requestBody: normaliseValue(x.requestBody, '', ids, opts),
    status: x.status,
    responseHeaders: responseContentType ? { 'content-type': responseContentType } : {},
    responseContentType,
    responseBody: normaliseValue(x.responseBody, '', ids, opts),
    sse: x.sse ? x.sse.map((ev) => normaliseEvent(ev, ids, opts)) : null,
  };
  if (x.transportError !== undefined) out.transportError = x.transportError;
  return out;
}

/** Normalises a whole body of traffic with one id table (identity across exchanges is kept). */
export function normaliseTraffic(traffic: Traffic, opts: NormaliseOptions = {}): Traffic {
  const ids = new IdTable();
  return { source: traffic.source, exchanges: traffic.exchanges.map((x) => normaliseExchange(x, ids, opts)) };
}
