/**
 * SN-04 — the seed's KI-07 workaround `vectorStores.fileBatches.list(vectorStoreId)` (docs). The
 * method never existed and the API has no list-batches endpoint; the working pattern keeps the
 * batch id from create and retrieves it.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, expectErrorText, sdkClient, sdkMajor, vectorStoresOf } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

type Batches = { list?: (...a: unknown[]) => unknown; create: (vs: string, b: object) => Promise<{ id: string }>; retrieve: (...a: unknown[]) => Promise<{ id: string; object: string }> };

export default defineScenario({
  id: 'known-issues.sn-04-file-batches-list',
  title: 'SN-04: seed snippet vectorStores.fileBatches.list(vectorStoreId)',
  api: 'vector_stores',
  tags: ['known-issue', 'seed-snippet', 'SN-04'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const { client, requests } = sdkClient(ctx, ['ki-file-batch-slow']);
    const batches = vectorStoresOf(client).fileBatches as unknown as Batches;
    const r = await ctx.attempt('seed snippet: vectorStores.fileBatches.list(vectorStoreId)', async () => (batches as unknown as { list: (vs: string) => unknown }).list('vs_sn04'));
    if (!r.ok) expectErrorText(ctx, 'SN-04.file-batches-list', r.error);
    reportFacet(ctx, 'SN-04.file-batches-list', !r.ok && requests.length === 0, r.ok ? 'resolved' : r.error);
    const created = await ctx.step('working pattern: keep the id from fileBatches.create', () => batches.create('vs_sn04', { file_ids: ['file-sn04'] }));
    const again = await ctx.step('…and retrieve that batch', () => (sdkMajor(ctx) >= 5 ? batches.retrieve(created.id, { vector_store_id: 'vs_sn04' }) : batches.retrieve('vs_sn04', created.id)));
    ctx.expect(again.id === created.id && again.object === 'vector_store.file_batch', { message: 'the batch comes back by its id', observed: again, expected: { id: created.id, object: 'vector_store.file_batch' } });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
