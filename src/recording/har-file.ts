/**
 * Reading and writing recording files. Writes are atomic: the HAR goes to a temp file beside the
 * target and is renamed over it, so a crash mid-write never leaves a torn recording and a reader
 * sees either the old file or the new one.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import type { HarLog } from '../traffic/har.ts';

/** The recording at `file`, or null when there is none. Throws RECORDING_UNREADABLE on a broken file. */
export function readHar(file: string, scenarioId: string): HarLog | null {
  if (!existsSync(file)) return null;
  try {
    const har = JSON.parse(readFileSync(file, 'utf8')) as HarLog;
    if (!har?.log || !Array.isArray(har.log.entries)) throw new Error('it has no log.entries');
    return har;
  } catch (cause) {
    throw new HarnessError(
      'RECORDING_UNREADABLE',
      `Failed to read the recording ${file} of scenario ${scenarioId}: ${(cause as Error).message}. Re-record it with \`npm run oaic -- record ${scenarioId}\` (recordings are never hand-edited).`,
      { cause },
    );
  }
}

export function writeHarAtomic(file: string, har: HarLog): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(tmp, JSON.stringify(har, null, 2) + '\n', { flush: true });
    renameSync(tmp, file);
  } catch (cause) {
    rmSync(tmp, { force: true });
    throw new HarnessError('RECORDING_WRITE_FAILED', `Failed to write the recording ${file}: ${(cause as Error).message}. Check that the recordings directory is writable (--recordings-dir, OAIC_RECORDINGS_DIR); the previous recording is unchanged.`, { cause });
  }
}
