/**
 * Emulator stream bench: a 1,000-delta stream (`[[oaic:deltas 1000]]`, src/emulator/model/DIRECTIVES.md)
 * delivered through the official SDK on loopback, request sent → last event iterated. The emulator
 * runs in its own process (as `oaic emulator` does). Target (issue 3): under 100 ms.
 * Both APIs are measured: a Responses stream and an Assistants run stream. Reported: the median
 * and best of `rounds` streams, and the CPU time both processes spent per stream (the wall-clock
 * figure depends on how loaded the shared machine is; the CPU figure much less).
 */
import OpenAI from 'openai';
import { processCpuSeconds } from './emulator-rps.ts';

export interface StreamLatency {
  api: 'responses' | 'assistants';
  deltas: number;
  medianMs: number;
  bestMs: number;
  /** Client + emulator CPU milliseconds per stream; null when the emulator's CPU time is unreadable. */
  cpuMsPerStream: number | null;
  rounds: number;
}

export const STREAM_DELTAS = 1000;
/** 4 characters per delta, as real streams have about: the reply (`say` + the model's context tag) is exactly 4,000 characters. */
const REPLY_CHARS = 4 * STREAM_DELTAS;
const story = (chars: number) => 'Once upon a time '.repeat(Math.ceil(chars / 17)).slice(0, chars).trimEnd().padEnd(chars, '.');
const prompt = (chars: number) => `Tell me a long story. [[oaic:say ${story(chars)}]] [[oaic:deltas ${STREAM_DELTAS}]]`;

/** The reply is the `say` text plus a fixed-length context tag: one call learns the tag's length. */
async function calibratedPrompt(client: OpenAI): Promise<string> {
  const probe = await client.responses.create({ model: 'gpt-4o-mini', input: prompt(100) });
  const text = prompt(REPLY_CHARS - (probe.output_text.length - 100));
  const check = await client.responses.create({ model: 'gpt-4o-mini', input: text });
  if (check.output_text.length !== REPLY_CHARS) throw new Error(`Failed to calibrate the stream bench: the reply has ${check.output_text.length} characters, ${REPLY_CHARS} expected. See the default reply in src/emulator/model/DIRECTIVES.md.`);
  return text;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function measure(api: StreamLatency['api'], emulatorPid: number, rounds: number, once: () => Promise<number>): Promise<StreamLatency> {
  for (let i = 0; i < 3; i++) await once(); // warm-up (JIT, sockets)
  const times: number[] = [];
  const cpu0 = process.cpuUsage();
  const emu0 = processCpuSeconds(emulatorPid);
  for (let i = 0; i < rounds; i++) {
    const t0 = performance.now();
    const deltas = await once();
    times.push(performance.now() - t0);
    if (deltas !== STREAM_DELTAS) throw new Error(`Failed to bench the ${api} stream: ${deltas} deltas arrived, ${STREAM_DELTAS} expected. Check the deltas directive in src/emulator/model/directives.ts.`);
  }
  const used = process.cpuUsage(cpu0);
  const emu1 = processCpuSeconds(emulatorPid);
  const cpuMs = emu0 !== null && emu1 !== null ? ((used.user + used.system) / 1000 + (emu1 - emu0) * 1000) / rounds : null;
  return { api, deltas: STREAM_DELTAS, medianMs: median(times), bestMs: Math.min(...times), cpuMsPerStream: cpuMs, rounds };
}

export async function measureStreamLatency(baseURL: string, emulatorPid: number, rounds = 15): Promise<StreamLatency[]> {
  const client = new OpenAI({ apiKey: 'sk-bench', baseURL, maxRetries: 0 });
  const TEXT = await calibratedPrompt(client);
  const responses = await measure('responses', emulatorPid, rounds, async () => {
    let n = 0;
    for await (const e of await client.responses.create({ model: 'gpt-4o-mini', input: TEXT, stream: true })) if (e.type === 'response.output_text.delta') n++;
    return n;
  });
  const assistant = await client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Tell stories.' });
  // A fresh thread per stream is created before the clock starts: only the run stream is timed.
  const threads: string[] = [];
  for (let i = 0; i < rounds + 3; i++) threads.push((await client.beta.threads.create({ messages: [{ role: 'user', content: TEXT }] })).id);
  const assistants = await measure('assistants', emulatorPid, rounds, async () => {
    let n = 0;
    for await (const e of await client.beta.threads.runs.create(threads.pop() ?? '', { assistant_id: assistant.id, stream: true })) if (e.event === 'thread.message.delta') n++;
    return n;
  });
  return [responses, assistants];
}

export function formatStreamLatency(r: StreamLatency): string {
  const met = r.medianMs < 100 ? 'MET' : 'NOT MET';
  const cpu = r.cpuMsPerStream === null ? '' : `; ${r.cpuMsPerStream.toFixed(1)} CPU-ms per stream, client + emulator`;
  return `${`stream (${r.api}, ${r.deltas} deltas, SDK)`.padEnd(34)} ${r.medianMs.toFixed(1).padStart(7)} ms median      target < 100 ms ${met}  (best ${r.bestMs.toFixed(1)} ms of ${r.rounds}${cpu})`;
}
