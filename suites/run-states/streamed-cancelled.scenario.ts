import { assistantsStreamGrammar, httpOk, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.streamed-cancelled',
  title: 'A streamed run cancelled mid-message: cancelling, then cancelled; the message ends incomplete and its step cancelled',
  api: 'assistants',
  tags: ['run-states', 'streamed', 'cancel'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Tell me a long story. [[oaic:deltas 4]] [[oaic:cancel]]' }] }));
    const { final, events, incomplete } = await ctx.step('stream a run that gets cancelled', async () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
      const events: string[] = [];
      let incomplete: { status: string; reason: string | undefined } | undefined;
      stream.on('event', (e) => {
        events.push(e.event);
        if (e.event === 'thread.message.incomplete') incomplete = { status: e.data.status, reason: e.data.incomplete_details?.reason };
      });
      return { final: await stream.finalRun(), events, incomplete };
    });
    ctx.expect(final.status === 'cancelled' && final.cancelled_at !== null, { message: 'The run ends cancelled with cancelled_at.', observed: { status: final.status, cancelled_at: final.cancelled_at }, expected: 'cancelled, cancelled_at set' });
    const at = (name: string) => events.indexOf(name);
    ctx.expect(at('thread.run.cancelling') > at('thread.message.delta') && at('thread.run.cancelling') < at('thread.run.cancelled'), { message: 'thread.run.cancelling comes after the first deltas and before thread.run.cancelled.', observed: events, expected: '… thread.message.delta … thread.run.cancelling … thread.run.cancelled' });
    ctx.expect(events.includes('thread.message.incomplete') && events.includes('thread.run.step.cancelled'), { message: 'The half-written message ends incomplete and its step cancelled.', observed: events, expected: ['thread.message.incomplete', 'thread.run.step.cancelled'] });
    ctx.expect(incomplete?.status === 'incomplete' && incomplete.reason === 'run_cancelled', { message: 'thread.message.incomplete carries status incomplete and reason run_cancelled.', observed: incomplete, expected: { status: 'incomplete', reason: 'run_cancelled' } });
  },
  checks: [httpOk, runStateMachine, assistantsStreamGrammar, objectShapes],
});
