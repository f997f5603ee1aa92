/** `oaic emulator --port N`: run the bundled OpenAI-compatible server on its own. */
import type { Command } from 'commander';
import { FAULTS } from '../../emulator/faults.ts';
import { startEmulator } from '../../emulator/server.ts';
import { HarnessError } from '../../errors/harness-error.ts';
import { c } from '../colors.ts';

export function registerEmulator(program: Command): void {
  program
    .command('emulator')
    .option('-p, --port <port>', 'port to listen on (0 = any free port)', Number, 8787)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--clock <clock>', 'logical (deterministic timestamps) or real', 'real')
    .option('--fault <name>', 'turn a fault switch on for every request (repeatable; see --list-faults)', (v: string, prev: string[]) => [...prev, v], [] as string[])
    .option('--list-faults', 'print the fault switches and what each reproduces, then exit')
    .description('Run the bundled emulator of the Assistants v2, Files, Vector Stores, Responses and Conversations APIs')
    .addHelpText('after', '\nFault switches can also be turned on per request with the header x-oaic-fault: name[,name].')
    .action(async (opts: { port: number; host: string; clock: 'logical' | 'real'; fault: string[]; listFaults?: boolean }) => {
      if (opts.listFaults) {
        for (const [name, what] of Object.entries(FAULTS)) process.stdout.write(`${c.pass(name)}\n  ${what}\n`);
        return;
      }
      // `name=N` variants (e.g. vs-stuck-in-progress=3) are checked by their base name.
      const unknown = opts.fault.filter((f) => !(f.split('=')[0]! in FAULTS));
      if (unknown.length) {
        throw new HarnessError('CONFIG_INVALID', `Failed to start the emulator: unknown fault switch ${unknown.map((u) => JSON.stringify(u)).join(', ')}. Run \`npm run oaic -- emulator --list-faults\` for the names.`);
      }
      const emu = await startEmulator({ port: opts.port, host: opts.host, clock: opts.clock, faults: opts.fault });
      process.stdout.write(`${c.pass('oaic emulator listening')} on ${emu.baseURL}${opts.fault.length ? ` with faults ${opts.fault.join(', ')}` : ''}\n${c.dim('Use it with OPENAI_BASE_URL=' + emu.baseURL + ' and any API key (state is kept per key). Ctrl-C stops it.')}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void emu.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
