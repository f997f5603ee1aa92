/**
 * `oaic convert`: Assistants threads → Conversations items.
 * - `oaic convert thread.json` (offline): items JSON on stdout (or -o file), losses on stderr;
 *   with --json one object {items, metadata, attachmentFiles, losses, calls} on stdout.
 * - `oaic convert --assistant assistant.json`: an assistant → response parameters (prompt config).
 * - `oaic convert --thread <id> --target …` (backfill): reads the thread through the Assistants
 *   API, writes the conversation through the Conversations API with progress on stderr,
 *   resumable through a state file; an interruption exits 1 and says how to resume.
 * Exit codes: 0 converted (losses are reported, not failures; --strict makes them exit 1),
 * 1 backfill interrupted or --strict with losses, 2 usage or unreadable / invalid input.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { type Command, Option } from 'commander';
import OpenAI from 'openai';
import { resolveConfig } from '../../config/resolve.ts';
import { startEmulator } from '../../emulator/server.ts';
import { HarnessError, findHarnessError } from '../../errors/harness-error.ts';
import { backfillThread } from '../../convert/backfill.ts';
import { defaultStatePath } from '../../convert/backfill-state.ts';
import { batches } from '../../convert/batch.ts';
import { convertThread } from '../../convert/convert-thread.ts';
import { convertAssistant } from '../../convert/prompt-config.ts';
import { formatLoss, type Loss } from '../../convert/losses.ts';
import type { ConvertOptions } from '../../convert/options.ts';
import { c } from '../colors.ts';
import { EXIT } from '../exit.ts';
import { addTargetOptions, toHarnessOptions } from '../shared-options.ts';

interface Opts {
  out?: string;
  thread?: string;
  assistant?: string;
  state?: string;
  assistantShape?: 'output_message' | 'plain';
  filenames?: string;
  containerId?: string;
  steps?: boolean;
  pageSize?: number;
  strict?: boolean;
}

function readJson(file: string, what: string, flag: string): unknown {
  try {
    return JSON.parse(readFileSync(file === '-' ? 0 : file, 'utf8')) as unknown;
  } catch (cause) {
    throw new HarnessError('INPUT_UNREADABLE', `Failed to read ${what} ${file}: ${(cause as Error).message}. Pass a JSON file to ${flag}.`, { cause });
  }
}

function convertOptions(o: Opts): ConvertOptions {
  const out: ConvertOptions = {};
  if (o.assistantShape) out.assistantShape = o.assistantShape;
  if (o.containerId) out.containerId = o.containerId;
  if (o.steps === false) out.includeSteps = false;
  if (o.filenames) out.filenames = readJson(o.filenames, 'the filenames map', '--filenames') as Record<string, string>;
  return out;
}

function reportLosses(losses: Loss[]): void {
  if (!losses.length) return void process.stderr.write(c.pass('nothing lost\n'));
  process.stderr.write(c.warn(`${losses.length} loss(es), no counterpart in Conversations:\n`));
  for (const l of losses) process.stderr.write(`  ${c.warn(l.code)} ${formatLoss(l).slice(l.code.length + 1)}\n`);
}

function offline(file: string, o: Opts, json: boolean): number {
  const r = convertThread(readJson(file, 'the thread export', 'oaic convert <thread.json>'), convertOptions(o));
  const calls = Math.max(1, batches(r.items).length);
  const text = JSON.stringify(json ? { items: r.items, sources: r.sources, metadata: r.metadata, attachmentFiles: r.attachmentFiles, losses: r.losses, calls } : r.items, null, 2) + '\n';
  if (o.out) writeFileSync(o.out, text);
  else process.stdout.write(text);
  if (!json) reportLosses(r.losses);
  process.stderr.write(c.dim(`${r.items.length} item(s) from ${file}: ${calls} create/items call(s) of at most 20${o.out ? `, written to ${o.out}` : ''}\n`));
  return o.strict && r.losses.length ? EXIT.SCENARIO_FAILED : EXIT.OK;
}

function assistantConfig(file: string, o: Opts, json: boolean): number {
  const r = convertAssistant(readJson(file, 'the assistant', '--assistant'), o.containerId ? { containerId: o.containerId } : {});
  const text = JSON.stringify(json ? r : r.config, null, 2) + '\n';
  if (o.out) writeFileSync(o.out, text);
  else process.stdout.write(text);
  if (!json) reportLosses(r.losses);
  return o.strict && r.losses.length ? EXIT.SCENARIO_FAILED : EXIT.OK;
}

async function backfill(threadId: string, o: Opts, raw: Record<string, unknown>, globals: Record<string, unknown>): Promise<number> {
  const config = resolveConfig(toHarnessOptions(raw, [], globals));
  if (config.target.kind === 'replay') throw new HarnessError('CONFIG_INVALID', 'Failed to backfill a thread against the replay target: a backfill writes a conversation. Pass --target emulator, live or a base URL.');
  const emu = config.target.kind === 'emulator' ? await startEmulator() : null;
  const baseURL = emu?.baseURL ?? config.target.baseURL!;
  const client = new OpenAI({ apiKey: config.apiKey ?? 'emu-convert', baseURL, maxRetries: config.retries });
  const stateFile = o.state ?? defaultStatePath(threadId);
  try {
    const r = await backfillThread(client, {
      threadId,
      stateFile,
      convert: convertOptions(o),
      ...(o.pageSize ? { pageSize: o.pageSize } : {}),
      onProgress: (p) => process.stderr.write(c.dim(`${p.phase.padEnd(7)} ${p.conversationId ?? '(no conversation yet)'} · ${p.messagesRead} message(s) read · ${p.itemsSent} item(s) written\n`)),
    });
    if (config.json) process.stdout.write(JSON.stringify(r, null, 2) + '\n');
    else {
      reportLosses(r.losses);
      process.stdout.write(`${r.conversationId}\n`);
    }
    return o.strict && r.losses.length ? EXIT.SCENARIO_FAILED : EXIT.OK;
  } catch (err) {
    const h = findHarnessError(err);
    if (!h || h.code !== 'CONVERSION_FAILED' || !h.command) throw err;
    process.stderr.write(c.fail(h.describe()) + '\n');
    return EXIT.SCENARIO_FAILED;
  } finally {
    await emu?.close();
  }
}

export function registerConvert(program: Command): void {
  addTargetOptions(program.command('convert'))
    .argument('[thread.json]', 'offline: a thread export {thread?, messages, steps?}, an array of messages or a messages list page ("-" for stdin)')
    .option('-o, --out <file>', 'offline: write the items JSON here instead of stdout')
    .option('--assistant <assistant.json>', 'convert an assistant object into response parameters (the prompt config)')
    .option('--thread <id>', 'backfill this thread through the Assistants API into a new conversation (needs --target)')
    .option('--state <file>', 'backfill state file, for resuming (default .oaic-tmp/backfill/<thread>.json)')
    .addOption(new Option('--assistant-shape <shape>', 'assistant turns as output messages (id, status, annotations) or plain text content').choices(['output_message', 'plain']))
    .option('--filenames <map.json>', 'file id → filename for file citations (a backfill looks them up itself)')
    .option('--container-id <id>', 'container id for code_interpreter_call items')
    .option('--no-steps', 'leave run steps (tool calls) out')
    .option('--page-size <n>', 'backfill: messages per list call (1..100, default 100)', Number)
    .option('--strict', 'exit 1 when anything has no counterpart')
    .description('Convert Assistants threads to Conversations items (offline from JSON, or a backfill through the APIs)')
    .addHelpText('after', `
Examples:
  npm run oaic -- convert thread.json -o items.json        offline; losses on stderr
  npm run oaic -- convert thread.json --json               items, losses and metadata as one JSON
  npm run oaic -- convert --assistant asst.json            model, instructions, tools, text.format for responses.create
  npm run oaic -- convert --thread thread_abc --target live   backfill (OPENAI_API_KEY); run again to resume`)
    .action(async function (this: Command, file: string | undefined) {
      const o = this.opts<Opts>();
      const json = program.opts()['json'] === true;
      if (o.assistant) return void (process.exitCode = assistantConfig(o.assistant, o, json));
      if (o.thread && file) throw new HarnessError('CONFIG_INVALID', 'Failed to convert: pass either a thread.json file (offline) or --thread <id> (backfill), not both.');
      if (!o.thread && !file) throw new HarnessError('CONFIG_INVALID', 'Failed to convert: nothing to convert. Pass a thread.json file, or --thread <id> --target <target> for a backfill.');
      process.exitCode = o.thread ? await backfill(o.thread, o, this.opts(), program.opts()) : offline(file!, o, json);
    });
}
