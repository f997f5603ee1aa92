import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findHarnessError } from '../errors/harness-error.ts';
import { startRecording } from './session.ts';
import { configFor, snapshotDir, tempProject } from './testing.ts';

const project = tempProject();
afterAll(() => project.cleanup());
const answer = (() => Promise.resolve(Response.json({ ok: true }))) as typeof fetch;

describe('recording session', () => {
  it('live mode passes through (with retries) and writes nothing', async () => {
    let calls = 0;
    const flaky = (async () => (++calls === 1 ? new Response('{}', { status: 503 }) : Response.json({ ok: true }))) as typeof fetch;
    const config = { ...configFor(project.dir, { target: 'http://127.0.0.1:9/v1', mode: 'live', retries: 1 }, { OPENAI_API_KEY: 'k' }) };
    const s = await startRecording({ scenarioId: 'streaming.live', config, baseURL: 'http://127.0.0.1:9/v1', sdkVersion: '7', network: flaky });
    expect(s.path).toBeNull();
    expect(await (await s.fetch('http://127.0.0.1:9/v1/models')).json()).toEqual({ ok: true });
    expect(calls).toBe(2);
    expect(await s.stop({ persist: true })).toEqual({ written: false, kept: 'none', path: null });
    expect(snapshotDir(project.recordings)).toEqual({});
  });

  it('an SDK-matrix alias records into its own file', async () => {
    const config = configFor(project.dir, { target: 'emulator', mode: 'record' });
    const s = await startRecording({ scenarioId: 'streaming.matrix', config, baseURL: 'http://127.0.0.1:9/v1', sdkVersion: '6.16.0', sdkName: 'openai-v6.16.0', network: answer });
    await s.fetch('http://127.0.0.1:9/v1/models');
    expect(await s.stop({ persist: true })).toEqual({ written: true, kept: 'new', path: 'recordings/emulator/streaming/matrix@openai-v6.16.0.har' });
  });

  it('a broken recording file is RECORDING_UNREADABLE naming the file and the record command', async () => {
    const dir = path.join(project.recordings, 'emulator', 'streaming');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'broken.har'), '{"log": ');
    const s = await startRecording({ scenarioId: 'streaming.broken', config: configFor(project.dir, { target: 'replay' }), baseURL: 'http://replay.oaic.invalid/v1', sdkVersion: '7' });
    const error = await s.fetch('http://replay.oaic.invalid/v1/models').catch((e: unknown) => e);
    expect(findHarnessError(error)?.code).toBe('RECORDING_UNREADABLE');
    expect(findHarnessError(error)?.message).toMatch(/broken\.har of scenario streaming\.broken: .*npm run oaic -- record streaming\.broken/);
    expect(await s.stop({ persist: false })).toEqual({ written: false, kept: 'previous', path: 'recordings/emulator/streaming/broken.har' });
  });
});
