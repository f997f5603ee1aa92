/**
 * Time in the emulator. The default is a deterministic logical clock: it starts at a fixed epoch
 * and moves one second per tick, so recordings do not change between re-records. `real` follows
 * the wall clock (for `oaic emulator` used by hand).
 */
export interface Clock {
  /** Unix seconds. */
  now(): number;
  /** Advance logical time (no-op for the real clock). */
  tick(seconds?: number): number;
}

export const FIXED_EPOCH = 1_767_225_600; // 2026-01-01T00:00:00Z

export function logicalClock(start = FIXED_EPOCH): Clock {
  let t = start;
  return {
    now: () => t,
    tick: (s = 1) => (t += s),
  };
}

export function realClock(): Clock {
  return { now: () => Math.floor(Date.now() / 1000), tick: () => Math.floor(Date.now() / 1000) };
}
