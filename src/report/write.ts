/** Writes a run's four report files into reports/<run-id>/ and mirrors them to reports/latest/. */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import { REPORT_SCHEMA, type RunReport } from './model.ts';

export const REPORT_FILES = ['report.json', 'report.md', 'junit.xml', 'report.html'] as const;

export function writeReport(reportsDir: string, report: RunReport, opts: { latest?: boolean; dirName?: string } = {}): string {
  const dir = path.join(reportsDir, opts.dirName ?? report.runId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  writeFileSync(path.join(dir, 'report.md'), renderMarkdown(report));
  writeFileSync(path.join(dir, 'junit.xml'), renderJunit(report));
  writeFileSync(path.join(dir, 'report.html'), renderHtml(report));
  if (opts.latest !== false) {
    const latest = path.join(reportsDir, 'latest');
    const tmp = path.join(reportsDir, `.latest-${process.pid}.tmp`);
    rmSync(tmp, { recursive: true, force: true });
    cpSync(dir, tmp, { recursive: true });
    rmSync(latest, { recursive: true, force: true });
    renameSync(tmp, latest);
  }
  return dir;
}

export function readReport(dirOrFile: string): RunReport {
  const file = dirOrFile.endsWith('.json') ? dirOrFile : path.join(dirOrFile, 'report.json');
  let parsed: RunReport;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8')) as RunReport;
  } catch (cause) {
    throw new HarnessError('INPUT_UNREADABLE', `Failed to read the report ${file}: ${(cause as Error).message}. Pass a run directory under reports/ (it holds report.json).`, { cause });
  }
  if (parsed.schema !== REPORT_SCHEMA) {
    throw new HarnessError('INPUT_UNREADABLE', `Failed to read the report ${file}: schema ${JSON.stringify(parsed.schema)} is not ${REPORT_SCHEMA}. Re-run the scenarios with this version of oaic.`);
  }
  return parsed;
}
