import net from 'node:net';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { defineCheck } from '../checks/check.ts';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { runScenario } from '../runner/run-scenario.ts';
import { loadSdk } from '../runner/sdk.ts';
import { defineScenario } from '../scenario/define.ts';
import type { ScenarioContext } from '../scenario/types.ts';
import { CHUNK_TIMING_HEADER, type HarLog } from '../traffic/har.ts';
import { HARNESS_VERSION, sdkVersion } from '../version/index.ts';
import { parseChunkTiming } from './chunk-timing.ts';
import { withReplayIds } from './rehash.ts';
import { EMULATOR_ORIGIN } from './session.ts';
import { configFor, snapshotDir, STREAM_GAP_MS, tempProject, testRoutes } from './testing.ts';

const noop = defineCheck({ id: 'none', description: 'no check', run: () => [] });
const ID = 'streaming.recording-roundtrip';
const scenario = (run: (ctx: ScenarioContext) => Promise<void>, id = ID) => defineScenario({ id, title: 'recording round trip', api: 'responses', run, checks: [noop] });

/** The scenario both runs drive; `variant` changes what it sends (key order, upload content). */
const steps = (variant: { reorder?: boolean; upload?: string } = {}) =>
  scenario(async (ctx) => {
    await ctx.step('list models', () => ctx.client.models.list());
    await ctx.expectError('missing model', () => ctx.client.models.retrieve('nope'), { status: 404 });
    await ctx.step('echo', () => ctx.client.post('/echo', { body: variant.reorder ? { b: [1, { y: 2, x: 1 }], a: 'z' } : { a: 'z', b: [1, { x: 1, y: 2 }] } }));
    await ctx.step('upload', async () => ctx.client.files.create({ file: await ctx.sdk.module.toFile(Buffer.from(variant.upload ?? '{"a":1}\n'), 'data.jsonl'), purpose: 'assistants' }));
    const stream = await ctx.step('stream', () => ctx.client.responses.create({ model: 'gpt-4o-mini', input: 'hi', stream: true }));
    let text = '';
    for await (const ev of stream) if (ev.type === 'response.output_text.delta') text += ev.delta;
    ctx.annotate('text', text);
  });

