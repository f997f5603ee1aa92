/**
 * KI-09 — "~44 MB leaked per 22 MB upload, reduced in 4.58.1" (sdk; openai-node #1052, open).
 * Measures heap and external/ArrayBuffer memory (not RSS) after forced GC across N sequential
 * fileBatches.uploadAndPoll calls of a large file. A leak of the claimed kind would grow by about
 * the file size per upload; the notes found none (uploads are buffered, then released).
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient, vectorStoresOf } from '../../src/known-issues/kit.ts';
import { growthMB, noiseBytes, sampleMemory, type MemorySample } from '../../src/known-issues/memory.ts';
import { defineScenario } from '../../src/scenario/define.ts';

const FILE_MB = 8;
const UPLOADS = 6;

export default defineScenario({
  id: 'known-issues.ki-09-upload-memory',
  title: `KI-09: memory across ${UPLOADS} uploads of a ${FILE_MB} MB file (heap + ArrayBuffers)`,
  api: ['files', 'vector_stores'],
  tags: ['known-issue', 'sdk-side', 'KI-09', 'memory'],
  sdks: ['openai-v4.52.4', 'openai-v4.58.0', 'openai-v6.16.0', 'openai'],
  timeoutMs: 90_000,
  async run(ctx) {
    const { client } = sdkClient(ctx, ['ki-file-batch-slow']);
    const batches = vectorStoresOf(client).fileBatches as unknown as { uploadAndPoll: (vs: string, b: { files: unknown[] }, o?: object) => Promise<{ status: string }> };
    const bytes = noiseBytes(FILE_MB * 1024 * 1024);
    const samples: MemorySample[] = [];
    const baseline = await sampleMemory();
    for (let i = 0; i < UPLOADS; i++) {
      const file = await ctx.sdk.module.toFile(Buffer.from(bytes), `large-${i}.pdf`);
      const b = await ctx.step(`upload ${i + 1} of ${UPLOADS}`, () => batches.uploadAndPoll('vs_ki09', { files: [file] }, { pollIntervalMs: 5 }));
      ctx.expect(b.status === 'completed', { message: 'each batch completes', observed: b.status, expected: 'completed' });
      samples.push(await sampleMemory());
    }
    // From after the first upload (warm caches) to after the last.
    const growth = growthMB(samples);
    const leakBound = ((UPLOADS - 1) * FILE_MB) / 2;
    ctx.annotate('memory', { fileMB: FILE_MB, uploads: UPLOADS, baseline, samples, growthAfterFirstMB: growth, leakBoundMB: leakBound, note: 'heapUsed/external/arrayBuffers after forced GC; RSS not measured' });
    reportFacet(ctx, 'KI-09.per-upload-leak', growth > leakBound, { growthAfterFirstMB: growth, leakBoundMB: leakBound });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
