/**
 * `oaic check` without the terminal: reads every input (files or directories, any supported
 * format), runs the checks that apply to each traffic unit, and returns violations and counts.
 * Throws HarnessError INPUT_UNREADABLE for input that cannot be read.
 */
import { detectFile, expandInputs, readTrafficFile } from '../traffic/readers/index.ts';
import { checksFor, runChecks } from './index.ts';
import { apisOf } from './observe.ts';
import type { Violation } from './violation.ts';

export interface CheckedUnit {
  source: string;
  apis: string[];
  checks: string[];
  exchanges: number;
  events: number;
  errors: number;
  infos: number;
}

export interface CheckFilesResult {
  files: string[];
  /** Files found in directories that are not traffic (e.g. an index JSON), with why. */
  skipped: { file: string; reason: string }[];
  units: CheckedUnit[];
  violations: Violation[];
  errors: number;
  infos: number;
  bytes: number;
}

export async function checkFiles(inputs: readonly string[], options: { keepInfo?: boolean } = {}): Promise<CheckFilesResult> {
  const inputsFound = expandInputs(inputs);
  const result: CheckFilesResult = { files: [], skipped: [], units: [], violations: [], errors: 0, infos: 0, bytes: 0 };
  for (const { file, explicit } of inputsFound) {
    if (!explicit) {
      const d = detectFile(file);
      if (d.format === null) {
        result.skipped.push({ file, reason: d.reason });
        continue;
      }
    }
    result.files.push(file);
    for await (const traffic of readTrafficFile(file)) {
      const checks = checksFor(traffic);
      const found = runChecks(traffic, checks);
      const errors = found.filter((v) => v.severity === 'error');
      result.errors += errors.length;
      result.infos += found.length - errors.length;
      result.violations.push(...(options.keepInfo ? found : errors));
      result.units.push({
        source: traffic.source,
        apis: [...apisOf(traffic)].filter((a) => a !== 'other'),
        checks: checks.map((c) => c.id),
        exchanges: traffic.exchanges.length,
        events: traffic.exchanges.reduce((n, e) => n + (e.sse?.length ?? 0), 0),
        errors: errors.length,
        infos: found.length - errors.length,
      });
    }
  }
  return result;
}
