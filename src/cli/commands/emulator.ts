/** `oaic emulator --port N`: run the bundled OpenAI-compatible server on its own. */
import type { Command } from 'commander';
import { startEmulator } from '../../emulator/server.ts';
import { c } from '../colors.ts';

export function registerEmulator(program: Command): void {
  program
    .command('emulator')
    .option('-p, --port <port>', 'port to listen on (0 = any free port)', Number, 8787)
    .option('--host <host>', 'interface to bind', '127.0.0.1')
    .option('--clock <clock>', 'logical (deterministic timestamps) or real', 'real')
    .description('Run the bundled emulator of the Assistants v2, Files, Vector Stores, Responses and Conversations APIs')
    .action(async (opts: { port: number; host: string; clock: 'logical' | 'real' }) => {
      const emu = await startEmulator({ port: opts.port, host: opts.host, clock: opts.clock });
      process.stdout.write(`${c.pass('oaic emulator listening')} on ${emu.baseURL}\n${c.dim('Use it with OPENAI_BASE_URL=' + emu.baseURL + ' and any API key (state is kept per key). Ctrl-C stops it.')}\n`);
      await new Promise<void>((resolve) => {
        const stop = () => void emu.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
    });
}
