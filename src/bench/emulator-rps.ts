/**
 * Emulator throughput: JSON requests per second on loopback, with the emulator in its own process
 * (as `oaic emulator` runs it) and a keep-alive client driving a fixed concurrency.
 * Target (issue 2): at least 2,000 JSON requests/s on this 2-core machine.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import path from 'node:path';
import { HARNESS_ROOT } from '../cli/project-root.ts';

export interface RpsResult {
  requests: number;
  seconds: number;
  perSecond: number;
  errors: number;
  concurrency: number;
}

/** CPU seconds a process has used so far (Linux /proc; null elsewhere). */
export function processCpuSeconds(pid: number): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}

function call(agent: Agent, url: URL, method: string, body: string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, agent, headers: { authorization: 'Bearer bench', 'content-type': 'application/json', ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body ?? undefined);
  });
}

export async function startEmulatorProcess(): Promise<{ baseURL: string; pid: number; stop(): void }> {
  const child = spawn(process.execPath, [path.join(HARNESS_ROOT, 'bin/oaic.mjs'), '--no-color', 'emulator', '--port', '0', '--clock', 'logical'], { stdio: ['ignore', 'pipe', 'inherit'] });
  const baseURL = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const m = /listening on (\S+)/.exec(buf);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { baseURL, pid: child.pid ?? 0, stop: () => child.kill('SIGTERM') };
}

export interface BenchRequest {
  method: string;
  path: string;
  body?: unknown;
}

/**
 * The JSON request mix, round-robin. Routes the emulator does not serve yet (surfaces that land
 * on other branches) are probed once and left out, and named in the output: add entries freely.
 */
export const EMULATOR_MIX: readonly BenchRequest[] = [
  { method: 'GET', path: '/models' },
  { method: 'GET', path: '/models/gpt-4o-mini' },
  { method: 'POST', path: '/assistants', body: { model: 'gpt-4o-mini', name: 'bench', instructions: 'Be brief.' } },
  { method: 'POST', path: '/threads', body: { messages: [{ role: 'user', content: 'hello' }] } },
  { method: 'POST', path: '/conversations', body: { items: [{ type: 'message', role: 'user', content: 'hello' }] } },
  { method: 'GET', path: '/files' },
];

/** Splits a mix into the requests the emulator answers with 2xx and those it does not serve. */
export async function servedMix(baseURL: string, mix: readonly BenchRequest[]): Promise<{ served: BenchRequest[]; skipped: BenchRequest[] }> {
  const agent = new Agent({ keepAlive: false });
  const served: BenchRequest[] = [];
  const skipped: BenchRequest[] = [];
  for (const r of mix) {
    const status = await call(agent, new URL(baseURL + r.path), r.method, r.body === undefined ? null : JSON.stringify(r.body)).catch(() => 0);
    (status >= 200 && status < 300 ? served : skipped).push(r);
  }
  agent.destroy();
  return { served, skipped };
}

/** Runs `requests` (method, path, body) round-robin for `seconds` at `concurrency`. */
export async function measureRps(baseURL: string, requests: readonly BenchRequest[], seconds = 3, concurrency = 16): Promise<RpsResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const prepared = requests.map((r) => ({ method: r.method, url: new URL(baseURL + r.path), body: r.body === undefined ? null : JSON.stringify(r.body) }));
  let count = 0;
  let errors = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, w) => {
      let i = w;
      while (performance.now() < deadline) {
        const r = prepared[i++ % prepared.length]!;
        const status = await call(agent, r.url, r.method, r.body).catch(() => 0);
        if (status < 200 || status >= 300) errors++;
        count++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  agent.destroy();
  return { requests: count, seconds: elapsed, perSecond: count / elapsed, errors, concurrency };
}
