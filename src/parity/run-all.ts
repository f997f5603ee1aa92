/**
 * Runs parity intents against one base URL with bounded concurrency; each intent gets its own
 * API key (the emulator keeps one namespace per key, a live target ignores the suffix only if
 * the key is shared: pass one key for live runs).
 */
import OpenAI from 'openai';
import type { Profile } from './comparators.ts';
import type { ParityIntent } from './intent.ts';
import { runParity, type ParityResult } from './runner.ts';

export interface RunAllOptions {
  baseURL: string;
  /** A fixed key (live targets); absent: one key per intent (`parity-<id>`, emulator). */
  apiKey: string | null;
  profile: Profile;
  concurrency?: number;
  maxRetries?: number;
  onResult?: (r: ParityResult, done: number, total: number) => void;
}

export async function runAllParity(intents: readonly ParityIntent[], o: RunAllOptions): Promise<ParityResult[]> {
  const results: ParityResult[] = new Array(intents.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < intents.length) {
      const i = next++;
      const intent = intents[i]!;
      const client = new OpenAI({ apiKey: o.apiKey ?? `parity-${intent.id}`, baseURL: o.baseURL, maxRetries: o.maxRetries ?? 0 });
      results[i] = await runParity(client, intent, o.profile);
      o.onResult?.(results[i]!, ++done, intents.length);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(o.concurrency ?? 2, intents.length)) }, worker));
  return results;
}
