/**
 * Error answers as templates: status, type, code, param and the message with its ids and request
 * ids replaced by `<id>` (`No run step found with id '<id>'.`), so a real error and the emulator's
 * answer to the same situation compare as text. Only `{ error: {…} }` envelopes count.
 */
import { isRecord } from '../checks/observe.ts';
import type { Traffic } from '../traffic/types.ts';

export interface ErrorTemplate {
  status: number;
  type: string | null;
  code: string | null;
  param: string | null;
  message: string;
}

const ID = /\b(?:asst|thread|run|msg|step|call|file|vs|vsfb|resp|rs|conv|fc|fco|ci|fs|req|batch|cntr)[_-][A-Za-z0-9]+\b/g;
/** An id has a digit or is long (`step_123`, `thread_NECaulxyz…`); `file_ids` is a parameter name. */
const isId = (s: string) => /\d/.test(s) || s.length >= 16;

export const templateOf = (message: string): string => message.replace(ID, (m) => (isId(m) ? '<id>' : m));

export const keyOf = (t: ErrorTemplate): string => `${t.status} ${t.type ?? '-'} code=${t.code ?? 'null'} param=${t.param ?? 'null'}: ${t.message}`;

/** Distinct error templates in the traffic → where each was first seen. */
export function errorTemplates(traffics: readonly Traffic[]): Map<string, { template: ErrorTemplate; seen: string }> {
  const out = new Map<string, { template: ErrorTemplate; seen: string }>();
  for (const traffic of traffics) {
    for (const ex of traffic.exchanges) {
      if (ex.status < 400 || !isRecord(ex.responseBody) || !isRecord(ex.responseBody['error'])) continue;
      const e = ex.responseBody['error'];
      const str = (v: unknown) => (typeof v === 'string' ? v : null);
      const template: ErrorTemplate = { status: ex.status, type: str(e['type']), code: str(e['code']), param: str(e['param']), message: templateOf(String(e['message'] ?? '')) };
      const key = keyOf(template);
      if (!out.has(key)) out.set(key, { template, seen: `${traffic.source} ${ex.method} ${ex.path}` });
    }
  }
  return out;
}
