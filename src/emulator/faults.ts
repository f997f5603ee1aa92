/**
 * Fault switches: named behaviours that reproduce documented service-side known issues (and
 * transport faults for retry tests). Off by default; turned on per server (`startEmulator({
 * faults })`, `oaic emulator --fault NAME`) or per request with the header `x-oaic-fault: a,b`.
 * The catalogue is data: each surface registers the names it honours in FAULTS.
 */
import type { EmuRequest } from './http.ts';
import { KNOWN_ISSUE_FAULTS } from './known-issues/faults.ts';

export const FAULT_HEADER = 'x-oaic-fault';

/** Every fault name the emulator knows, with what it does. Surfaces add their own entries here. */
export const FAULTS: Record<string, string> = {
  ...KNOWN_ISSUE_FAULTS,
};

export function parseFaults(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

export function hasFault(req: Pick<EmuRequest, 'faults'>, name: string): boolean {
  return req.faults.has(name);
}
