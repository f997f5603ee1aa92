import { assistantsStreamGrammar, httpOk, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.assistants-create-and-run',
  title: 'A streamed createAndRun: thread.created opens the stream, then the run events of the new thread',
  api: 'assistants',
  tags: ['stream', 'create-and-run'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const { final, events, threadId } = await ctx.step('stream createAndRun', async () => {
      const stream = ctx.client.beta.threads.createAndRunStream({ assistant_id: assistant.id, thread: { messages: [{ role: 'user', content: 'Say hello.' }] } });
      const events: string[] = [];
      let threadId: string | undefined;
      stream.on('event', (e) => {
        events.push(e.event);
        if (e.event === 'thread.created') threadId = e.data.id;
      });
      return { final: await stream.finalRun(), events, threadId };
    });
    ctx.expect(events[0] === 'thread.created' && events[1] === 'thread.run.created', { message: 'The stream opens with thread.created, then thread.run.created.', observed: events.slice(0, 2), expected: ['thread.created', 'thread.run.created'] });
    ctx.expect(final.status === 'completed' && final.thread_id === threadId, { message: 'The run completes on the thread the stream announced.', observed: { status: final.status, thread_id: final.thread_id }, expected: { status: 'completed', thread_id: threadId } });
    const messages = await ctx.step('list the new thread messages', () => ctx.client.beta.threads.messages.list(final.thread_id, { order: 'asc' }));
    const roles = messages.data.map((m) => m.role);
    ctx.expect(JSON.stringify(roles) === JSON.stringify(['user', 'assistant']), { message: 'The new thread holds the user message and the reply.', observed: roles, expected: ['user', 'assistant'] });
  },
  checks: [httpOk, runStateMachine, assistantsStreamGrammar, objectShapes],
});
