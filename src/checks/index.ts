/**
 * Every conformance check, and the pick of the ones that apply to some traffic by API.
 * Scenarios declare checks from here: `checks: [runStateMachine, assistantsStreamGrammar]`.
 */
import type { Traffic } from '../traffic/types.ts';
import { assistantsStreamGrammar } from './assistants-stream-grammar.ts';
import type { Check } from './check.ts';
import { objectShapes } from './object-shapes.ts';
import { apisOf, type ApiName } from './observe.ts';
import { pollingBehaviour } from './polling-behaviour.ts';
import { responsesStreamGrammar } from './responses-stream-grammar.ts';
import { runStateMachine } from './run-state-machine.ts';
import type { Violation } from './violation.ts';

export { defineCheck, type Check } from './check.ts';
export { assistantsStreamGrammar, objectShapes, pollingBehaviour, responsesStreamGrammar, runStateMachine };
export { httpOk } from './http-ok.ts';
export { QUIRKS, QUIRK_LIST } from './quirks.ts';
export type { CheckRule } from './rules.ts';

export const ALL_CHECKS: readonly Check[] = [runStateMachine, assistantsStreamGrammar, responsesStreamGrammar, objectShapes, pollingBehaviour];

/** Which APIs each check is about (`*`: every API). */
export const CHECK_APIS: Readonly<Record<string, readonly ApiName[] | '*'>> = {
  'run-state-machine': ['assistants'],
  'assistants-stream-grammar': ['assistants'],
  'responses-stream-grammar': ['responses'],
  'object-shapes': '*',
  'polling-behaviour': '*',
};

/** The checks that apply to this traffic, judged by the APIs its exchanges (or bare streams) belong to. */
export function checksFor(traffic: Traffic): Check[] {
  const apis = apisOf(traffic);
  return ALL_CHECKS.filter((c) => {
    const wanted = CHECK_APIS[c.id] ?? '*';
    return wanted === '*' || wanted.some((a) => apis.has(a));
  });
}

/** Runs checks over traffic; a check that throws (a bug) becomes a violation, never an exception. */
export function runChecks(traffic: Traffic, checks: readonly Check[] = checksFor(traffic)): Violation[] {
  return checks.flatMap((c) => {
    try {
      return c.run(traffic);
    } catch (err) {
      return [{ rule: 'CHECK_CRASHED', where: { source: traffic.source }, observed: String(err), expected: 'no exception', message: `Check ${c.id} failed on this input: ${String(err)}`, severity: 'error' as const }];
    }
  });
}
