import { createHash } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * Deterministic ids with the service's real prefixes (`asst_`, `thread_`, `run_`, `step_`,
 * `msg_`, `file-`, `vs_`, `vsfb_`, `resp_`, `conv_`, `call_`, …): a hash of the namespace, the
 * prefix and a per-namespace counter, so a re-recording against a fresh emulator yields the same
 * ids and `oaic diff` stays quiet.
 */
export class IdGenerator {
  private counters = new Map<string, number>();
  constructor(private readonly seed: string) {}

  next(prefix: string, length = 24): string {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    const digest = createHash('sha256').update(`${this.seed}\u0000${prefix}\u0000${n}`).digest();
    let out = '';
    for (let i = 0; out.length < length; i++) out += ALPHABET[digest[i % digest.length]! % ALPHABET.length];
    return prefix + out;
  }
}
