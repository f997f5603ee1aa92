/**
 * What a replay says when a request has no recorded answer: the scenario, the request (method and
 * path only: never a header value or body), the expected file and the exact command that records
 * it. Polly's own error dumps the request with its headers, so it never reaches the output: it is
 * replaced, and only its first line is kept as the cause.
 */
import { findHarnessError, HarnessError } from '../errors/harness-error.ts';

export function requestLine(input: RequestInfo | URL, init: RequestInit = {}): string {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  return `${method} ${new URL(url, 'http://oaic.invalid').pathname}`;
}

export interface MissingInfo {
  scenarioId: string;
  request: string;
  /** The recording file, as printed (relative to the project). */
  file: string;
  fileExists: boolean;
  /** 1-based position of the request in the scenario. */
  index: number;
}

export function recordCommand(scenarioId: string): string {
  return `npm run oaic -- record ${scenarioId}`;
}

export function missingRecording(info: MissingInfo, cause?: unknown): HarnessError {
  const reason = info.fileExists
    ? `${info.file} has no recorded answer for it (request #${info.index} of the scenario; its requests changed since it was recorded)`
    : `there is no recording ${info.file}`;
  const command = recordCommand(info.scenarioId);
  return new HarnessError(
    'RECORDING_MISSING',
    `Failed to replay ${info.request} for scenario ${info.scenarioId}: ${reason}. Record it with \`${command}\` (or run it live with --target emulator).`,
    { command, ...(cause === undefined ? {} : { cause }) },
  );
}

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0]!;

/** Turns whatever Polly threw during a replay or record into a harness error where it is one. */
export function replayFailed(error: unknown, info: MissingInfo): unknown {
  if (findHarnessError(error)) return error;
  const name = (error as Error)?.name;
  if (name === 'PollyError' || /^\[Polly\]/.test(firstLine(error))) {
    const cause = new Error(firstLine(error));
    if (/is not found and `recordIfMissing` is `false`/.test(firstLine(error))) return missingRecording(info, cause);
    return new HarnessError('RECORDING_UNREADABLE', `Failed to replay ${info.request} for scenario ${info.scenarioId} from ${info.file}: ${firstLine(error)}. Re-record it with \`${recordCommand(info.scenarioId)}\`.`, { cause });
  }
  return error;
}