describe('recording layer against the emulator', () => {
  let emu: EmulatorHandle;
  const project = tempProject();
  const file = path.join(project.recordings, 'emulator', 'streaming', 'recording-roundtrip.har');
  beforeAll(async () => {
    emu = await startEmulator({ middleware: [testRoutes] });
  });
  afterAll(async () => {
    await emu.close();
    project.cleanup();
  });
  afterEach(() => vi.restoreAllMocks());

  const record = async (s = steps()) => runScenario({ scenario: s, config: configFor(project.dir, { target: 'emulator', mode: 'record' }), baseURL: emu.baseURL, sdk: await loadSdk() });
  const replay = async (s = steps(), speed = 0) => runScenario({ scenario: s, config: configFor(project.dir, { target: 'replay', replaySpeed: speed }), baseURL: 'http://replay.oaic.invalid/v1', sdk: await loadSdk() });

  /** Blocks every outgoing socket for the rest of the test; returns the attempts. */
  const blockSockets = () => {
    const attempts: unknown[] = [];
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(function (this: net.Socket, ...args: unknown[]) {
      attempts.push(args[0]);
      throw new Error('network blocked by the test');
    });
    return attempts;
  };

  it('records a scenario into a plain-path HAR with metadata, multipart as text, and chunk timing', async () => {
    const r = await record();
    expect(r.state).toBe('passed');
    expect(r.annotations['text']).toBe('Hello there, friend.');
    expect(r.recording).toBe('recordings/emulator/streaming/recording-roundtrip.har');
    const har = JSON.parse(readFileSync(file, 'utf8')) as HarLog;
    expect(har.log._oaic).toMatchObject({ format: 1, scenarioId: ID, target: 'emulator', provenance: 'emulator', sdk: { name: 'openai', version: sdkVersion('openai') }, harnessVersion: HARNESS_VERSION });
    expect(Date.now() - Date.parse(har.log._oaic!.recordedAt)).toBeLessThan(60_000);
    expect(har.log.entries.map((e) => `${e.request.method} ${new URL(e.request.url).pathname} ${e.response.status}`)).toEqual(['GET /v1/models 200', 'GET /v1/models/nope 404', 'POST /v1/echo 200', 'POST /v1/files 200', 'POST /v1/responses 200']);
    expect(har.log.entries.every((e) => e.request.url.startsWith(EMULATOR_ORIGIN))).toBe(true);
    const upload = har.log.entries[3]!;
    expect(upload.request.postData?.text).toContain('----oaic-multipart-boundary-0000000000');
    expect(upload.request.postData?.text).toContain('{"a":1}');
    const sse = har.log.entries[4]!;
    const timing = parseChunkTiming(sse.response.headers.find((h) => h.name === CHUNK_TIMING_HEADER)?.value ?? null);
    expect(timing!.length).toBeGreaterThanOrEqual(5);
    expect(timing!.at(-1)![0]).toBeGreaterThanOrEqual(STREAM_GAP_MS * 4);
  });

  it('replays it with sockets blocked: same answers, never a connection', async () => {
    const live = await record();
    const attempts = blockSockets();
    // The block works: a fresh connection (new origin, so no pooled socket) fails.
    await expect(fetch(`http://localhost:${emu.port}/v1/models`, { headers: { authorization: 'Bearer x' } })).rejects.toThrow();
    const blockedByControl = attempts.length;
    expect(blockedByControl).toBeGreaterThan(0);
    const globalFetch = vi.spyOn(globalThis, 'fetch');
    const r = await replay();
    expect(attempts.length).toBe(blockedByControl);
    expect(globalFetch).not.toHaveBeenCalled();
    expect(r.state).toBe('passed');
    expect(r.annotations['text']).toBe('Hello there, friend.');
    expect(r.traffic.exchanges.map((x) => [x.path, x.status, x.responseBody, x.sse?.map((e) => e.data)])).toEqual(live.traffic.exchanges.map((x) => [x.path, x.status, x.responseBody, x.sse?.map((e) => e.data)]));
  });

  it('replays across SDK versions (recorded with openai 7, replayed by 6 and 5)', async () => {
    await record();
    blockSockets();
    for (const alias of ['openai-v6.16.0', 'openai-v5.10.3']) {
      const old = { ...(await loadSdk(alias)), name: 'openai' }; // same recording file as the default SDK
      const r = await runScenario({ scenario: steps(), config: configFor(project.dir, { target: 'replay' }), baseURL: 'http://replay.oaic.invalid/v1', sdk: old });
      expect([alias, r.state, r.state === 'errored' ? r.error.message : '']).toEqual([alias, 'passed', '']);
      expect(r.annotations['text']).toBe('Hello there, friend.');
    }
  });

  it('matches JSON bodies whatever their key order, and multipart bodies on content', async () => {
    await record();
    blockSockets();
    expect((await replay(steps({ reorder: true }))).state).toBe('passed');
    const changed = await replay(steps({ upload: '{"a":2}\n' }));
    expect(changed.state).toBe('errored');
    expect(changed.state === 'errored' && changed.error.message).toMatch(/^Failed to replay POST \/v1\/files for scenario streaming\.recording-roundtrip: recordings\/emulator\/streaming\/recording-roundtrip\.har has no recorded answer for it \(request #4/);
  });

  it('replays SSE with the recorded gaps divided by the speed factor (default: at once)', async () => {
    await record();
    const lastEventAt = (r: Awaited<ReturnType<typeof replay>>) => r.traffic.exchanges[4]!.sse!.at(-1)!.atMs!;
    const instant = await replay();
    const real = await replay(steps(), 1);
    const fast = await replay(steps(), 4);
    const recorded = STREAM_GAP_MS * 5;
    expect(lastEventAt(instant)).toBeLessThan(lastEventAt(real) / 2); // loose: a loaded machine only delays
    expect(lastEventAt(real)).toBeGreaterThanOrEqual(recorded * 0.8);
    expect(lastEventAt(fast)).toBeGreaterThanOrEqual((recorded / 4) * 0.8);
    expect(lastEventAt(fast)).toBeLessThan(lastEventAt(real));
    const gaps = real.traffic.exchanges[4]!.sse!.map((e) => e.atMs!).slice(1).map((t, i, a) => t - (i ? a[i - 1]! : 0));
    expect(gaps.slice(1).every((g) => g >= STREAM_GAP_MS * 0.6)).toBe(true);
  });

  it('a missing recording is a harness error naming scenario, request, file and command, with no header value and no Polly dump', async () => {
    const printed: string[] = [];
    for (const m of ['log', 'warn', 'error', 'info', 'debug'] as const) vi.spyOn(console, m).mockImplementation((...a: unknown[]) => void printed.push(a.map(String).join(' ')));
    const r = await replay(scenario(async (ctx) => void (await ctx.client.models.list()), 'streaming.never-recorded'));
    expect(r.state).toBe('errored');
    if (r.state !== 'errored') return;
    expect(r.error.code).toBe('RECORDING_MISSING');
    expect(r.error.message).toBe('Failed to replay GET /v1/models for scenario streaming.never-recorded: there is no recording recordings/emulator/streaming/never-recorded.har. Record it with `npm run oaic -- record streaming.never-recorded` (or run it live with --target emulator).');
    expect(JSON.stringify(r)).not.toMatch(/oaic-replay-no-key|Bearer|Connection error|x-stainless/);
    expect(printed).toEqual([]);
  });

  it('recomputes the ids Polly would, so a HAR without them (an import) replays', async () => {
    await record();
    const har = JSON.parse(readFileSync(file, 'utf8')) as HarLog;
    const stripped: HarLog = { log: { ...har.log, creator: { name: 'WebInspector', version: '537.36' }, entries: har.log.entries.map(({ _id, _order, ...e }) => e) } };
    expect((await withReplayIds(stripped)).log.entries.map((e) => [e._id, e._order])).toEqual(har.log.entries.map((e) => [e._id, e._order]));
    writeFileSync(file, JSON.stringify(stripped));
    blockSockets();
    expect((await replay()).state).toBe('passed');
  });

  it('a record run that does not pass keeps the previous recording byte for byte, and says so', async () => {
    await record();
    const before = snapshotDir(project.recordings);
    const failing = scenario(async (ctx) => {
      await ctx.client.models.list();
      throw new Error('half-way failure');
    });
    const r = await record(failing);
    expect(r.state).toBe('failed');
    expect(r.annotations['recording']).toBe('kept the previous recording (scenario did not pass)');
    expect(r.recording).toBe('recordings/emulator/streaming/recording-roundtrip.har');
    expect(snapshotDir(project.recordings)).toEqual(before);
    const fresh = await record(scenario(async () => { throw new Error('fails at once'); }, 'streaming.first-time-fails'));
    expect(fresh.annotations['recording']).toBe('not written (scenario did not pass)');
    expect(snapshotDir(project.recordings)).toEqual(before);
  });
});
