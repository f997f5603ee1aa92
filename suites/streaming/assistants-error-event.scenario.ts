import { assistantsStreamGrammar, objectShapes } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

/** The emulator sends the error frame under the `assistants-stream-error` fault (src/emulator/faults.ts); a live service ignores the header. */
const FAULT = { headers: { 'x-oaic-fault': 'assistants-stream-error' } };

export default defineScenario({
  id: 'streaming.assistants-error-event',
  title: 'An Assistants stream that ends with a server-side event: error: the SDK rejects with the server message',
  api: 'assistants',
  tags: ['stream', 'error'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Say hello.' }] }));
    const events: string[] = [];
    const r = await ctx.attempt('stream a run that hits a server error', () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id }, FAULT);
      stream.on('event', (e) => events.push(e.event));
      return stream.finalRun();
    });
    ctx.expect(!r.ok, { message: 'The stream does not resolve to a final run: the server reported an error.', observed: r.ok ? r.value.status : r.error, expected: 'an error' });
    ctx.expect(events.includes('thread.run.in_progress') && !events.some((e) => /^thread\.run\.(completed|failed|cancelled|expired|incomplete)$/.test(e)), { message: 'The run got as far as in_progress and no terminal run event came.', observed: events, expected: '… thread.run.in_progress, then the error' });
    if (!r.ok) ctx.expect(/server had an error/.test(r.error.message), { message: "The rejection carries the server's error message.", observed: r.error.message, expected: /server had an error/.source });
  },
  checks: [assistantsStreamGrammar, objectShapes],
});
