/**
 * KI-05 — uploadAndPoll(vsId, fileStreams) (sdk; openai-node #1337, a docs bug, open). The array
 * form throws before any request: "No `files` provided…" since 4.52.5, a TypeError before. The
 * object form { files } works in every version.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { expectErrorText, reportFacet, sdkClient, vectorStoresOf } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';
import { generateFile } from '../../src/files/generate/index.ts';

export default defineScenario({
  id: 'known-issues.ki-05-upload-and-poll-array',
  title: 'KI-05: uploadAndPoll(vsId, [files]) → "No `files` provided to process"',
  api: ['files', 'vector_stores'],
  tags: ['known-issue', 'sdk-side', 'KI-05'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const { client, requests } = sdkClient(ctx, ['ki-file-batch-slow']);
    const batches = vectorStoresOf(client).fileBatches as unknown as { uploadAndPoll: (vs: string, b: unknown, o?: object) => Promise<{ id: string; status: string }> };
    const file = await ctx.sdk.module.toFile(Buffer.from(generateFile('.md')), 'notes.md');
    const r = await ctx.attempt('uploadAndPoll with the array form of the docs', () => batches.uploadAndPoll('vs_ki05', [file]));
    const sent = requests.length;
    ctx.expect(sent === 0, { message: 'the array form fails before any request', observed: requests, expected: [] });
    if (!r.ok) expectErrorText(ctx, 'KI-05.array-argument', r.error);
    reportFacet(ctx, 'KI-05.array-argument', !r.ok && sent === 0, r.ok ? { resolved: r.value.id } : r.error);
    const w = await ctx.step('workaround: uploadAndPoll with { files }', () => batches.uploadAndPoll('vs_ki05', { files: [file] }));
    ctx.expect(w.id.startsWith('vsfb_') && w.status === 'completed', { message: 'the object form returns the completed batch', observed: w, expected: { id: 'vsfb_…', status: 'completed' } });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
