/** Writes reports/<run>/parity.{json,md,html}. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { renderParityHtml } from './report-html.ts';
import { renderParityMarkdown } from './report-md.ts';
import type { ParityReport } from './report-model.ts';

export const PARITY_FILES = ['parity.json', 'parity.md', 'parity.html'] as const;

export function writeParityReport(reportsDir: string, report: ParityReport): string {
  const dir = path.join(reportsDir, report.runId);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'parity.json'), JSON.stringify(report, (k, v: unknown) => (v instanceof RegExp ? String(v) : v), 2) + '\n');
  writeFileSync(path.join(dir, 'parity.md'), renderParityMarkdown(report));
  writeFileSync(path.join(dir, 'parity.html'), renderParityHtml(report));
  return dir;
}
