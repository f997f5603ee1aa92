/**
 * `oaic doctor`: Node and SDK versions, the resolved target, whether it is reachable and still
 * serves the Assistants endpoints, whether a key is present (never printed), recordings found.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { resolveConfig } from '../../config/resolve.ts';
import { startEmulator } from '../../emulator/server.ts';
import { probeTarget } from '../../runner/probe.ts';
import { HARNESS_VERSION, sdkVersion } from '../../version/index.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { addTargetOptions, toHarnessOptions } from '../shared-options.ts';

interface Finding {
  name: string;
  ok: boolean;
  detail: string;
}

function countHar(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.har')).length;
}

export function registerDoctor(program: Command): void {
  addTargetOptions(program.command('doctor'))
    .description('Check Node, SDK, key, target reachability, Assistants support and recordings')
    .action(async function (this: Command) {
      const config = resolveConfig(toHarnessOptions(this.opts(), [], program.opts()));
      const findings: Finding[] = [];
      const major = Number(process.versions.node.split('.')[0]);
      findings.push({ name: 'node', ok: major === 22 || major === 24 || major > 24, detail: `${process.version} (supported: 22, 24)` });
      findings.push({ name: 'harness', ok: true, detail: HARNESS_VERSION });
      findings.push({ name: 'openai SDK', ok: true, detail: sdkVersion('openai') });
      const keySet = Boolean(process.env['OPENAI_API_KEY']);
      findings.push({ name: 'OPENAI_API_KEY', ok: keySet || config.target.kind !== 'live', detail: keySet ? `set (${process.env['OPENAI_API_KEY']!.length} characters, not shown)` : 'not set (needed only for live targets)' });
      const recDir = path.join(config.recordingsDir, config.recordingsTarget);
      findings.push({ name: 'recordings', ok: config.mode !== 'replay' || countHar(recDir) > 0, detail: `${countHar(recDir)} in ${path.relative(config.cwd, recDir) || recDir}` });
      if (config.target.kind !== 'replay') {
        const emu = config.target.kind === 'emulator' ? await startEmulator() : null;
        const baseURL = emu?.baseURL ?? config.target.baseURL ?? '';
        try {
          const r = await fetch(`${baseURL}/models`, { headers: { authorization: `Bearer ${config.apiKey ?? 'emu-doctor'}` }, signal: AbortSignal.timeout(10_000) }).catch((e: unknown) => e as Error);
          findings.push({ name: 'target reachable', ok: !(r instanceof Error), detail: r instanceof Error ? `${baseURL}: ${r.message}` : `${baseURL} (HTTP ${r.status} on GET /models)` });
          const unsupported = await probeTarget(baseURL, config.apiKey ?? 'emu-doctor');
          findings.push({ name: 'assistants API', ok: !unsupported['assistants'], detail: unsupported['assistants'] ?? 'served' });
        } finally {
          await emu?.close();
        }
      } else {
        findings.push({ name: 'target', ok: true, detail: `replay of recordings/${config.recordingsTarget} (no network)` });
      }
      if (config.json) process.stdout.write(JSON.stringify({ findings }, null, 2) + '\n');
      else for (const f of findings) process.stdout.write(`${f.ok ? c.pass('✓') : c.fail('✗')} ${f.name.padEnd(18)} ${f.detail}\n`);
      process.exitCode = findings.every((f) => f.ok) ? EXIT.OK : EXIT.USAGE;
    });
}
