import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCheck } from '../checks/check.ts';
import { json } from '../emulator/http.ts';
import { startEmulator, type EmulatorHandle, type Middleware } from '../emulator/server.ts';
import { runScenario } from '../runner/run-scenario.ts';
import { loadSdk } from '../runner/sdk.ts';
import { defineScenario } from '../scenario/define.ts';
import { configFor, snapshotDir, tempProject } from './testing.ts';

const alnum = (n: number) => randomBytes(n * 2).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, n);
const KEY = `sk-proj-${alnum(40)}`;
const ORG = `org-${alnum(24)}`;
const PROJECT = `proj_${alnum(24)}`;

/** A service that echoes identity back, as real ones do with openai-organization (and worse). */
const echoIdentity: Middleware = (req) =>
  req.path === '/whoami'
    ? json(
        { authorization: req.headers['authorization'], organization: req.headers['openai-organization'], project: req.headers['openai-project'], note: req.body },
        200,
        { 'openai-organization': ORG, 'openai-project': PROJECT, 'set-cookie': `__cf=${KEY}; Path=/`, 'x-echo-key': KEY },
      )
    : undefined;

const scenario = defineScenario({
  id: 'known-issues.planted-key',
  title: 'a planted key never reaches a recording',
  api: 'responses',
  checks: [defineCheck({ id: 'none', description: 'no check', run: () => [] })],
  run: async (ctx) => {
    await ctx.step('list', () => ctx.client.models.list());
    await ctx.step('whoami', () => ctx.client.post('/whoami', { body: { pasted: `my key is ${KEY} and my org ${ORG}` } }));
  },
});

describe('recording with a planted key and org id', () => {
  let emu: EmulatorHandle;
  const project = tempProject();
  const saved = { org: process.env['OPENAI_ORG_ID'], proj: process.env['OPENAI_PROJECT_ID'] };
  beforeAll(async () => {
    emu = await startEmulator({ middleware: [echoIdentity] });
    // The SDK reads these itself and sends openai-organization / openai-project.
    process.env['OPENAI_ORG_ID'] = ORG;
    process.env['OPENAI_PROJECT_ID'] = PROJECT;
  });
  afterAll(async () => {
    await emu.close();
    project.cleanup();
    for (const [k, v] of [['OPENAI_ORG_ID', saved.org], ['OPENAI_PROJECT_ID', saved.proj]] as const) if (v === undefined) delete process.env[k]; else process.env[k] = v;
  });

  it('leaves no trace of the key, the org or the project under recordings/, and the scrubbed recording still replays', async () => {
    const config = configFor(project.dir, { target: emu.baseURL, mode: 'record' }, { OPENAI_API_KEY: KEY });
    const r = await runScenario({ scenario, config, baseURL: emu.baseURL, sdk: await loadSdk() });
    expect(r.state).toBe('passed');
    // The secrets did travel: the service saw them and echoed them.
    const echoed = r.traffic.exchanges[1]!.responseBody as Record<string, string>;
    expect(echoed).toMatchObject({ authorization: `Bearer ${KEY}`, organization: ORG, project: PROJECT });

    const files = snapshotDir(project.recordings);
    const names = Object.keys(files);
    expect(names).toEqual([`${config.recordingsTarget}/known-issues/planted-key.har`]);
    const everything = names.join('\n') + Object.values(files).join('\n');
    for (const secret of [KEY, KEY.slice(8), KEY.slice(-20), ORG, ORG.slice(4), PROJECT, PROJECT.slice(5)]) expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/"(authorization|openai-organization|openai-project|set-cookie|user-agent|x-stainless-[a-z-]+)"/i);
    expect(everything).toContain(`"provenance": "live:${new URL(emu.baseURL).host}"`);

    const replayed = await runScenario({ scenario, config: configFor(project.dir, { target: 'replay', recordingsFrom: config.recordingsTarget }), baseURL: 'http://replay.oaic.invalid/v1', sdk: await loadSdk() });
    expect(replayed.state).toBe('passed');
  });
});
