/** Exit codes (documented in --help and the README). */
export const EXIT = { OK: 0, SCENARIO_FAILED: 1, USAGE: 2 } as const;

/** A usage or setup failure the CLI reports with code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
