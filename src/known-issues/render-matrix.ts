/**
 * Text and Markdown renderings of the matrix. Cell marks: R reproduces, F fixed, NLR no longer
 * reproduces (drift), NR not reproduced, – not applicable, ? unknown; lowercase = expected from
 * the catalogue (not run), `!` = regression, `~` = drift.
 */
import type { Verdict } from './types.ts';
import { cellVerdict, type MatrixCell, type MatrixRow } from './matrix.ts';

export const MARK: Record<Verdict | 'unknown', string> = {
  reproduces: 'R',
  fixed: 'F',
  'no-longer-reproduces': 'NLR',
  'not-reproduced': 'NR',
  'not-applicable': '–',
  unknown: '?',
};

export const LEGEND = 'R reproduces · F fixed · NLR no longer reproduces (drift) · NR not reproduced · – not applicable · ? not in the notes; lowercase = expected (not run here), ! regression, ~ drift';

export function cellMark(c: MatrixCell): string {
  const m = MARK[cellVerdict(c)];
  if (!c.observed) return m === '–' || m === '?' ? m : m.toLowerCase();
  return `${m}${c.observed.regression ? '!' : c.observed.drift ? '~' : ''}`;
}

export function renderMatrixText(rows: readonly MatrixRow[], paint: (mark: string, c: MatrixCell) => string = (m) => m): string {
  const versions = rows[0]?.cells.map((c) => c.version) ?? [];
  const w = Math.max(...rows.map((r) => r.facet.length), 5);
  const head = `${'facet'.padEnd(w)}  side     ${versions.map((v) => v.padStart(7)).join(' ')}  fixed in`;
  const lines = [head, '-'.repeat(head.length)];
  for (const r of rows) {
    const cells = r.cells.map((c) => paint(cellMark(c).padStart(7), c)).join(' ');
    lines.push(`${r.facet.padEnd(w)}  ${r.side.padEnd(7)}  ${cells}  ${r.fixedIn ?? '—'}`);
  }
  lines.push('', LEGEND);
  return lines.join('\n');
}

export function renderMatrixMarkdown(rows: readonly MatrixRow[]): string {
  const versions = rows[0]?.cells.map((c) => c.version) ?? [];
  const out = [`| facet | side | ${versions.join(' | ')} | fixed in | source |`, `|---|---|${versions.map(() => ':-:').join('|')}|---|---|`];
  for (const r of rows) out.push(`| ${r.facet} | ${r.side} | ${r.cells.map(cellMark).join(' | ')} | ${r.fixedIn ?? '—'} | [${r.issue}](${r.source}) |`);
  out.push('', LEGEND);
  return out.join('\n');
}
