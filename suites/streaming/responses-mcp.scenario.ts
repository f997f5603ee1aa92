import { httpOk, objectShapes, responsesStreamGrammar } from '../../src/checks/index.ts';
import { defineScenario } from '../../src/scenario/define.ts';
import type { ScenarioContext } from '../../src/scenario/types.ts';

const server = { type: 'mcp' as const, server_label: 'calc', server_url: 'https://mcp.example.com/mcp', require_approval: 'never' as const, allowed_tools: ['echo', 'add'] };

async function streamed(ctx: ScenarioContext, input: string) {
  const stream = ctx.client.responses.stream({ model: 'gpt-4o-mini', tools: [server], input });
  const types: string[] = [];
  stream.on('event', (e) => types.push(e.type));
  return { final: await stream.finalResponse(), types };
}

export default defineScenario({
  id: 'streaming.responses-mcp',
  title: 'A Responses remote MCP stream: mcp_list_tools, then an mcp_call with argument deltas; a failing call and a failing listing',
  api: 'responses',
  tags: ['stream', 'tools', 'mcp'],
  async run(ctx) {
    const ok = await ctx.step('stream a response that lists the server tools and calls one', () => streamed(ctx, 'Add 2 and 40 with the calc server. [[oaic:deltas 3]] [[oaic:mcp calc add {"a":2,"b":40}]]'));
    const at = (types: string[], t: string) => types.indexOf(t);
    ctx.expect(at(ok.types, 'response.mcp_list_tools.in_progress') >= 0 && at(ok.types, 'response.mcp_list_tools.completed') < at(ok.types, 'response.mcp_call.in_progress') && at(ok.types, 'response.mcp_call_arguments.done') < at(ok.types, 'response.mcp_call.completed'), { message: 'The listing completes before the call; argument deltas end with arguments.done before mcp_call.completed.', observed: ok.types.filter((t) => t.includes('mcp')), expected: 'list in_progress → completed → call in_progress → arguments deltas → done → completed' });
    const call = ok.final.output.find((o) => o.type === 'mcp_call');
    ctx.expect(call?.type === 'mcp_call' && call.status === 'completed' && typeof call.output === 'string', { message: 'The mcp_call completes with an output.', observed: call, expected: 'mcp_call, status completed, output a string' });
    const failedCall = await ctx.step('stream a response whose MCP call fails', () => streamed(ctx, 'Echo hi. [[oaic:mcpfail call The tool crashed]] [[oaic:mcp calc echo {"text":"hi"}]]'));
    ctx.expect(failedCall.types.includes('response.mcp_call.failed') && failedCall.final.status === 'completed', { message: 'A failing tool gives response.mcp_call.failed and the response still completes.', observed: { types: failedCall.types.filter((t) => t.includes('mcp')), status: failedCall.final.status }, expected: 'mcp_call.failed, response completed' });
    const failedList = await ctx.step('stream a response whose MCP listing fails', () => streamed(ctx, 'Echo hi. [[oaic:mcpfail list]] [[oaic:mcp calc echo {"text":"hi"}]]'));
    ctx.expect(failedList.types.includes('response.mcp_list_tools.failed') && !failedList.types.includes('response.mcp_call.in_progress'), { message: 'A failing listing gives response.mcp_list_tools.failed and no call.', observed: failedList.types.filter((t) => t.includes('mcp')), expected: 'mcp_list_tools.failed, no mcp_call' });
  },
  checks: [httpOk, responsesStreamGrammar, objectShapes],
});
