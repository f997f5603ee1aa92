import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../server.ts';

const shell: OpenAI.Responses.FunctionShellTool = { type: 'shell', environment: { type: 'container_auto' } };

describe('emulator: Responses shell tool (simulated, nothing executed)', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `shell-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('emits a shell_call and its shell_call_output with the fixed rendering, and answers from it', async () => {
    const r = await client().responses.create({ model: 'gpt-5', tools: [shell], input: 'List files [[oaic:shell ls -la ;; pwd]]' });
    expect(r.tools).toEqual([{ type: 'shell', environment: { type: 'container_auto' } }]);
    expect(r.output.map((o) => o.type)).toEqual(['reasoning', 'shell_call', 'shell_call_output', 'message']);
    const call = r.output[1];
    const out = r.output[2];
    if (call?.type !== 'shell_call' || out?.type !== 'shell_call_output') throw new Error(JSON.stringify(r.output));
    expect(call).toMatchObject({ id: expect.stringMatching(/^sh_/), call_id: expect.stringMatching(/^call_/), status: 'completed', action: { commands: ['ls -la', 'pwd'], timeout_ms: null, max_output_length: null }, environment: { type: 'container_reference', container_id: expect.stringMatching(/^cntr_/) } });
    expect(out).toMatchObject({ id: expect.stringMatching(/^sho_/), call_id: call.call_id, status: 'completed', max_output_length: null });
    expect(out.output).toEqual([
      { stdout: '[oaic simulated shell] $ ls -la\n', stderr: '', outcome: { type: 'exit', exit_code: 0 } },
      { stdout: '[oaic simulated shell] $ pwd\n', stderr: '', outcome: { type: 'exit', exit_code: 0 } },
    ]);
    expect(r.output_text).toContain('Tool results: [oaic simulated shell] $ ls -la | [oaic simulated shell] $ pwd.');
  });

  it('does not simulate a local environment (the caller runs those) nor run without the directive', async () => {
    const c = client();
    const local = await c.responses.create({ model: 'gpt-4o', tools: [{ type: 'shell', environment: { type: 'local' } }], input: 'x [[oaic:shell ls]]' });
    expect(local.output.map((o) => o.type)).toEqual(['message']);
    const plain = await c.responses.create({ model: 'gpt-4o', tools: [shell], input: 'no command here' });
    expect(plain.output.map((o) => o.type)).toEqual(['message']);
  });

  it('streams shell_call_command added/delta/done per command and shell_call_output_content delta/done', async () => {
    const stream = client().responses.stream({ model: 'gpt-4o', tools: [shell], input: 'Go [[oaic:deltas 3]] [[oaic:shell echo hello world ;; date]]' });
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    stream.on('event', (e) => events.push(e));
    const final = await stream.finalResponse();
    const cmd = (i: number) => events.flatMap((e) => (e.type === 'response.shell_call_command.delta' && e.command_index === i ? [e.delta] : [])).join('');
    expect(cmd(0)).toBe('echo hello world');
    expect(cmd(1)).toBe('date');
    const done = events.filter((e) => e.type === 'response.shell_call_command.done').map((e) => (e.type === 'response.shell_call_command.done' ? e.command : ''));
    expect(done).toEqual(['echo hello world', 'date']);
    const types = events.map((e) => e.type);
    expect(types.indexOf('response.shell_call_command.added')).toBeLessThan(types.indexOf('response.shell_call_command.delta'));
    const outIdx = final.output.findIndex((o) => o.type === 'shell_call_output');
    const stdout = events.flatMap((e) => (e.type === 'response.shell_call_output_content.delta' && e.command_index === 0 ? [e.delta.stdout ?? ''] : [])).join('');
    expect(stdout).toBe('[oaic simulated shell] $ echo hello world\n');
    const contentDone = events.filter((e) => e.type === 'response.shell_call_output_content.done');
    expect(contentDone.map((e) => (e.type === 'response.shell_call_output_content.done' ? [e.output_index, e.command_index] : []))).toEqual([[outIdx, 0], [outIdx, 1]]);
    const added = events.find((e) => e.type === 'response.output_item.added' && e.item.type === 'shell_call');
    expect(added?.type === 'response.output_item.added' && added.item.type === 'shell_call' ? added.item.action.commands : null).toEqual([]);
  });

  it('accepts the shell_call and shell_call_output items back as input, and they enter the context', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-4o', tools: [shell], input: 'x [[oaic:shell uname]]', store: false });
    const items = r.output.filter((o) => o.type === 'shell_call' || o.type === 'shell_call_output');
    expect(items).toHaveLength(2);
    const next = await c.responses.create({ model: 'gpt-4o', tools: [shell], input: [{ role: 'user', content: 'x' }, ...(items as OpenAI.Responses.ResponseInputItem[]), { role: 'user', content: 'what did it print?' }] });
    expect(next.output_text).toContain('Tool results: [oaic simulated shell] $ uname.');
  });
});
