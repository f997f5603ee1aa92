import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-file-search',
  title: 'A Responses file_search stream: file_search_call in_progress → searching → completed, then a cited answer',
  api: 'responses',
  requires: ['responses', 'files', 'vector_stores'],
  tags: ['stream', 'tools', 'file-search'],
  async run(ctx) {
    const file = await ctx.step('upload a file', () => ctx.client.files.create({ file: new File(['The ferry to Skerry Isle leaves at 07:15 every weekday. Bicycles ride free.'], 'ferry.txt', { type: 'text/plain' }), purpose: 'assistants' }));
    const store = await ctx.step('create a vector store with it', () => ctx.client.vectorStores.create({ name: 'ferries', file_ids: [file.id] }));
    await ctx.step('wait for indexing', () => ctx.client.vectorStores.files.poll(store.id, file.id, { pollIntervalMs: 60 }));
    const { final, types, annotations } = await ctx.step('stream a response that searches', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', tools: [{ type: 'file_search', vector_store_ids: [store.id] }], input: 'When does the ferry leave? [[oaic:search ferry leaves]]' });
      const types: string[] = [];
      const annotations: unknown[] = [];
      stream.on('event', (e) => {
        types.push(e.type);
        if (e.type === 'response.output_text.annotation.added') annotations.push(e.annotation);
      });
      return { final: await stream.finalResponse(), types, annotations };
    });
    const search = types.filter((t) => t.startsWith('response.file_search_call.'));
    const order = ['response.file_search_call.in_progress', 'response.file_search_call.searching', 'response.file_search_call.completed'];
    ctx.expect(JSON.stringify(search) === JSON.stringify(order), { message: 'The file_search_call events come in_progress → searching → completed.', observed: search, expected: order });
    const citation = annotations[0] as { type?: string; file_id?: string } | undefined;
    ctx.expect(citation?.type === 'file_citation' && citation.file_id === file.id, { message: 'An annotation.added event cites the uploaded file.', observed: annotations, expected: { type: 'file_citation', file_id: file.id } });
    ctx.expect(final.status === 'completed' && final.output.some((o) => o.type === 'file_search_call'), { message: 'The response completes with a file_search_call item.', observed: { status: final.status, items: final.output.map((o) => o.type) }, expected: { status: 'completed', items: 'file_search_call among them' } });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
