import { assistantsStreamGrammar, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.streamed-failed',
  title: 'A streamed run that fails: thread.run.failed ends the stream before done',
  api: 'assistants',
  tags: ['run-states', 'streamed'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Say hello. [[oaic:fail server_error]]'.trim() }] }));
    const { final, events } = await ctx.step('stream a run', async () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
      const events: string[] = [];
      stream.on('event', (e) => events.push(e.event));
      return { final: await stream.finalRun(), events };
    });
    ctx.expect(final.status === 'failed', { message: 'The run ends failed.', observed: final.status, expected: 'failed' });
    ctx.expect(events[0] === 'thread.run.created' && events.at(-1) === 'thread.run.failed', { message: 'The stream opens with thread.run.created and its last run event is thread.run.failed.', observed: [events[0], events.at(-1)], expected: ['thread.run.created', 'thread.run.failed'] });
  },
  checks: [runStateMachine, assistantsStreamGrammar, objectShapes],
});
