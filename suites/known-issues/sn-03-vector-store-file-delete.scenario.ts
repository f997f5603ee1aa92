/**
 * SN-03 — the seed's `vectorStores.files.delete(vectorStoreId, fileId)` (docs; from #1710). 4.x
 * has `del(vsId, fileId)`; v5 takes `delete(fileId, { vector_store_id })`.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { sdkMajor, vectorStoresOf } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { trySnippet, tryWorkingCall } from '../../src/known-issues/snippet.ts';
import { defineScenario } from '../../src/scenario/define.ts';

type Files = { delete: (...a: unknown[]) => Promise<unknown>; del: (...a: unknown[]) => Promise<unknown> };

export default defineScenario({
  id: 'known-issues.sn-03-vector-store-file-delete',
  title: "SN-03: seed snippet vectorStores.files.delete('VS_A', 'file-xxx')",
  api: 'vector_stores',
  tags: ['known-issue', 'seed-snippet', 'SN-03'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const intended = 'DELETE /v1/vector_stores/vs_sn03/files/file-sn03';
    await trySnippet(ctx, 'SN-03.files-delete-v4-order', "openai.vectorStores.files.delete('VS_A', 'file-xxx')", (c) => {
      const vs = vectorStoresOf(c) as unknown as { files: Files };
      return vs.files.delete('vs_sn03', 'file-sn03');
    }, intended);
    const v5 = sdkMajor(ctx) >= 5;
    await tryWorkingCall(ctx, v5 ? 'vectorStores.files.delete(fileId, { vector_store_id })' : 'vectorStores.files.del(vectorStoreId, fileId)', (c) => {
      const files = (vectorStoresOf(c) as unknown as { files: Files }).files;
      return v5 ? files.delete('file-sn03', { vector_store_id: 'vs_sn03' }) : files.del('vs_sn03', 'file-sn03');
    }, intended);
  },
  checks: KNOWN_ISSUE_CHECKS,
});
