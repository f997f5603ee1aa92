import { assistantsStreamGrammar, objectShapes, responsesStreamGrammar, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

/** The same deterministic request consumed through the SDK helper and as raw events: one verdict. */
export default defineScenario({
  id: 'streaming.sdk-helper-vs-raw',
  title: 'The same stream consumed through the SDK helpers and raw (stream: true) shows the same events and text',
  api: ['responses', 'assistants'],
  tags: ['stream', 'sdk-helper'],
  async run(ctx) {
    const input = 'Describe a calm harbour. [[oaic:deltas 5]]';
    const helper = await ctx.step('Responses: responses.stream helper', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', input });
      const types: string[] = [];
      stream.on('event', (e) => types.push(e.type));
      return { types, text: (await stream.finalResponse()).output_text };
    });
    const raw = await ctx.step('Responses: raw create({ stream: true })', async () => {
      const types: string[] = [];
      let text = '';
      for await (const e of await ctx.client.responses.create({ model: 'gpt-4o-mini', input, stream: true })) {
        types.push(e.type);
        if (e.type === 'response.output_text.delta') text += e.delta;
      }
      return { types, text };
    });
    ctx.expect(JSON.stringify(helper.types) === JSON.stringify(raw.types), { message: 'Helper and raw consumption see the same Responses event sequence.', observed: raw.types, expected: helper.types });
    ctx.expect(helper.text === raw.text, { message: 'Helper and raw consumption produce the same text.', observed: raw.text, expected: helper.text });

    const assistant = await ctx.step('create an assistant', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Answer briefly.' }));
    const events = async (name: string, raw: boolean) =>
      ctx.step(name, async () => {
        const thread = await ctx.client.beta.threads.create({ messages: [{ role: 'user', content: input }] });
        const seen: string[] = [];
        if (raw) for await (const e of await ctx.client.beta.threads.runs.create(thread.id, { assistant_id: assistant.id, stream: true })) seen.push(e.event);
        else {
          const s = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
          s.on('event', (e) => seen.push(e.event));
          await s.finalRun();
        }
        return seen;
      });
    const a = await events('Assistants: runs.stream helper', false);
    const b = await events('Assistants: raw runs.create({ stream: true })', true);
    ctx.expect(JSON.stringify(a) === JSON.stringify(b), { message: 'Helper and raw consumption see the same Assistants event sequence.', observed: b, expected: a });
  },
  checks: [runStateMachine, assistantsStreamGrammar, responsesStreamGrammar, objectShapes],
});
