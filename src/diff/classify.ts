/**
 * Compares two behaviour profiles of one scenario and returns the changes, each classed by
 * CHANGE_CLASSES (classes.ts). Sequences are compared with compareSequences (repeats collapse);
 * a removed field is reported once at its topmost path, not again for each child.
 */
import { change, type ChangeKind, type DriftChange } from './classes.ts';
import type { BehaviourProfile } from './profile.ts';
import { compareSequences } from './sequence.ts';

const keys = (a: object, b: object) => [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);
const show = (seq: readonly unknown[]) => seq.map(String).join(' > ');

/** Keeps only paths with no listed ancestor (`a.b` is dropped when `a` is listed). */
function topmost(paths: string[]): string[] {
  const set = new Set(paths);
  return paths.filter((p) => !paths.some((q) => q !== p && (p.startsWith(`${q}.`) || p.startsWith(`${q}[]`)) && set.has(q)));
}

interface SeqKinds {
  removed: ChangeKind;
  added: ChangeKind;
  reordered: ChangeKind;
  occurrences: ChangeKind;
  noun: string;
  plural: string;
}
const EVENT_KINDS: SeqKinds = { removed: 'event-removed', added: 'event-added', reordered: 'events-reordered', occurrences: 'event-occurrence-changed', noun: 'event', plural: 'events' };
const STATUS_KINDS: SeqKinds = { removed: 'status-removed', added: 'status-added', reordered: 'statuses-reordered', occurrences: 'status-occurrence-changed', noun: 'status', plural: 'statuses' };

function sequenceChanges(s: string, where: string, a: string[], b: string[], k: SeqKinds): DriftChange[] {
  const d = compareSequences(a, b);
  if (!d) return [];
  if (d.repeatsOnly) return [change(s, 'repeat-count-changed', where, a.length, b.length, `${where}: same ${k.plural}, repeated ${a.length} → ${b.length} times in all`)];
  const out: DriftChange[] = [];
  for (const v of d.removed) out.push(change(s, k.removed, where, v, null, `${where}: ${k.noun} ${v} no longer happens`));
  for (const v of d.added) out.push(change(s, k.added, where, null, v, `${where}: new ${k.noun} ${v}`));
  if (d.reordered) out.push(change(s, k.reordered, where, a, b, `${where}: ${k.plural} reordered: ${show(a)} → ${show(b)}`));
  if (d.occurrences) out.push(change(s, k.occurrences, where, a, b, `${where}: ${k.noun} sequence changed: ${show(a)} → ${show(b)}`));
  return out;
}

function requestChanges(s: string, a: BehaviourProfile, b: BehaviourProfile): DriftChange[] {
  const out: DriftChange[] = [];
  for (const key of keys(a.requests, b.requests)) {
    const x = a.requests[key];
    const y = b.requests[key];
    if (!y) out.push(change(s, 'request-removed', key, x, null, `${key} is no longer requested`));
    else if (!x) out.push(change(s, 'request-added', key, null, y, `${key} is a new request`));
    else {
      const d = compareSequences(x.map(String), y.map(String));
      if (d?.repeatsOnly) out.push(change(s, 'repeat-count-changed', key, x.length, y.length, `${key}: requested ${x.length} → ${y.length} times, same statuses`));
      else if (d) out.push(change(s, 'http-status-changed', key, x, y, `${key}: HTTP status ${show(x)} → ${show(y)}`));
      const ca = a.contentTypes[key] ?? [];
      const cb = b.contentTypes[key] ?? [];
      if (!sameList(ca, cb)) out.push(change(s, 'content-type-changed', key, ca, cb, `${key}: content type ${ca.join(', ')} → ${cb.join(', ')}`));
    }
  }
  return out;
}

