/**
 * SIMULATED remote MCP servers (`{type: 'mcp', server_label, server_url, require_approval:
 * 'never', allowed_tools?}`): no connection is made. Each server offers a fixed catalogue (`echo`,
 * `add`, plus any name `allowed_tools` lists), filtered by `allowed_tools`. A response that
 * declares a server not yet listed in its history starts with an `mcp_list_tools` item (as the
 * service does); `[[oaic:mcp LABEL TOOL {json}]]` makes the model call TOOL, giving an `mcp_call`
 * with a deterministic output (`echo` returns its `text`, `add` the sum of `a` and `b`, others a
 * fixed sentence). `[[oaic:mcpfail list|call MESSAGE?]]` makes the listing (then no call is made)
 * or the call fail.
 */
import type { ContextTurn } from '../../model/context.ts';
import type { Directive } from '../../model/directives.ts';
import type { IdGenerator } from '../../ids.ts';
import { badRequest, missingParam } from '../../errors.ts';
import type { Item, Json } from '../../conversations/items.ts';

/** The tool as the Response echoes it (real traffic: these fields, null when not given). */
export function normalizeMcpTool(t: Json, path: string): Json {
  if (typeof t['server_label'] !== 'string' || !t['server_label']) throw missingParam(`${path}.server_label`);
  if (t['server_url'] === undefined && t['connector_id'] === undefined) throw badRequest(`Missing required parameter: '${path}.server_url'.`, `${path}.server_url`, 'missing_required_parameter');
  return {
    type: 'mcp',
    allowed_tools: t['allowed_tools'] ?? null,
    headers: t['headers'] ?? null,
    require_approval: t['require_approval'] ?? 'always',
    server_description: t['server_description'] ?? null,
    server_label: t['server_label'],
    server_url: t['server_url'] ?? null,
  };
}

const str = { type: 'string' };
const CATALOGUE: Json[] = [
  { annotations: { read_only: true }, description: 'Echoes its text (simulated by oaic)', input_schema: { type: 'object', properties: { text: str }, required: ['text'], additionalProperties: false }, name: 'echo' },
  { annotations: { read_only: true }, description: 'Adds two numbers (simulated by oaic)', input_schema: { type: 'object', properties: { a: { type: 'number' }, b: { type: 'number' } }, required: ['a', 'b'], additionalProperties: false }, name: 'add' },
];

function allowedNames(tool: Json): string[] | null {
  const allowed = tool['allowed_tools'];
  if (Array.isArray(allowed)) return allowed.map(String);
  if (allowed && typeof allowed === 'object' && Array.isArray((allowed as Json)['tool_names'])) return ((allowed as Json)['tool_names'] as unknown[]).map(String);
  return null;
}

/** The tools a simulated server lists. */
export function listedTools(tool: Json): Json[] {
  const names = allowedNames(tool);
  if (names === null) return CATALOGUE;
  return names.map((name) => CATALOGUE.find((t) => t['name'] === name) ?? { annotations: { read_only: false }, description: `Simulated MCP tool ${name}`, input_schema: { type: 'object', properties: {}, additionalProperties: true }, name });
}

export type McpFailure = 'list' | 'call';

export function mcpFailure(directives: readonly Directive[], what: McpFailure): { message: string } | null {
  const d = directives.find((x) => x.verb === 'mcpfail' && x.what === what);
  return d?.verb === 'mcpfail' ? { message: d.message ?? (what === 'list' ? 'Error retrieving tool list from MCP server (simulated).' : 'MCP tool execution failed (simulated).') } : null;
}

/** The mcp_list_tools items a response starts with: one per declared server its history has not listed. */
export function listItems(ids: IdGenerator, tools: readonly Json[], history: readonly Item[], directives: readonly Directive[]): Item[] {
  const listed = new Set(history.filter((i) => i.type === 'mcp_list_tools' && !i['error']).map((i) => String(i['server_label'])));
  const fail = mcpFailure(directives, 'list');
  return tools
    .filter((t) => t['type'] === 'mcp' && !listed.has(String(t['server_label'])))
    .map((t) => {
      const item: Item = { id: ids.next('mcpl_', 48), type: 'mcp_list_tools', server_label: t['server_label'], tools: fail ? [] : listedTools(t) };
      if (fail) item['error'] = fail.message;
      return item;
    });
}

function simulatedOutput(name: string, args: string): string {
  let parsed: Json = {};
  try {
    const v: unknown = JSON.parse(args);
    if (v && typeof v === 'object' && !Array.isArray(v)) parsed = v as Json;
  } catch {
    // Not JSON: the tools below see no arguments.
  }
  if (name === 'echo') return String(parsed['text'] ?? '');
  if (name === 'add') return String(Number(parsed['a'] ?? 0) + Number(parsed['b'] ?? 0));
  return `Simulated ${name} result.`;
}

export interface McpRequest {
  label: string;
  tool: string;
  arguments: string;
}

/** Whether a call can happen: the server is declared, its listing succeeded and lists the tool. */
export function canCall(request: McpRequest, tools: readonly Json[], listing: readonly Item[], history: readonly Item[]): boolean {
  const server = tools.find((t) => t['type'] === 'mcp' && t['server_label'] === request.label);
  // Approvals (mcp_approval_request) are not simulated: only servers that never ask are called.
  if (!server || server['require_approval'] !== 'never') return false;
  const list = [...history, ...listing].reverse().find((i) => i.type === 'mcp_list_tools' && i['server_label'] === request.label);
  return !!list && !list['error'] && (list['tools'] as Json[]).some((t) => t['name'] === request.tool);
}

export function runMcpCall(ids: IdGenerator, request: McpRequest, directives: readonly Directive[]): { item: Item; turns: ContextTurn[] } {
  const fail = mcpFailure(directives, 'call');
  const callId = ids.next('call_');
  const output = fail ? null : simulatedOutput(request.tool, request.arguments);
  const item: Item = {
    id: ids.next('mcp_', 48),
    type: 'mcp_call',
    status: fail ? 'failed' : 'completed',
    approval_request_id: null,
    arguments: request.arguments,
    error: fail ? { type: 'mcp_tool_execution_error', content: [{ type: 'text', text: fail.message }] } : null,
    name: request.tool,
    output,
    server_label: request.label,
  };
  return {
    item,
    turns: [
      { kind: 'tool_call', call: { callId, name: `mcp:${request.label}.${request.tool}`, arguments: request.arguments } },
      { kind: 'tool_output', output: { callId, output: output ?? `Error: ${fail?.message ?? ''}` } },
    ],
  };
}
