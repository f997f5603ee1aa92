/**
 * A live target that no longer serves an API the scenario needs (api.openai.com stopped serving
 * the Assistants API on 2026-08-26) makes the scenario skip with that reason instead of failing.
 */
import type { ResolvedConfig } from '../config/resolved.ts';
import type { Scenario } from '../scenario/types.ts';

const ASSISTANTS_PATH = /\/(assistants|threads)(\/|$|\?)/;

export function unsupportedReason(error: unknown, config: ResolvedConfig, scenario: Scenario): string | null {
  if (config.target.kind !== 'live') return null;
  const e = error as { status?: unknown; message?: unknown };
  const needsAssistants = (scenario.requires ?? scenario.apis).includes('assistants');
  if (!needsAssistants) return null;
  const message = typeof e?.message === 'string' ? e.message : '';
  const gone = e?.status === 404 || e?.status === 410 || /assistants api (has been|is) (deprecated|shut down|no longer)/i.test(message);
  if (gone && (ASSISTANTS_PATH.test(message) || e?.status === 410 || /assistants/i.test(message))) {
    return `the target ${config.target.baseURL ?? config.target.name} no longer serves the Assistants API (${String(e.status)} ${message.slice(0, 120)})`;
  }
  return null;
}
