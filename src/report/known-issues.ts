/**
 * The known-issues section of report.md and report.html: for every facet a run observed, the
 * verdict per SDK version it ran on, the catalogue's expectation where they differ (drift), the
 * fix version and the source. Empty when the run had no known-issue observations.
 */
import { CATALOGUE } from '../known-issues/catalogue/index.ts';
import { buildMatrix, cellVerdict, type MatrixRow } from '../known-issues/matrix.ts';
import { observationsFromReport } from '../known-issues/observations.ts';
import { compareVersions } from '../known-issues/semver.ts';
import { cellMark, LEGEND } from '../known-issues/render-matrix.ts';
import type { RunReport } from './model.ts';

const esc = (s: unknown): string => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

function observedRows(r: Pick<RunReport, 'scenarios'>): MatrixRow[] {
  const obs = observationsFromReport(r);
  if (!obs.length) return [];
  const versions = [...new Set(obs.map((o) => o.sdk))].sort(compareVersions);
  const rows = buildMatrix(versions.map((v) => ({ name: v, version: v })), obs, CATALOGUE);
  return rows.filter((row) => row.cells.some((c) => c.observed));
}

export function renderKnownIssuesMarkdown(r: Pick<RunReport, 'scenarios'>): string {
  const rows = observedRows(r);
  if (!rows.length) return '';
  const versions = rows[0]!.cells.map((c) => c.version);
  const out = ['## Known issues', '', 'Verdicts per SDK version that ran; "seed claim" is how the fact-check judged the seed notes\' claim.', '', `| facet | side | seed claim | ${versions.join(' | ')} | fixed in | source |`, `|---|---|---|${versions.map(() => ':-:').join('|')}|---|---|`];
  for (const row of rows) out.push(`| ${row.facet} | ${row.side} | ${row.claimStatus} | ${row.cells.map((c) => (c.observed ? cellMark(c) : '·')).join(' | ')} | ${row.fixedIn ?? '—'} | [${row.issue}](${row.source}) |`);
  const drift = rows.flatMap((row) => row.cells.filter((c) => c.observed?.drift).map((c) => `- ${c.observed!.regression ? '**regression**' : 'drift'}: ${row.facet} on ${c.version} is ${cellVerdict(c)}; the catalogue expected ${c.expected}.`));
  out.push('', `${LEGEND}; · not run`, '');
  if (drift.length) out.push(...drift, '');
  return out.join('\n') + '\n';
}

export function renderKnownIssuesHtml(r: Pick<RunReport, 'scenarios'>): string {
  const rows = observedRows(r);
  if (!rows.length) return '';
  const versions = rows[0]!.cells.map((c) => c.version);
  const body = rows
    .map((row) => `<tr><td>${esc(row.facet)}</td><td>${esc(row.side)}</td><td>${esc(row.claimStatus)}</td>${row.cells.map((c) => `<td class="${c.observed?.regression ? 'failed' : c.observed?.drift ? 'skipped' : ''}" title="${esc(c.observed ? `${c.observed.verdict} (expected ${c.expected})` : 'not run')}">${esc(c.observed ? cellMark(c) : '·')}</td>`).join('')}<td>${esc(row.fixedIn ?? '—')}</td><td><a href="${esc(row.source)}">${esc(row.issue)}</a></td></tr>`)
    .join('');
  return `<h2>Known issues</h2><table><tr><th>facet</th><th>side</th><th>seed claim</th>${versions.map((v) => `<th>${esc(v)}</th>`).join('')}<th>fixed in</th><th>source</th></tr>${body}</table><p><small>${esc(LEGEND)}; · not run</small></p>`;
}
