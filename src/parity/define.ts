/**
 * `defineParityScenario(intent)`: a parity scenario for suites/parity. The scenario file holds
 * only the intent; this runs it through the shared runner (runner.ts) with the harness's client,
 * records the verdicts as the `parity` annotation and turns unmet expectations into violations
 * (rule PARITY_EXPECTATION). Both streams are checked by the stream-grammar checks.
 * `oaic parity` reads `.intent` from the same files.
 */
import { assistantsStreamGrammar } from '../checks/assistants-stream-grammar.ts';
import { responsesStreamGrammar } from '../checks/responses-stream-grammar.ts';
import { defineScenario } from '../scenario/define.ts';
import type { Scenario } from '../scenario/types.ts';
import type { ParityIntent } from './intent.ts';
import { runParity } from './runner.ts';

export type ParityScenario = Scenario & { intent: ParityIntent };

export function defineParityScenario(intent: ParityIntent): ParityScenario {
  const scenario = defineScenario({
    id: intent.id,
    title: intent.title,
    api: ['assistants', 'responses', 'conversations'],
    tags: ['parity', intent.feature],
    description: `Parity: "${intent.ask}" through threads/runs and through conversations/responses, compared per dimension.`,
    async run(ctx) {
      const r = await runParity(ctx.client, intent, ctx.target.kind === 'live' ? 'live' : 'emulator');
      ctx.annotate('parity', { feature: r.feature, passed: r.passed, verdicts: Object.fromEntries(r.dimensions.map((d) => [d.dimension, d.verdict])) });
      for (const f of r.failures) ctx.expect(false, { rule: 'PARITY_EXPECTATION', message: f });
    },
    checks: [assistantsStreamGrammar, responsesStreamGrammar],
  });
  return Object.assign(scenario, { intent });
}
