/**
 * Bounded loopback load: many threads with runs in flight at once (polled, streamed, function
 * calls with tool outputs, stalled and cancelled), through the SDK with retries off. No request
 * fails, no message is lost, every run ends terminal and no thread stays locked.
 */
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

const THREADS = 80;
const CONCURRENCY = 20;
const TERMINAL = ['completed', 'cancelled', 'failed', 'incomplete', 'expired'];

describe('load: concurrent threads and runs', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => void (emu = await startEmulator()));
  afterAll(() => emu.close());

  it('loses no message and ends every run', async () => {
    const c = new OpenAI({ apiKey: 'load', baseURL: emu.baseURL, maxRetries: 0 });
    const a = await c.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Load.', tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object', properties: {} } } }] });
    const poll = { pollIntervalMs: 0 };
    /** Runs one thread's script; returns the messages it expects the thread to hold. */
    async function script(i: number): Promise<{ threadId: string; expected: number; runIds: string[] }> {
      const kind = i % 4;
      const first = ['hello', 'stream [[oaic:deltas 7]]', 'tool [[oaic:call f {"i":1}]]', 'wait [[oaic:stall]]'][kind]!;
      const t = await c.beta.threads.create({ messages: [{ role: 'user', content: `${first} #${i}` }] });
      const runIds: string[] = [];
      let expected = 1;
      if (kind === 0) {
        runIds.push((await c.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id }, poll)).id);
        expected += 1;
      } else if (kind === 1) {
        runIds.push((await c.beta.threads.runs.stream(t.id, { assistant_id: a.id }).finalRun()).id);
        expected += 1;
      } else if (kind === 2) {
        const r = await c.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id }, poll);
        const calls = r.required_action!.submit_tool_outputs.tool_calls;
        runIds.push((await c.beta.threads.runs.submitToolOutputsAndPoll(r.id, { thread_id: t.id, tool_outputs: calls.map((x) => ({ tool_call_id: x.id, output: `${i}` })) }, poll)).id);
        expected += 1;
      } else {
        const r = await c.beta.threads.runs.create(t.id, { assistant_id: a.id });
        await c.beta.threads.runs.retrieve(r.id, { thread_id: t.id });
        await c.beta.threads.runs.cancel(r.id, { thread_id: t.id });
        runIds.push((await c.beta.threads.runs.poll(r.id, { thread_id: t.id }, poll)).id);
      }
      await c.beta.threads.messages.create(t.id, { role: 'user', content: `again #${i}` });
      runIds.push((await c.beta.threads.runs.createAndPoll(t.id, { assistant_id: a.id }, poll)).id);
      return { threadId: t.id, expected: expected + 2, runIds };
    }
    const results: Awaited<ReturnType<typeof script>>[] = [];
    for (let start = 0; start < THREADS; start += CONCURRENCY) {
      results.push(...(await Promise.all(Array.from({ length: Math.min(CONCURRENCY, THREADS - start) }, (_, k) => script(start + k)))));
    }
    expect(results).toHaveLength(THREADS);
    for (const r of results) {
      const msgs = await c.beta.threads.messages.list(r.threadId, { limit: 100 });
      expect(msgs.data).toHaveLength(r.expected);
      const runs = await c.beta.threads.runs.list(r.threadId);
      expect(runs.data.map((x) => x.id).sort()).toEqual([...r.runIds].sort());
      for (const run of runs.data) expect(TERMINAL).toContain(run.status);
      expect(runs.data.some((x) => x.status === 'cancelled')).toBe(r.expected === 3);
    }
  });
});
