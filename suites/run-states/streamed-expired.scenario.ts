import { assistantsStreamGrammar, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.streamed-expired',
  title: 'A streamed run that expires: open steps expire, then thread.run.expired',
  api: 'assistants',
  tags: ['run-states', 'streamed'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Say hello. [[oaic:expire]]'.trim() }] }));
    const { final, events } = await ctx.step('stream a run', async () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
      const events: string[] = [];
      stream.on('event', (e) => events.push(e.event));
      return { final: await stream.finalRun(), events };
    });
    ctx.expect(final.status === 'expired', { message: 'The run ends expired.', observed: final.status, expected: 'expired' });
    ctx.expect(events[0] === 'thread.run.created' && events.at(-1) === 'thread.run.expired', { message: 'The stream opens with thread.run.created and its last run event is thread.run.expired.', observed: [events[0], events.at(-1)], expected: ['thread.run.created', 'thread.run.expired'] });
  },
  checks: [runStateMachine, assistantsStreamGrammar, objectShapes],
});
