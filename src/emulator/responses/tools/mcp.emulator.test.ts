import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../../server.ts';

const server: OpenAI.Responses.Tool.Mcp = { type: 'mcp', server_label: 'calc', server_url: 'https://mcp.example.com/mcp', require_approval: 'never' };

describe('emulator: Responses remote MCP (simulated)', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `mcp-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('lists the server tools first, calls one, and answers from its output', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: 'Sum? [[oaic:mcp calc add {"a":2,"b":40}]]', tools: [server] });
    expect(r.tools).toEqual([{ type: 'mcp', allowed_tools: null, headers: null, require_approval: 'never', server_description: null, server_label: 'calc', server_url: 'https://mcp.example.com/mcp' }]);
    expect(r.output.map((o) => o.type)).toEqual(['mcp_list_tools', 'mcp_call', 'message']);
    const [list, call] = r.output;
    if (list?.type !== 'mcp_list_tools' || call?.type !== 'mcp_call') throw new Error('unexpected output');
    expect(list).toMatchObject({ id: expect.stringMatching(/^mcpl_/), server_label: 'calc' });
    expect(list.tools.map((t) => t.name)).toEqual(['echo', 'add']);
    expect(call).toMatchObject({ id: expect.stringMatching(/^mcp_/), status: 'completed', name: 'add', arguments: '{"a":2,"b":40}', output: '42', error: null, approval_request_id: null, server_label: 'calc' });
    expect(r.output_text).toContain('Tool results: 42.');
  });

  it('filters by allowed_tools, does not list again in a chained response, and skips tools not listed', async () => {
    const c = client();
    const tools = [{ ...server, allowed_tools: ['echo'] }];
    const first = await c.responses.create({ model: 'gpt-4o', input: 'hi', tools });
    const list = first.output[0];
    expect(list?.type === 'mcp_list_tools' && list.tools.map((t) => t.name)).toEqual(['echo']);
    const second = await c.responses.create({ model: 'gpt-4o', previous_response_id: first.id, input: 'Echo [[oaic:mcp calc echo {"text":"ping"}]]', tools });
    expect(second.output.map((o) => o.type)).toEqual(['mcp_call', 'message']);
    const third = await c.responses.create({ model: 'gpt-4o', previous_response_id: second.id, input: 'Add [[oaic:mcp calc add {"a":1,"b":1}]]', tools });
    expect(third.output.map((o) => o.type)).toEqual(['message']);
  });

  it('does not call a server that requires approval (approvals are not simulated)', async () => {
    const r = await client().responses.create({ model: 'gpt-4o', input: '[[oaic:mcp calc echo {"text":"x"}]]', tools: [{ ...server, require_approval: 'always' }] });
    expect(r.output.map((o) => o.type)).toEqual(['mcp_list_tools', 'message']);
  });

  it('streams list and call events, and the failure variants', async () => {
    const collect = async (input: string) => {
      const stream = client().responses.stream({ model: 'gpt-4o', input, tools: [server] });
      const types: string[] = [];
      stream.on('event', (e) => {
        if (e.type.includes('mcp')) types.push(e.type);
      });
      return { final: await stream.finalResponse(), types };
    };
    const ok = await collect('[[oaic:deltas 2]] [[oaic:mcp calc echo {"text":"hi"}]]');
    expect(ok.types).toEqual(['response.mcp_list_tools.in_progress', 'response.mcp_list_tools.completed', 'response.mcp_call.in_progress', 'response.mcp_call_arguments.delta', 'response.mcp_call_arguments.delta', 'response.mcp_call_arguments.done', 'response.mcp_call.completed']);
    const callFails = await collect('[[oaic:mcpfail call boom]] [[oaic:mcp calc echo {"text":"hi"}]]');
    expect(callFails.types.at(-1)).toBe('response.mcp_call.failed');
    const failed = callFails.final.output[1];
    expect(failed).toMatchObject({ type: 'mcp_call', status: 'failed', output: null, error: { type: 'mcp_tool_execution_error', content: [{ type: 'text', text: 'boom' }] } });
    expect(callFails.final.output_text).toContain('Tool results: Error: boom.');
    const listFails = await collect('[[oaic:mcpfail list]] [[oaic:mcp calc echo {"text":"hi"}]]');
    expect(listFails.types).toEqual(['response.mcp_list_tools.in_progress', 'response.mcp_list_tools.failed']);
    expect(listFails.final.output[0]).toMatchObject({ type: 'mcp_list_tools', tools: [], error: expect.stringContaining('simulated') });
  });

  it('rejects an mcp tool without server_label', async () => {
    await expect(client().responses.create({ model: 'gpt-4o', input: 'x', tools: [{ type: 'mcp', server_url: 'https://x' } as unknown as OpenAI.Responses.Tool.Mcp] })).rejects.toMatchObject({ status: 400, param: 'tools[0].server_label' });
  });
});
