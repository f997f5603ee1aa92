/** drift.md: short enough for a CI job summary; breaking changes first. */
import type { DriftChange } from './classes.ts';
import type { DriftReport } from './drift.ts';

const ICON = { breaking: '🔴', additive: '🟢', cosmetic: '⚪' } as const;
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const MAX_ROWS = 200;

export function driftHeadline(r: DriftReport): string {
  const t = r.totals;
  if (t.breaking) return `${t.breaking} breaking change(s) in ${r.scenarios.filter((s) => s.counts.breaking).length} scenario(s)`;
  return t.additive + t.cosmetic ? 'no breaking changes' : 'no drift';
}

export function renderDriftMarkdown(r: DriftReport): string {
  const t = r.totals;
  const out = [
    `# oaic drift — ${driftHeadline(r)}`,
    '',
    `Old \`${r.old.input}\` (${r.old.kind}) → new \`${r.new.input}\` (${r.new.kind})${r.text ? ', generated text compared' : ''}.`,
    '',
    '| scenarios | changed | breaking | additive | cosmetic |',
    '|---:|---:|---:|---:|---:|',
    `| ${t.scenarios} | ${t.changed} | ${t.breaking} | ${t.additive} | ${t.cosmetic} |`,
    '',
  ];
  const resultsOnly = r.scenarios.filter((s) => s.compared.length === 1 && s.compared[0] === 'results').length;
  if (resultsOnly) out.push(`${resultsOnly} scenario(s): only the results were compared (both runs name the same recording, or none).`, '');
  const changed = r.scenarios.filter((s) => s.status !== 'unchanged');
  if (changed.length) {
    out.push('## Scenarios', '', '| scenario | status | breaking | additive | cosmetic |', '|---|---|---:|---:|---:|');
    for (const s of changed) out.push(`| ${cell(s.name)} | ${s.status} | ${s.counts.breaking} | ${s.counts.additive} | ${s.counts.cosmetic} |`);
    out.push('');
  }
  if (r.changes.length) {
    out.push('## Changes', '', '| | scenario | change | what |', '|---|---|---|---|');
    for (const c of r.changes.slice(0, MAX_ROWS)) out.push(row(c));
    if (r.changes.length > MAX_ROWS) out.push('', `… and ${r.changes.length - MAX_ROWS} more in drift.json.`);
    out.push('');
  }
  return out.join('\n') + '\n';
}

const row = (c: DriftChange) => `| ${ICON[c.class]} ${c.class} | ${cell(c.scenario)} | \`${c.kind}\` | ${cell(c.message)} |`;
