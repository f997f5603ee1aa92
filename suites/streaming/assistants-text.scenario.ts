import { assistantsStreamGrammar, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.assistants-text',
  title: 'An Assistants text stream through runs.stream: the text deltas add up to the completed message',
  api: 'assistants',
  tags: ['stream', 'sdk-helper'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer in one sentence.' }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'Tell me about the sea. [[oaic:deltas 6]]' }] }));
    const { deltas, messages } = await ctx.step('stream the run', async () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
      const deltas: string[] = [];
      stream.on('textDelta', (d) => deltas.push(d.value ?? ''));
      await stream.finalRun();
      return { deltas, messages: await stream.finalMessages() };
    });
    const text = messages.flatMap((m) => m.content).map((c) => (c.type === 'text' ? c.text.value : '')).join('');
    ctx.expect(deltas.length > 1 && deltas.join('') === text, { message: 'The text deltas concatenate to the completed message.', observed: deltas.join(''), expected: text });
  },
  checks: [runStateMachine, assistantsStreamGrammar, objectShapes],
});
