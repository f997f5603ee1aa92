import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-web-search',
  title: 'A Responses web_search stream: in_progress, searching, completed, then an answer with url_citation annotations',
  api: 'responses',
  tags: ['stream', 'tools', 'web-search'],
  async run(ctx) {
    const { final, types } = await ctx.step('stream a response that searches the web', async () => {
      const stream = ctx.client.responses.stream({
        model: 'gpt-4o-mini',
        tools: [{ type: 'web_search' }],
        include: ['web_search_call.action.sources'],
        input: 'What is the tallest mountain in Alberta? Cite a source. [[oaic:websearch tallest mountain in Alberta]]',
      });
      const types: string[] = [];
      stream.on('event', (e) => types.push(e.type));
      return { final: await stream.finalResponse(), types };
    });
    const at = (t: string) => types.indexOf(t);
    ctx.expect(at('response.web_search_call.in_progress') >= 0 && at('response.web_search_call.in_progress') < at('response.web_search_call.searching') && at('response.web_search_call.searching') < at('response.web_search_call.completed'), { message: 'in_progress, searching, completed come in that order.', observed: types.filter((t) => t.includes('web_search')), expected: 'in_progress → searching → completed' });
    const call = final.output.find((o) => o.type === 'web_search_call');
    ctx.expect(call?.type === 'web_search_call' && call.status === 'completed' && call.action.type === 'search', { message: 'The response holds a completed web_search_call with a search action.', observed: call, expected: 'web_search_call, status completed, action.type search' });
    const msg = final.output.find((o) => o.type === 'message');
    const annotations = msg?.type === 'message' ? msg.content.flatMap((p) => (p.type === 'output_text' ? p.annotations : [])) : [];
    ctx.expect(annotations.some((a) => a.type === 'url_citation'), { message: 'The answer cites its sources with url_citation annotations.', observed: annotations, expected: 'at least one url_citation' });
    ctx.expect(final.status === 'completed' && final.output_text.length > 0, { message: 'The response completes with an answer after the search.', observed: { status: final.status, text: final.output_text }, expected: 'completed with text' });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
