/** Writes drift.json, drift.md and drift.html into one directory (and mirrors it to latest-drift/). */
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import type { DriftReport } from './drift.ts';
import { renderDriftHtml } from './render-html.ts';
import { renderDriftMarkdown } from './render-markdown.ts';

export const DRIFT_FILES = ['drift.json', 'drift.md', 'drift.html'] as const;

/** `reports/drift-2026-12-01T05-30-00Z` for a date. */
export const defaultDriftDir = (reportsDir: string, now: Date): string => path.join(reportsDir, `drift-${now.toISOString().replace(/\.\d+Z$/, 'Z').replace(/:/g, '-')}`);

export function writeDrift(dir: string, report: DriftReport, opts: { latest?: string } = {}): string {
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'drift.json'), JSON.stringify(report, null, 2) + '\n');
    writeFileSync(path.join(dir, 'drift.md'), renderDriftMarkdown(report));
    writeFileSync(path.join(dir, 'drift.html'), renderDriftHtml(report));
    if (opts.latest) {
      const tmp = `${opts.latest}.${process.pid}.tmp`;
      rmSync(tmp, { recursive: true, force: true });
      cpSync(dir, tmp, { recursive: true });
      rmSync(opts.latest, { recursive: true, force: true });
      renameSync(tmp, opts.latest);
    }
  } catch (cause) {
    throw new HarnessError('INTERNAL', `Failed to write the drift report to ${dir}: ${(cause as Error).message}. Pass a writable directory with --out.`, { cause });
  }
  return dir;
}
