/**
 * The per-item bookkeeping of the Responses stream grammar: items, their open parts, their delta
 * families and the texts those families built, compared with an item object (output_item.done or
 * the final response). Pure data and functions; the grammar (responses-stream-grammar.ts) turns
 * the problems into violations.
 */
import { pick } from './assistants-deltas.ts';
import { str, type Json } from './observe.ts';
import { DELTA_FAMILIES, type DeltaFamily } from './responses-stream-table.ts';

export interface Family { state: 'delta' | 'done'; acc: string; done?: string }

export interface Item {
  id: string;
  type: string;
  /** output_index; -1 when unknown (an item first met mid-way in a resumed stream). */
  index: number;
  state: 'added' | 'done' | 'resumed';
  parts: Map<string, 'added' | 'done'>;
  partCount: { part: number; summary: number };
  progress: string;
  families: Map<string, Family>;
}

export const newItem = (id: string, type: string, index: number, resumed: boolean): Item => ({
  id, type, index, state: resumed ? 'resumed' : 'added', parts: new Map(), partCount: { part: 0, summary: 0 }, progress: resumed ? 'resumed' : 'start', families: new Map(),
});

/** `response.output_text|0`: a family instance within an item (by content or summary index). */
export const familyKey = (name: string, f: DeltaFamily, d: Json): string => `${name}|${f.level === 'part' ? String(d['content_index']) : f.level === 'summary' ? String(d['summary_index']) : ''}`;
export const partKey = (level: 'part' | 'summary', index: unknown): string => `${level}:${String(index)}`;

export interface TextProblem { path: string; observed: unknown; expected: unknown; message: string }

/** The `.done` texts of an item's families against an item object; an id mismatch first. */
export function itemTextProblems(item: Item, obj: Json, at: string): TextProblem[] {
  if (str(obj['id']) !== item.id) return [{ path: `${at}.id`, observed: obj['id'], expected: item.id, message: `Item at output_index ${item.index} is ${String(obj['id'])}, the stream built ${item.id}` }];
  const out: TextProblem[] = [];
  for (const [key, f] of item.families) {
    const [name, idx] = key.split('|');
    const fam = DELTA_FAMILIES[name ?? ''];
    if (!fam || f.done === undefined) continue;
    const got = 'array' in fam.itemPath ? pick((obj[fam.itemPath.array] as unknown[] | undefined)?.[Number(idx)], fam.itemPath.field) : pick(obj, fam.itemPath.field);
    const path = 'array' in fam.itemPath ? `${fam.itemPath.array}[${idx}].${fam.itemPath.field}` : fam.itemPath.field;
    if (typeof got === 'string' && got !== f.done) out.push({ path: `${at}.${path}`, observed: f.done, expected: got, message: `${name} text of item ${item.id} differs from ${at}` });
  }
  return out;
}

/** What is still open in an item: parts and delta families. */
export function openScopes(item: Item): string[] {
  const open: string[] = [];
  for (const [k, s] of item.parts) if (s !== 'done') open.push(k);
  for (const [k, f] of item.families) if (f.state !== 'done') open.push(`${k.split('|')[0] ?? k}.done`);
  return open;
}
