/**
 * KI-08 — "deleting a file from one vector store removes it from all" (service if real;
 * openai-node #1710, a single unconfirmed report). The SDK sends one scoped DELETE in every
 * version; by default the emulator detaches only from that store. The fault
 * vs-detach-removes-everywhere simulates the report. Verdict: unverified.
 */
import { toFile } from 'openai';
import { generateFile } from '../../src/files/generate/index.ts';
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient } from '../../src/known-issues/kit.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.ki-08-delete-detaches-everywhere',
  title: 'KI-08: detaching a file from one vector store (scoped by default; the report simulated)',
  api: ['files', 'vector_stores'],
  tags: ['known-issue', 'service-side', 'KI-08', 'unverified'],
  async run(ctx) {
    const setup = async (label: string, faults: string[]) => {
      const { client, requests } = sdkClient(ctx, faults);
      const file = await ctx.step(`${label}: upload a file`, async () => client.files.create({ file: await toFile(Buffer.from(generateFile('.txt')), 'shared.txt'), purpose: 'assistants' }));
      const a = await ctx.step(`${label}: store A with the file`, () => client.vectorStores.create({ name: 'A', file_ids: [file.id] }));
      const b = await ctx.step(`${label}: store B with the file`, () => client.vectorStores.create({ name: 'B', file_ids: [file.id] }));
      const before = requests.length;
      await ctx.step(`${label}: detach it from A`, () => client.vectorStores.files.delete(file.id, { vector_store_id: a.id }));
      const deletes = requests.slice(before);
      ctx.expect(deletes.length === 1 && deletes[0] === `DELETE /v1/vector_stores/${a.id}/files/${file.id}`, { message: 'the SDK sends exactly one DELETE scoped to store A', observed: deletes, expected: [`DELETE /v1/vector_stores/${a.id}/files/${file.id}`] });
      const inB = await ctx.attempt(`${label}: is it still in B?`, () => client.vectorStores.files.retrieve(file.id, { vector_store_id: b.id }));
      const fileLeft = await ctx.attempt(`${label}: does the /v1/files object survive?`, () => client.files.retrieve(file.id));
      ctx.expect(fileLeft.ok, { message: 'the underlying file object survives a vector-store detach', observed: fileLeft.ok ? 'exists' : fileLeft.error, expected: 'exists' });
      return !inB.ok && inB.error.status === 404;
    };
    const scoped = await setup('default', []);
    ctx.expect(!scoped, { message: 'by default the emulator detaches only from store A (the documented behaviour)', observed: scoped ? 'gone from B' : 'still in B', expected: 'still in B' });
    const simulated = await setup('simulated report', ['vs-detach-removes-everywhere']);
    ctx.annotate('status', 'unverified single report; reproduced only as a simulation');
    reportFacet(ctx, 'KI-08.global-detach', simulated, { default: scoped ? 'gone from B' : 'still in B', simulated: simulated ? 'gone from B' : 'still in B' });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
