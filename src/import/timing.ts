/**
 * Capture clocks: VCR cassettes date an exchange by its `Date` header or `recorded_at`, one-second
 * resolution, and a client polling twice a second leaves two exchanges in the same second. Giving
 * them 1 ms apart would invent a busy loop (the polling check would flag it), so exchanges that
 * share a second are spread evenly across it: the estimate that neither invents nor hides a gap.
 * Captures with millisecond timestamps (HAR) are left as they are.
 */

/** Times in ms (NaN when unknown) → the same times, second-resolution runs spread evenly. */
export function spreadWithinSeconds(times: readonly number[]): number[] {
  const known = times.filter((t) => Number.isFinite(t));
  if (!known.length || known.some((t) => t % 1000 !== 0)) return [...times];
  const out = [...times];
  for (let i = 0; i < times.length; ) {
    let j = i + 1;
    while (j < times.length && times[j] === times[i]) j++;
    const t = times[i]!;
    if (Number.isFinite(t)) for (let k = i; k < j; k++) out[k] = t + Math.floor(((k - i) * 1000) / (j - i));
    i = j;
  }
  return out;
}

/**
 * What the recording can say about time (`log._oaic.timing`): `recorded` when every exchange has a
 * millisecond time, `estimated` when times are second-resolution or partly missing, `none` when the
 * capture has no clock at all (then the entries' times only keep the order and are not judged).
 */
export function timingOf(times: readonly number[]): 'recorded' | 'estimated' | 'none' {
  const known = times.filter((t) => Number.isFinite(t));
  if (!known.length) return 'none';
  return known.length === times.length && known.some((t) => t % 1000 !== 0) ? 'recorded' : 'estimated';
}
