/**
 * Comparing two sequences (event names of a stream, statuses of a run) behaviourally: repeats of
 * the same element in a row are one element (a delta arriving 3 or 30 times, a run polled 2 or 5
 * times while in_progress), names present on one side only are reported as such, and what is left
 * is either equal, reordered (same elements, other order) or changed in its occurrences.
 */
export const collapse = (seq: readonly string[]): string[] => seq.filter((v, i) => i === 0 || seq[i - 1] !== v);

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

export interface SequenceDiff {
  /** Equal after collapsing repeats, but the raw sequences differ in repetition counts. */
  repeatsOnly: boolean;
  /** Elements in old only / in new only (sorted). */
  removed: string[];
  added: string[];
  /** Over the elements both have: same multiset, other order. */
  reordered: boolean;
  /** Over the elements both have: the occurrences differ (one appears more or fewer times). */
  occurrences: boolean;
}

export function compareSequences(oldSeq: readonly string[], newSeq: readonly string[]): SequenceDiff | null {
  if (same(oldSeq, newSeq)) return null;
  const a = collapse(oldSeq);
  const b = collapse(newSeq);
  const none = { removed: [], added: [], reordered: false, occurrences: false };
  if (same(a, b)) return { repeatsOnly: true, ...none };
  const va = new Set(a);
  const vb = new Set(b);
  const removed = [...va].filter((v) => !vb.has(v)).sort();
  const added = [...vb].filter((v) => !va.has(v)).sort();
  const ca = collapse(a.filter((v) => vb.has(v)));
  const cb = collapse(b.filter((v) => va.has(v)));
  if (same(ca, cb)) return { ...none, repeatsOnly: false, removed, added };
  const reordered = same([...ca].sort(), [...cb].sort());
  return { repeatsOnly: false, removed, added, reordered, occurrences: !reordered };
}
