import type { ErrorMatcher, ErrorRecord } from '../scenario/types.ts';

/** Reduces any thrown value to what a scenario may assert on. Never includes headers. */
export function toErrorRecord(error: unknown): ErrorRecord {
  if (!(error instanceof Error)) return { class: typeof error, message: String(error) };
  const e = error as Error & { status?: unknown; code?: unknown; type?: unknown; param?: unknown };
  const record: ErrorRecord = { class: e.constructor?.name || e.name, message: e.message };
  if (typeof e.status === 'number') record.status = e.status;
  if ('code' in e && (typeof e.code === 'string' || e.code === null)) record.code = e.code;
  if ('type' in e && (typeof e.type === 'string' || e.type === null)) record.type = e.type;
  if ('param' in e && (typeof e.param === 'string' || e.param === null)) record.param = e.param;
  return record;
}

/** Differences between an error and what was expected, as `field: observed ≠ expected` lines. */
export function mismatches(record: ErrorRecord, matcher: ErrorMatcher): string[] {
  const out: string[] = [];
  const cmp = (field: keyof ErrorMatcher & keyof ErrorRecord) => {
    if (!(field in matcher)) return;
    const want = matcher[field];
    const got = record[field];
    if (want instanceof RegExp) {
      if (typeof got !== 'string' || !want.test(got)) out.push(`${field}: ${JSON.stringify(got)} does not match ${want}`);
    } else if (got !== want) {
      out.push(`${field}: ${JSON.stringify(got)} ≠ ${JSON.stringify(want)}`);
    }
  };
  cmp('class'); cmp('status'); cmp('code'); cmp('type'); cmp('param'); cmp('message');
  return out;
}
