import { HarnessError } from '../errors/harness-error.ts';
import { AREAS, type Area, type Scenario, type ScenarioDefinition } from './types.ts';

/** Set by the vitest glue (src/runner/scenario-setup.ts); absent when a scenario is only listed. */
export const REGISTER_HOOK: unique symbol = Symbol.for('oaic.registerScenario') as never;

const ID = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/**
 * Declares a scenario. A scenario file under `suites/<area>/` default-exports the result; the
 * runner in `src/runner` turns it into a vitest test. No runner code lives in `suites/`.
 */
export function defineScenario(def: ScenarioDefinition): Scenario {
  if (!ID.test(def.id)) {
    throw new HarnessError('SCENARIO_INVALID', `Failed to define scenario ${JSON.stringify(def.id)}: ids are <area>.<name> in lowercase letters, digits and dashes. Rename it, e.g. "streaming.assistants-text".`);
  }
  const area = def.id.split('.')[0] as Area;
  if (!AREAS.includes(area)) {
    throw new HarnessError('SCENARIO_INVALID', `Failed to define scenario ${def.id}: "${area}" is not an area (${AREAS.join(', ')}). Start the id with its folder name.`);
  }
  if (def.checks.length === 0) {
    throw new HarnessError('SCENARIO_INVALID', `Failed to define scenario ${def.id}: it declares no checks. List the checks that apply to what it observes.`);
  }
  const apis = typeof def.api === 'string' ? [def.api] : [...def.api];
  const scenario: Scenario = { ...def, area, apis, tags: def.tags ?? [] };
  const hook = (globalThis as Record<symbol, unknown>)[REGISTER_HOOK];
  if (typeof hook === 'function') (hook as (s: Scenario) => void)(scenario);
  return scenario;
}
