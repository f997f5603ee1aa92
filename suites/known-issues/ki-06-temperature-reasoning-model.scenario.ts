/**
 * KI-06 — "Unsupported parameter: 'temperature'" when switching an assistant to an o-series model
 * (service; openai-python #2072, OpenAI-DotNet #431; #1318 is a runs.create report closed as not
 * reproducible). Simulated with the fault reasoning-stored-temperature. The seed's null fix is
 * unverified on the real service: the scenario shows the SDK sends the nulls, and records what
 * the emulator does with them without calling that a verified fix.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { expectErrorText, reportFacet, sdkClient } from '../../src/known-issues/kit.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.ki-06-temperature-reasoning-model',
  title: "KI-06: Unsupported parameter 'temperature' after switching an assistant to o3-mini",
  api: 'assistants',
  tags: ['known-issue', 'service-side', 'KI-06'],
  async run(ctx) {
    const { client: c, requests, bodies } = sdkClient(ctx, ['reasoning-stored-temperature']);
    const a = await ctx.step('create an assistant on gpt-4o', () => c.beta.assistants.create({ model: 'gpt-4o', instructions: 'Answer briefly.' }));
    ctx.expect(a.temperature === 1, { message: 'the service stores temperature 1 by default', observed: a.temperature, expected: 1 });
    const sw = await ctx.attempt('update it to o3-mini', () => c.beta.assistants.update(a.id, { model: 'o3-mini' }));
    if (!sw.ok) expectErrorText(ctx, 'KI-06.update-to-reasoning-model', sw.error);
    reportFacet(ctx, 'KI-06.update-to-reasoning-model', !sw.ok && sw.error.code === 'unsupported_model', sw.ok ? sw.value.model : sw.error);
    // The seed's fix: send explicit nulls. The SDK sends them as JSON null (checked on the wire).
    const withNulls = await ctx.attempt('update with temperature: null, top_p: null', () => c.beta.assistants.update(a.id, { model: 'o3-mini', temperature: null, top_p: null }));
    const sent = bodies[requests.lastIndexOf(`POST /v1/assistants/${a.id}`)];
    ctx.expect(sent === JSON.stringify({ model: 'o3-mini', temperature: null, top_p: null }), { message: 'the SDK sends the nulls as JSON null', observed: sent, expected: '{"model":"o3-mini","temperature":null,"top_p":null}' });
    ctx.annotate('null workaround', { emulator: withNulls.ok ? 'accepted' : withNulls.error, service: 'unverified: one report (OpenAI-DotNet#431) says null did not help; recreate the assistant on the reasoning model to be safe' });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
