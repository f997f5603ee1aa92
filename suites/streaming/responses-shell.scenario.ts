import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'streaming.responses-shell',
  title: 'A Responses hosted shell stream: shell_call_command added/delta/done, then shell_call_output_content delta/done',
  api: 'responses',
  tags: ['stream', 'tools', 'shell'],
  async run(ctx) {
    const { final, events } = await ctx.step('stream a response that runs two shell commands', async () => {
      const stream = ctx.client.responses.stream({ model: 'gpt-5', tools: [{ type: 'shell', environment: { type: 'container_auto' } }], input: 'Run echo hello and then pwd in the shell. [[oaic:deltas 3]] [[oaic:shell echo hello ;; pwd]]' });
      const events: { type: string; command_index?: number; delta?: unknown }[] = [];
      stream.on('event', (e) => events.push({ type: e.type, ...('command_index' in e ? { command_index: e.command_index } : {}), ...('delta' in e ? { delta: e.delta } : {}) }));
      return { final: await stream.finalResponse(), events };
    });
    const call = final.output.find((o) => o.type === 'shell_call');
    const commands = call?.type === 'shell_call' ? call.action.commands : [];
    const streamed = commands.map((_c, i) => events.filter((e) => e.type === 'response.shell_call_command.delta' && e.command_index === i).map((e) => String(e.delta)).join(''));
    ctx.expect(commands.length > 0 && streamed.join('\n') === commands.join('\n'), { message: 'The command deltas concatenate to the shell_call commands.', observed: { streamed, commands }, expected: 'one delta run per command, joining to it' });
    const types = events.map((e) => e.type);
    const at = (t: string) => types.indexOf(t);
    ctx.expect(at('response.shell_call_command.added') >= 0 && at('response.shell_call_command.added') < at('response.shell_call_command.done'), { message: 'A command is added before it is done.', observed: types.filter((t) => t.includes('shell')), expected: 'command.added → delta… → done' });
    const output = final.output.find((o) => o.type === 'shell_call_output');
    ctx.expect(output?.type === 'shell_call_output' && output.call_id === (call?.type === 'shell_call' ? call.call_id : null) && at('response.shell_call_output_content.done') > at('response.shell_call_command.done'), { message: 'The shell_call_output answers the call, its content streamed after the commands.', observed: { output: output ?? null, types: types.filter((t) => t.includes('shell')) }, expected: 'shell_call_output with the call_id, content events after the command events' });
    ctx.expect(final.output_text.length > 0, { message: 'A message follows the shell output.', observed: final.output_text, expected: 'non-empty text' });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
