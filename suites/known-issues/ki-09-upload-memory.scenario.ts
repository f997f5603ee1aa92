/**
 * KI-09 — "~44 MB leaked per 22 MB upload, reduced in 4.58.1" (sdk; openai-node #1052, open).
 * Measures the SDK's heap and external/ArrayBuffer memory (not RSS) after forced GC across N
 * sequential fileBatches.uploadAndPoll calls of a large file. The large uploads go to a private
 * in-process emulator (profileUploads), so the target's recording layer — which keeps every
 * body it sees — cannot pose as a leak; one small upload goes through the target as usual.
 */
import { generateFile } from '../../src/files/generate/index.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient, vectorStoresOf } from '../../src/known-issues/kit.ts';
import { profileUploads } from '../../src/known-issues/memory.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const FILE_MB = 8;
const UPLOADS = 6;

export default defineScenario({
  id: 'known-issues.ki-09-upload-memory',
  title: `KI-09: SDK memory across ${UPLOADS} uploads of a ${FILE_MB} MB file (heap + ArrayBuffers)`,
  api: ['files', 'vector_stores'],
  tags: ['known-issue', 'sdk-side', 'KI-09', 'memory'],
  sdks: ['openai-v4.52.4', 'openai-v4.58.0', 'openai-v6.16.0', 'openai'],
  timeoutMs: 90_000,
  async run(ctx) {
    const { client } = sdkClient(ctx, ['ki-file-batch-slow']);
    const batches = vectorStoresOf(client).fileBatches as unknown as { uploadAndPoll: (vs: string, b: { files: unknown[] }, o?: object) => Promise<{ status: string }> };
    const small = await ctx.sdk.module.toFile(Buffer.from(generateFile('.txt')), 'small.txt');
    const b = await ctx.step('uploadAndPoll a small file through the target', () => batches.uploadAndPoll('vs_ki09', { files: [small] }));
    ctx.expect(b.status === 'completed', { message: 'the batch completes', observed: b.status, expected: 'completed' });
    const profile = await ctx.step(`profile ${UPLOADS} uploads of ${FILE_MB} MB`, () => profileUploads(ctx.sdk, { fileMB: FILE_MB, uploads: UPLOADS }));
    // A leak of the claimed kind adds about the file size per upload; half of it over N-1 uploads is the bound.
    const leakBound = ((UPLOADS - 1) * FILE_MB) / 2;
    ctx.annotate('memory', { ...profile, leakBoundMB: leakBound, note: 'heapUsed/external/arrayBuffers after forced GC, from after the first upload to after the last; RSS not measured' });
    reportFacet(ctx, 'KI-09.per-upload-leak', profile.growthAfterFirstMB > leakBound, { growthAfterFirstMB: profile.growthAfterFirstMB, leakBoundMB: leakBound });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
