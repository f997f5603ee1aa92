/**
 * Polled run status sequences: for each run the real traffic creates and then retrieves, the
 * statuses it was seen in (create answer, then each retrieve), repeats collapsed
 * (`queued > in_progress > completed`), and the directive that makes an emulated run end the same
 * way (src/emulator/model/DIRECTIVES.md).
 */
import { isRecord } from '../checks/observe.ts';
import type { Traffic } from '../traffic/types.ts';

const CREATE = /\/threads\/[^/]+\/runs$|\/threads\/runs$/;
const RETRIEVE = /\/threads\/[^/]+\/runs\/[^/]+$/;

export const collapse = (statuses: readonly string[]): string[] => statuses.filter((s, i) => s !== statuses[i - 1]);

/** Distinct collapsed sequences of runs created without streaming and retrieved until they left queued/in_progress. */
export function polledSequences(traffics: readonly Traffic[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const t of traffics) {
    const runs = new Map<string, string[]>();
    for (const ex of t.exchanges) {
      const b = ex.responseBody;
      if (ex.sse || !isRecord(b) || b['object'] !== 'thread.run' || typeof b['id'] !== 'string' || typeof b['status'] !== 'string') continue;
      if (ex.method === 'POST' && CREATE.test(ex.path)) runs.set(b['id'], [b['status']]);
      else if (ex.method === 'GET' && RETRIEVE.test(ex.path)) runs.get(b['id'])?.push(b['status']);
    }
    for (const seq of runs.values()) {
      const last = seq[seq.length - 1] ?? '';
      if (seq.length < 2 || last === 'queued' || last === 'in_progress') continue;
      const key = collapse(seq).join(' > ');
      if (!out.has(key)) out.set(key, t.source);
    }
  }
  return out;
}

/** The directive that ends an emulated run in `status` (null when none does). */
export const DIRECTIVE_FOR_END: Readonly<Record<string, string>> = {
  completed: '',
  requires_action: '[[oaic:call get_weather {"city":"Paris"}]]',
  failed: '[[oaic:fail server_error]]',
  incomplete: '[[oaic:incomplete max_completion_tokens]]',
  expired: '[[oaic:expire]]',
};
