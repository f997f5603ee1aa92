import { assistantsStreamGrammar, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.assistants-file-search',
  title: 'An Assistants file-search stream: a tool_calls step, then a message citing the file',
  api: 'assistants',
  requires: ['assistants', 'files', 'vector_stores'],
  tags: ['stream', 'tools', 'file-search'],
  async run(ctx) {
    const file = await ctx.step('upload a file', () => ctx.client.files.create({ file: new File(['The lighthouse keeper on Skerry Isle is named Maren Holt. She keeps a ginger cat.'], 'keeper.txt', { type: 'text/plain' }), purpose: 'assistants' }));
    const store = await ctx.step('create a vector store with it', () => ctx.client.vectorStores.create({ name: 'keepers', file_ids: [file.id] }));
    await ctx.step('wait for indexing', () => ctx.client.vectorStores.files.poll(store.id, file.id, { pollIntervalMs: 60 }));
    const assistant = await ctx.step('create an assistant with file_search', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer from the files.', tools: [{ type: 'file_search' }], tool_resources: { file_search: { vector_store_ids: [store.id] } } }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Who keeps the lighthouse? [[oaic:search lighthouse keeper]]' }] }));
    const { final, steps } = await ctx.step('stream the run', async () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
      const final = await stream.finalRun();
      return { final, steps: await stream.finalRunSteps() };
    });
    const kinds = steps.flatMap((s) => (s.step_details.type === 'tool_calls' ? s.step_details.tool_calls.map((t) => t.type) : ['message']));
    ctx.expect(kinds.includes('file_search'), { message: 'A file_search tool call is streamed.', observed: kinds, expected: 'file_search among the steps' });
    ctx.expect(final.status === 'completed', { message: 'The run completes.', observed: final.status, expected: 'completed' });
  },
  checks: [runStateMachine, assistantsStreamGrammar, objectShapes],
});
