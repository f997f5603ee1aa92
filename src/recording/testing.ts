/**
 * Test helpers for the recording layer's emulator tests (imported by *.test.ts only): a temp
 * project directory, configs for it, and emulator middleware answering routes the first emulator
 * slice does not serve yet (an echo, an upload, an event stream with real gaps).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { HarnessOptions } from '../config/options.ts';
import { resolveConfig } from '../config/resolve.ts';
import type { ResolvedConfig } from '../config/resolved.ts';
import { json, type EmuResponse } from '../emulator/http.ts';
import type { Middleware } from '../emulator/server.ts';

export function tempProject(): { dir: string; recordings: string; cleanup(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'oaic-rec-'));
  return { dir, recordings: path.join(dir, 'recordings'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function configFor(dir: string, options: HarnessOptions, env: Record<string, string> = {}): ResolvedConfig {
  return resolveConfig({ recordingsDir: path.join(dir, 'recordings'), reportsDir: path.join(dir, 'reports'), ...options }, env, dir);
}

/** Every file under `dir` with its bytes, for "nothing changed" and "no secret anywhere" assertions. */
export function snapshotDir(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out[path.relative(dir, p)] = readFileSync(p, 'latin1');
    }
  };
  try {
    walk(dir);
  } catch {
    return {};
  }
  return out;
}

export const STREAM_GAP_MS = 60;

/** Test routes: POST /echo (JSON back), POST /files (multipart summary), POST /responses with stream:true (SSE, 60 ms apart). */
export const testRoutes: Middleware = (req): EmuResponse | undefined => {
  if (req.method === 'POST' && req.path === '/echo') return json({ object: 'echo', received: req.body });
  if (req.method === 'POST' && req.path === '/files') {
    const text = req.raw.toString('latin1');
    return json({ id: 'file-test', object: 'file', bytes: req.raw.length, purpose: /name="purpose"\r\n\r\n([^\r]*)/.exec(text)?.[1] ?? null, boundary: /boundary=(\S+)/.exec(req.headers['content-type'] ?? '')?.[1] ?? null });
  }
  if (req.method === 'POST' && req.path === '/responses') {
    const words = ['Hello', ' there', ', friend', '.'];
    const frames = [
      { event: 'response.created', data: JSON.stringify({ type: 'response.created', sequence_number: 0, response: { id: 'resp_test', object: 'response', status: 'in_progress', output: [] } }) },
      ...words.map((w, i) => ({ event: 'response.output_text.delta', data: JSON.stringify({ type: 'response.output_text.delta', sequence_number: i + 1, item_id: 'msg_test', output_index: 0, content_index: 0, delta: w }), delayMs: STREAM_GAP_MS })),
      { event: 'response.completed', data: JSON.stringify({ type: 'response.completed', sequence_number: words.length + 1, response: { id: 'resp_test', object: 'response', status: 'completed', output: [] } }), delayMs: STREAM_GAP_MS },
    ];
    return { kind: 'sse', frames };
  }
  return undefined;
};
