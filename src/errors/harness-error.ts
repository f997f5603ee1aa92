/**
 * Every error the harness raises on purpose. Messages read
 * "Failed to <verb> <subject>: <reason>. <what to do>" and name the flag or env var that changes
 * the behaviour; the underlying error is kept as `cause`.
 */
export type HarnessErrorCode =
  | 'CONFIG_INVALID'
  | 'RECORDING_MISSING'
  | 'RECORDING_UNREADABLE'
  | 'RECORDING_WRITE_FAILED'
  | 'TARGET_UNREACHABLE'
  | 'TARGET_UNSUPPORTED'
  | 'SCENARIO_INVALID'
  | 'SCENARIO_NOT_FOUND'
  | 'INPUT_UNREADABLE'
  | 'EMULATOR_START_FAILED'
  | 'CONVERSION_FAILED'
  | 'BUDGET_EXCEEDED'
  | 'INTERNAL';

export interface HarnessErrorOptions {
  hint?: string;
  cause?: unknown;
  /** The command that reproduces or fixes the problem, printed on its own line. */
  command?: string;
}

export class HarnessError extends Error {
  override readonly name = 'HarnessError';
  readonly code: HarnessErrorCode;
  readonly hint: string | undefined;
  readonly command: string | undefined;

  constructor(code: HarnessErrorCode, message: string, options: HarnessErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.hint = options.hint;
    this.command = options.command;
  }

  /** The full text for a terminal: message, hint and the command on separate lines. */
  describe(): string {
    const lines = [`${this.code}: ${this.message}`];
    if (this.hint) lines.push(`Hint: ${this.hint}`);
    if (this.command) lines.push(`Run: ${this.command}`);
    return lines.join('\n');
  }
}

/** Walks `cause` chains (the SDK wraps fetch failures in APIConnectionError) to find ours. */
export function findHarnessError(error: unknown): HarnessError | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    if (current instanceof HarnessError) return current;
    if ((current as { name?: unknown }).name === 'HarnessError' && 'code' in current) {
      return current as HarnessError;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
