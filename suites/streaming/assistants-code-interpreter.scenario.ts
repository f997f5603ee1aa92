import { assistantsStreamGrammar, objectShapes, runStateMachine } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.assistants-code-interpreter',
  title: 'An Assistants code-interpreter stream: input deltas add up to the completed step, then the message',
  api: 'assistants',
  tags: ['stream', 'tools', 'code-interpreter'],
  async run(ctx) {
    const assistant = await ctx.step('create an assistant with code_interpreter', () => ctx.client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Use code to compute.', tools: [{ type: 'code_interpreter' }] }));
    const thread = await ctx.step('create a thread', () => ctx.client.beta.threads.create({ messages: [{ role: 'user', content: 'What is 6 times 7? [[oaic:code print(6 * 7)]]' }] }));
    const { inputs, steps, final } = await ctx.step('stream the run', async () => {
      const stream = ctx.client.beta.threads.runs.stream(thread.id, { assistant_id: assistant.id });
      const inputs: string[] = [];
      stream.on('toolCallDelta', (d) => void (d.type === 'code_interpreter' && inputs.push(d.code_interpreter?.input ?? '')));
      const final = await stream.finalRun();
      return { inputs, steps: await stream.finalRunSteps(), final };
    });
    const code = steps.flatMap((s) => (s.step_details.type === 'tool_calls' ? s.step_details.tool_calls : [])).map((t) => (t.type === 'code_interpreter' ? t.code_interpreter.input : '')).join('');
    ctx.expect(code.length > 0 && inputs.join('') === code, { message: 'The input deltas concatenate to the completed code_interpreter input.', observed: inputs.join(''), expected: code });
    ctx.expect(final.status === 'completed', { message: 'The run completes.', observed: final.status, expected: 'completed' });
  },
  checks: [runStateMachine, assistantsStreamGrammar, objectShapes],
});
