/**
 * Recordings that are non-conformant on purpose: known-issue scenarios that make the emulator
 * send broken traffic (a stream cut mid-frame, a status outside the spec), or whose client polls
 * sooner than the server's openai-poll-after-ms because pollIntervalMs overrides it (LR-04). `oaic check` must flag exactly these rules in them, and
 * everything else under recordings/ must be clean; `conformantRecordings` lists the rest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const DELIBERATELY_NONCONFORMANT: Readonly<Record<string, readonly string[]>> = {
  'known-issues.ki-02-final-run-not-received': ['AS_NOT_TERMINATED'],
  'known-issues.lr-01-final-event-without-blank-line': ['AS_CUT_MID_FRAME', 'AS_NO_DONE', 'RESP_CUT_MID_FRAME', 'RESP_NO_TERMINAL'],
  'known-issues.lr-04-upload-and-poll-interval': ['POLL_TOO_EARLY'],
  'known-issues.lr-05-poll-busy-loop': ['RUN_UNKNOWN_STATUS', 'SHAPE_BAD_ENUM'],
};

function hars(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...hars(p));
    else if (e.name.endsWith('.har')) out.push(p);
  }
  return out.sort();
}

function scenarioOf(file: string): string | null {
  try {
    const log = (JSON.parse(readFileSync(file, 'utf8')) as { log?: { _oaic?: { scenarioId?: string | null } } }).log;
    return log?._oaic?.scenarioId ?? null;
  } catch {
    return null;
  }
}

/** Every recording under `root/recordings`, split by whether it is non-conformant on purpose. */
export function splitRecordings(root: string): { conformant: string[]; deliberate: Map<string, string[]> } {
  const conformant: string[] = [];
  const deliberate = new Map<string, string[]>();
  for (const f of hars(path.join(root, 'recordings'))) {
    const id = scenarioOf(f);
    if (id && DELIBERATELY_NONCONFORMANT[id]) deliberate.set(id, [...(deliberate.get(id) ?? []), f]);
    else conformant.push(f);
  }
  return { conformant, deliberate };
}

export const conformantRecordings = (root: string): string[] => splitRecordings(root).conformant;
