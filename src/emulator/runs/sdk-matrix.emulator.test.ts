/**
 * The Assistants surface through every SDK of the matrix (npm aliases): streamed function calls,
 * resumed tool-output streams and polling work on all of them, and a stream ending
 * `thread.run.incomplete` reproduces known issue 2 exactly where it existed (before 5.1.1).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

const MATRIX = ['openai-v4.52.4', 'openai-v4.91.0', 'openai-v5.1.0', 'openai-v5.1.1', 'openai-v6.16.0', 'openai-v7.6.0', 'openai'];
/** The SDK client as the tests use it; shapes differ between majors, so it is typed loosely. */
type AnyClient = any;

describe('the Assistants surface across the SDK matrix', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => void (emu = await startEmulator()));
  afterAll(() => emu.close());

  for (const pkg of MATRIX) {
    it(`${pkg}: tools round trip, polling, and the incomplete-stream behaviour of its version`, async () => {
      const mod = (await import(pkg)) as { default: new (o: object) => AnyClient; VERSION?: string };
      const c: AnyClient = new mod.default({ apiKey: `matrix-${pkg}`, baseURL: emu.baseURL, maxRetries: 0 });
      const v4 = pkg.startsWith('openai-v4');
      const a = await c.beta.assistants.create({ model: 'gpt-4o', instructions: 'x', tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }] });
      const t = await c.beta.threads.create({ messages: [{ role: 'user', content: 'hi [[oaic:call f {}]]' }] });
      const run = await c.beta.threads.runs.stream(t.id, { assistant_id: a.id }).finalRun();
      expect(run.status).toBe('requires_action');
      const body = { tool_outputs: run.required_action.submit_tool_outputs.tool_calls.map((x: { id: string }) => ({ tool_call_id: x.id, output: '1' })) };
      const resumed = v4 ? c.beta.threads.runs.submitToolOutputsStream(t.id, run.id, body) : c.beta.threads.runs.submitToolOutputsStream(run.id, { thread_id: t.id, ...body });
      expect((await resumed.finalRun()).status).toBe('completed');
      const t2 = await c.beta.threads.create({ messages: [{ role: 'user', content: 'hello' }] });
      expect((await c.beta.threads.runs.createAndPoll(t2.id, { assistant_id: a.id }, { pollIntervalMs: 1 })).status).toBe('completed');
      const t3 = await c.beta.threads.create({ messages: [{ role: 'user', content: '[[oaic:incomplete]]' }] });
      const ending = await c.beta.threads.runs.stream(t3.id, { assistant_id: a.id }).finalRun().then((r: { status: string }) => r.status, (e: Error) => e.message);
      const fixed = !v4 && pkg !== 'openai-v5.1.0';
      expect(ending).toBe(fixed ? 'incomplete' : 'Final run has not been received');
    });
  }
});
