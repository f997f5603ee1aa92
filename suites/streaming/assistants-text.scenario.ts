import { assistantsStreamGrammar } from '../../src/checks/assistants-stream-grammar.ts';
import { httpOk } from '../../src/checks/http-ok.ts';
import { objectShapes } from '../../src/checks/object-shapes.ts';
import { runStateMachine } from '../../src/checks/run-state-machine.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.assistants-text',
  title: 'A streamed Assistants run: run, step and message events in order; the deltas add up to the message',
  api: 'assistants',
  tags: ['stream', 'run', 'smoke'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer in one sentence.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Tell me a one-sentence bedtime story about a unicorn.' }] }));
    const { run, message, deltas, events } = await ctx.step('stream a run', async () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
      const events: string[] = [];
      const deltas: string[] = [];
      stream.on('event', (e) => events.push(e.event));
      stream.on('textDelta', (d) => deltas.push(d.value ?? ''));
      const run = await stream.finalRun();
      const [message] = await stream.finalMessages();
      return { run, message, deltas, events };
    });
    ctx.expect(run.status === 'completed', { message: 'The streamed run completes.', observed: run.status, expected: 'completed' });
    const text = message?.content[0]?.type === 'text' ? message.content[0].text.value : null;
    ctx.expect(deltas.length > 0 && deltas.join('') === text, { message: 'The text deltas concatenate to the final message.', observed: deltas.join(''), expected: text });
    ctx.expect(events[0] === 'thread.run.created' && events[events.length - 1] === 'thread.run.completed', { message: 'The stream opens with thread.run.created and ends with thread.run.completed.', observed: [events[0], events[events.length - 1]], expected: ['thread.run.created', 'thread.run.completed'] });
    const stored = await ctx.step('retrieve the reply', () => ctx.client.beta.threads.messages.retrieve(message?.id ?? '', { thread_id: thread.id }));
    ctx.expect(stored.content[0]?.type === 'text' && stored.content[0].text.value === text, { message: 'The stored message holds the streamed text.', observed: stored.content, expected: text });
    await ctx.step('delete the assistant', () => ctx.client.beta.assistants.delete(assistant.id));
    ctx.annotate('events', events.length);
  },
  checks: [httpOk, runStateMachine, objectShapes, assistantsStreamGrammar],
});
