/**
 * What `oaic diff` compares, read from disk: a recordings directory (every `*.har` under it,
 * named by its path: `streaming/stream-text.har` → `streaming.stream-text`), one HAR file, or a
 * run report directory (report.json: results per scenario, plus the recordings it names).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import { readReport } from '../report/write.ts';
import type { ScenarioResult } from '../scenario/types.ts';
import { harToTraffic, type HarLog } from '../traffic/har.ts';
import type { Traffic } from '../traffic/types.ts';

export type SideKind = 'recordings' | 'har' | 'report';

export interface DiffSide {
  input: string;
  kind: SideKind;
  /** Scenario name → its traffic. */
  traffic: Map<string, Traffic>;
  /** Scenario name → its result (report directories only). */
  results: Map<string, ScenarioResult>;
}

const unreadable = (what: string, reason: string, cause?: unknown) =>
  new HarnessError('INPUT_UNREADABLE', `Failed to read ${what}: ${reason}. Pass two recordings directories, two .har files or two run report directories (reports/<run-id>/).`, cause === undefined ? {} : { cause });

export function readHar(file: string): HarLog {
  let har: HarLog;
  try {
    har = JSON.parse(readFileSync(file, 'utf8')) as HarLog;
  } catch (cause) {
    throw unreadable(file, (cause as Error).message, cause);
  }
  if (!har?.log || !Array.isArray(har.log.entries)) throw unreadable(file, 'it is not a HAR log (no log.entries)');
  return har;
}

function harFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...harFiles(p));
    else if (e.isFile() && e.name.endsWith('.har')) out.push(p);
  }
  return out.sort();
}

/** `streaming/stream-text@openai-v5.har` → `streaming.stream-text@openai-v5`. */
export const scenarioName = (rel: string): string => rel.replace(/\.har$/, '').split(path.sep).join('.');

function fromReport(dir: string, root: string): DiffSide {
  const report = readReport(dir);
  const side: DiffSide = { input: dir, kind: 'report', traffic: new Map(), results: new Map() };
  for (const r of report.scenarios) {
    const name = r.sdk.name === 'openai' ? r.id : `${r.id}@${r.sdk.name}`;
    side.results.set(name, r);
    const file = r.recording ? [path.resolve(root, r.recording), path.resolve(r.recording)].find((f) => existsSync(f)) : undefined;
    if (file) side.traffic.set(name, harToTraffic(readHar(file), file));
  }
  return side;
}

/** Reads one side of a diff; `root` resolves the recording paths a report names. */
export function loadSide(input: string, root: string): DiffSide {
  if (!existsSync(input)) throw unreadable(input, 'it does not exist');
  const st = statSync(input);
  if (st.isFile()) {
    if (!input.endsWith('.har')) throw unreadable(input, 'a single file must be a .har recording');
    const har = readHar(input);
    const name = har.log._oaic?.scenarioId ?? path.basename(input, '.har');
    return { input, kind: 'har', traffic: new Map([[name, harToTraffic(har, input)]]), results: new Map() };
  }
  if (existsSync(path.join(input, 'report.json'))) return fromReport(input, root);
  const files = harFiles(input);
  if (!files.length) throw unreadable(input, 'it holds no .har recordings and no report.json');
  const traffic = new Map<string, Traffic>();
  for (const f of files) traffic.set(scenarioName(path.relative(input, f)), harToTraffic(readHar(f), f));
  return { input, kind: 'recordings', traffic, results: new Map() };
}
