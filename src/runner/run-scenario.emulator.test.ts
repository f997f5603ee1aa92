import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCheck } from '../checks/check.ts';
import { violation } from '../checks/violation.ts';
import { resolveConfig } from '../config/resolve.ts';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { defineScenario } from '../scenario/define.ts';
import type { ScenarioContext } from '../scenario/types.ts';
import { runScenario } from './run-scenario.ts';
import { loadSdk } from './sdk.ts';

const countExchanges = defineCheck({ id: 'at-most-one', description: 'test check', run: (t) => (t.exchanges.length > 1 ? [violation('TEST_TOO_MANY', { exchange: 1 }, t.exchanges.length, 1, 'too many exchanges')] : []) });

const scenario = (run: (ctx: ScenarioContext) => Promise<void>, timeoutMs?: number) =>
  defineScenario({ id: 'run-states.runner-test', title: 't', api: 'assistants', run, checks: [countExchanges], ...(timeoutMs ? { timeoutMs } : {}) });

describe('runScenario against the emulator', () => {
  let emu: EmulatorHandle;
  const config = resolveConfig({ target: 'emulator' }, {});
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());
  const run = async (s: ReturnType<typeof scenario>) => runScenario({ scenario: s, config, baseURL: emu.baseURL, sdk: await loadSdk() });

  it('passes, observing the exchange, with a reproduce command', async () => {
    const r = await run(scenario(async (ctx) => void (await ctx.step('list', () => ctx.client.models.list()))));
    expect(r.state).toBe('passed');
    expect(r.traffic.exchanges[0]).toMatchObject({ method: 'GET', path: '/v1/models', status: 200 });
    expect(r.command).toBe('npm run oaic -- run run-states.runner-test --target emulator --mode live');
  });

  it('fails when a check reports a violation', async () => {
    const r = await run(scenario(async (ctx) => {
      await ctx.client.models.list();
      await ctx.client.models.list();
    }));
    expect(r.state).toBe('failed');
    expect(r.violations.map((v) => v.rule)).toEqual(['TEST_TOO_MANY']);
  });

  it('records expected errors and mismatches as violations', async () => {
    const r = await run(scenario(async (ctx) => {
      await ctx.expectError('missing model', () => ctx.client.models.retrieve('nope'), { status: 404, class: 'NotFoundError', message: "404 No model found with id 'nope'." });
      await ctx.expectError('wrong expectation', () => ctx.client.models.retrieve('nope2'), { status: 400 });
    }));
    expect(r.violations.map((v) => v.rule)).toEqual(['SCENARIO_ERROR_MISMATCH', 'TEST_TOO_MANY']);
    expect(r.violations[0]?.message).toContain('status: 404 ≠ 400');
  });

  it('turns an uncaught error into SCENARIO_THREW and a timeout into an error', async () => {
    const threw = await run(scenario(async (ctx) => void (await ctx.client.models.retrieve('nope'))));
    expect(threw.state).toBe('failed');
    expect(threw.violations[0]?.rule).toBe('SCENARIO_THREW');
    const slow = await run(scenario(() => new Promise((resolve) => setTimeout(resolve, 1_000)), 50));
    expect(slow.state).toBe('errored');
    expect(slow.state === 'errored' && slow.error.message).toMatch(/longer than 50 ms.*--timeout/);
  });
});
