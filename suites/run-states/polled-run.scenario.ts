import { assistantsStreamGrammar } from '../../src/checks/assistants-stream-grammar.ts';
import { httpOk } from '../../src/checks/http-ok.ts';
import { objectShapes } from '../../src/checks/object-shapes.ts';
import { runStateMachine } from '../../src/checks/run-state-machine.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'run-states.polled-run',
  title: 'A polled run goes queued → in_progress → completed and writes the assistant reply',
  api: 'assistants',
  tags: ['run', 'poll', 'smoke'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', name: 'Math Tutor', instructions: 'You are a personal math tutor. Answer briefly.' }));
    const thread = await ctx.step('create a thread with a question', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'What is 3x + 11 = 14 solved for x?' }] }));
    const run = await ctx.step('create a run and poll it', () => ctx.client.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 500 }));
    ctx.expect(run.status === 'completed', { message: 'The polled run completes.', observed: run.status, expected: 'completed' });
    ctx.expect(run.expires_at === null && run.completed_at !== null && run.usage !== null, { message: 'A completed run has completed_at and usage, and no expires_at.', observed: { expires_at: run.expires_at, completed_at: run.completed_at, usage: run.usage }, expected: 'expires_at null, completed_at and usage set' });
    const steps = await ctx.step('list the run steps', () => ctx.client.beta.threads.runs.steps.list(run.id, { thread_id: thread.id }));
    ctx.expect(steps.data.some((s) => s.type === 'message_creation' && s.status === 'completed'), { message: 'The run has a completed message_creation step.', observed: steps.data.map((s) => [s.type, s.status]), expected: 'a completed message_creation step' });
    const messages = await ctx.step('list the thread messages', () => ctx.client.beta.threads.messages.list(thread.id, { run_id: run.id }));
    const reply = messages.data[0];
    ctx.expect(reply?.role === 'assistant' && reply.content[0]?.type === 'text' && reply.content[0].text.value.length > 0, { message: 'The run wrote a non-empty assistant text message.', observed: reply?.content, expected: 'an assistant text message' });
    await ctx.step('delete the assistant', () => ctx.client.beta.assistants.delete(assistant.id));
    ctx.annotate('steps', steps.data.length);
  },
  checks: [httpOk, runStateMachine, objectShapes, assistantsStreamGrammar],
});
