/**
 * Optional system tools some tests use as an independent second opinion (Debian's `file`,
 * `unzip`, `tar`, `python3`). A test that needs one uses `describe.skipIf(!hasTool(x))` with
 * `toolSkipReason(x)`, so a missing tool shows as a skip with a message, never a silent pass.
 */
import { spawnSync } from 'node:child_process';

const cache = new Map<string, boolean>();

export function hasTool(name: string): boolean {
  let v = cache.get(name);
  if (v === undefined) {
    v = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).status === 0;
    cache.set(name, v);
  }
  return v;
}

export const toolSkipReason = (name: string): string => `skipped: \`${name}\` is not installed (apt-get install ${name === 'python3' ? 'python3' : name}).`;

/** Runs a tool on stdin bytes or args; returns stdout and the exit status. */
export function runTool(cmd: string, args: readonly string[], input?: Uint8Array): { stdout: string; status: number | null } {
  const r = spawnSync(cmd, args, { input, encoding: 'utf8' });
  return { stdout: r.stdout ?? '', status: r.status };
}