function keyedSequences(s: string, a: Record<string, string[]>, b: Record<string, string[]>, k: SeqKinds, gone: ChangeKind, fresh: ChangeKind): DriftChange[] {
  const out: DriftChange[] = [];
  for (const key of keys(a, b)) {
    const x = a[key];
    const y = b[key];
    if (!y) out.push(change(s, gone, key, x, null, `${key} is no longer observed (${k.plural} ${show(x ?? [])})`));
    else if (!x) out.push(change(s, fresh, key, null, y, `${key} is new (${k.plural} ${show(y)})`));
    else out.push(...sequenceChanges(s, key, x, y, k));
  }
  return out;
}

function fieldChanges(s: string, a: BehaviourProfile, b: BehaviourProfile): DriftChange[] {
  const out: DriftChange[] = [];
  for (const kind of keys(a.fields, b.fields)) {
    const x = a.fields[kind];
    const y = b.fields[kind];
    if (!y) out.push(change(s, 'kind-removed', kind, Object.keys(x ?? {}), null, `objects of kind ${kind} no longer appear`));
    else if (!x) out.push(change(s, 'kind-added', kind, null, Object.keys(y), `new object kind ${kind}`));
    else {
      const removed = topmost(Object.keys(x).filter((p) => !(p in y)));
      const added = topmost(Object.keys(y).filter((p) => !(p in x)));
      for (const p of removed) out.push(change(s, 'field-removed', `${kind} ${p}`, x[p], null, `${kind}: field ${p} removed (was ${x[p]?.join('|')})`));
      for (const p of added) out.push(change(s, 'field-added', `${kind} ${p}`, null, y[p], `${kind}: new field ${p} (${y[p]?.join('|')})`));
      for (const p of Object.keys(x).filter((q) => q in y)) {
        const tx = x[p] ?? [];
        const ty = y[p] ?? [];
        if (sameList(tx, ty)) continue;
        const widened = ty.some((t) => !tx.includes(t));
        out.push(change(s, widened ? 'type-changed' : 'type-narrowed', `${kind} ${p}`, tx, ty, `${kind}: ${p} type ${tx.join('|')} → ${ty.join('|')}`));
      }
    }
  }
  return out;
}

function valueChanges(s: string, a: BehaviourProfile, b: BehaviourProfile): DriftChange[] {
  const out: DriftChange[] = [];
  for (const kind of Object.keys(a.values).filter((k) => k in b.values).sort()) {
    const x = a.values[kind] ?? {};
    const y = b.values[kind] ?? {};
    for (const p of Object.keys(x).filter((q) => q in y).sort()) {
      if (!sameList(a.fields[kind]?.[p] ?? [], b.fields[kind]?.[p] ?? [])) continue; // reported as a type change
      if (!sameList(x[p] ?? [], y[p] ?? [])) out.push(change(s, 'value-changed', `${kind} ${p}`, x[p], y[p], `${kind}: ${p} ${x[p]?.join(', ')} → ${y[p]?.join(', ')}`));
    }
  }
  return out;
}

function errorChanges(s: string, a: BehaviourProfile, b: BehaviourProfile): DriftChange[] {
  const out: DriftChange[] = [];
  for (const where of keys(a.errors, b.errors)) {
    const x = a.errors[where];
    const y = b.errors[where];
    if (!y) out.push(change(s, 'error-removed', where, x, null, `${where}: the error no longer happens (${x?.join('; ')})`));
    else if (!x) out.push(change(s, 'error-added', where, null, y, `${where}: new error ${y.join('; ')}`));
    else if (!sameList(x, y)) out.push(change(s, 'error-changed', where, x, y, `${where}: error ${x.join('; ')} → ${y.join('; ')}`));
  }
  return out;
}

/** Every behavioural change from `a` (old) to `b` (new), in a stable order. */
export function compareProfiles(a: BehaviourProfile, b: BehaviourProfile): DriftChange[] {
  const s = b.scenario;
  return [
    ...requestChanges(s, a, b),
    ...keyedSequences(s, a.streams, b.streams, EVENT_KINDS, 'stream-removed', 'stream-added'),
    ...keyedSequences(s, a.statuses, b.statuses, STATUS_KINDS, 'object-removed', 'object-added'),
    ...fieldChanges(s, a, b),
    ...valueChanges(s, a, b),
    ...errorChanges(s, a, b),
  ];
}
