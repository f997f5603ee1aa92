/**
 * LR-06 — responses.stream().finalResponse() without output_text (sdk; openai-node #1662,
 * 6.x). The emulator serves a spec-shaped text stream; the check is whether the SDK's final
 * Response carries the output_text convenience field. Not applicable before client.responses.
 */
import { KNOWN_ISSUE_CHECKS } from '../../src/known-issues/checks.ts';
import { reportFacet, sdkClient } from '../../src/known-issues/kit.ts';
import { ALL_SDKS } from '../../src/known-issues/matrix-sdks.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'known-issues.lr-06-final-response-output-text',
  title: 'LR-06: finalResponse() without output_text (openai-node #1662)',
  api: 'responses',
  tags: ['known-issue', 'sdk-side', 'LR-06'],
  sdks: ALL_SDKS,
  async run(ctx) {
    const { client } = sdkClient(ctx, ['ki-responses-text-stream']);
    const responses = (client as unknown as { responses?: { stream: (b: object) => { finalResponse: () => Promise<{ output_text?: string; output: { type: string; content?: { type: string; text?: string }[] }[] }> } } }).responses;
    if (!responses) {
      ctx.annotate('note', `openai ${ctx.sdk.version} has no client.responses`);
      reportFacet(ctx, 'LR-06.no-output-text', false, { responses: 'absent' });
      return;
    }
    const final = await ctx.step('stream a text response to its end', () => responses.stream({ model: 'gpt-4o', input: 'Say something about quokkas.' }).finalResponse());
    const joined = final.output.flatMap((o) => (o.type === 'message' ? (o.content ?? []).filter((p) => p.type === 'output_text').map((p) => p.text ?? '') : [])).join('');
    ctx.expect(joined.length > 0, { message: 'workaround: the output_text parts hold the text', observed: joined, expected: 'non-empty text' });
    if (typeof final.output_text === 'string') ctx.expect(final.output_text === joined, { message: 'output_text equals the joined parts', observed: final.output_text, expected: joined });
    reportFacet(ctx, 'LR-06.no-output-text', typeof final.output_text !== 'string', { output_text: final.output_text ?? null });
  },
  checks: KNOWN_ISSUE_CHECKS,
});
