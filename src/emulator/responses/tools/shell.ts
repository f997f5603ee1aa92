/**
 * SIMULATED hosted shell tool (`{type: 'shell', environment: {type: 'container_auto'}}`): NOTHING
 * IS EXECUTED. The model runs commands only on `[[oaic:shell CMD1 ;; CMD2]]` when a shell tool is
 * declared; each command's "output" is a fixed rendering of the command text (stdout
 * `[oaic simulated shell] $ CMD`, empty stderr, exit 0). The service's two items are emitted:
 * a `shell_call` (`action.commands`, the container as `environment`) and its `shell_call_output`
 * (one content entry per command), so the stream carries `shell_call_command.*` and
 * `shell_call_output_content.*`. The output enters the model context as the tool output.
 * Shapes from the spec (no real shell traffic in the corpus): the `sh_` / `sho_` prefixes are guesses.
 */
import type { ContextTurn } from '../../model/context.ts';
import type { IdGenerator } from '../../ids.ts';
import type { Item, Json } from '../../conversations/items.ts';

/** The tool as the Response echoes it: `environment` as given (null when absent). */
export function normalizeShellTool(t: Json): Json {
  const callers = t['allowed_callers'] === undefined ? {} : { allowed_callers: t['allowed_callers'] };
  return { type: 'shell', ...callers, environment: t['environment'] ?? null };
}

/** The fixed output of one simulated command. */
export function simulatedShellOutput(command: string): Json {
  return { stdout: `[oaic simulated shell] $ ${command}\n`, stderr: '', outcome: { type: 'exit', exit_code: 0 } };
}

export interface ShellRun {
  item: Item;
  more: Item[];
  turns: ContextTurn[];
}

export function runShell(ids: IdGenerator, commands: readonly string[], tool: Json): ShellRun {
  const callId = ids.next('call_', 24);
  const env = (tool['environment'] ?? {}) as Json;
  const containerId = typeof env['container_id'] === 'string' ? env['container_id'] : ids.next('cntr_', 48);
  const output = commands.map(simulatedShellOutput);
  return {
    item: { id: ids.next('sh_', 48), type: 'shell_call', status: 'completed', call_id: callId, action: { commands: [...commands], timeout_ms: null, max_output_length: null }, environment: { type: 'container_reference', container_id: containerId } },
    more: [{ id: ids.next('sho_', 48), type: 'shell_call_output', status: 'completed', call_id: callId, output, max_output_length: null }],
    turns: [
      { kind: 'tool_call', call: { callId, name: 'shell', arguments: JSON.stringify({ commands }) } },
      { kind: 'tool_output', output: { callId, output: output.map((o) => String(o['stdout']).trim()).join(' | ') } },
    ],
  };
}
