/**
 * SN-01 — the seed's `openai.beta.vectorStores.*` (docs). vectorStores left `beta` in 4.87.0
 * with no alias: the snippet is a TypeError before any request from then on.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { vectorStoresOf } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { compareVersions } from '../../src/known-issues/semver.ts';
import { trySnippet, tryWorkingCall } from '../../src/known-issues/snippet.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.sn-01-beta-vector-stores',
  title: 'SN-01: seed snippet openai.beta.vectorStores.retrieve(id)',
  api: 'vector_stores',
  tags: ['known-issue', 'seed-snippet', 'SN-01'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const intended = 'GET /v1/vector_stores/vs_sn01';
    await trySnippet(ctx, 'SN-01.beta-vector-stores', 'openai.beta.vectorStores.retrieve(vectorStoreId)', (c) => (c.beta as unknown as { vectorStores: OpenAIVs }).vectorStores.retrieve('vs_sn01'), intended);
    await tryWorkingCall(ctx, compareVersions(ctx.sdk.version, '4.87.0') < 0 ? 'openai.beta.vectorStores.retrieve(id)' : 'openai.vectorStores.retrieve(id)', (c) => vectorStoresOf(c).retrieve('vs_sn01'), intended);
  },
  checks: KNOWN_ISSUE_CHECKS,
});

type OpenAIVs = { retrieve: (id: string) => Promise<unknown> };
