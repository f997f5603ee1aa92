/** parity.md: the same content as parity.html, for a PR comment or a job summary. */
import type { ParityReport } from './report-model.ts';
import { DIMENSIONS, VERDICTS } from './verdict.ts';

const cell = (s: unknown) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderParityMarkdown(r: ParityReport): string {
  const out: string[] = [];
  out.push(`# oaic parity: ${r.totals.failed ? `${r.totals.failed} of ${r.totals.scenarios} not at parity` : `all ${r.totals.scenarios} at parity`}`, '');
  out.push(`Target **${r.target}**, comparator profile **${r.profile}**, run \`${r.runId}\`.`, '');
  out.push('## Per feature', '', '| feature | scenarios | at parity | not |', '|---|---|---|---|');
  for (const [f, s] of Object.entries(r.byFeature)) out.push(`| ${cell(f)} | ${cell(s.scenarios.join(', '))} | ${s.passed} | ${s.failed} |`);
  out.push('', '## Per dimension', '', `| dimension | ${VERDICTS.join(' | ')} |`, `|---|${VERDICTS.map(() => '---').join('|')}|`);
  for (const d of DIMENSIONS) out.push(`| ${d} | ${VERDICTS.map((v) => r.byDimension[d][v]).join(' | ')} |`);
  out.push('', '## Per scenario', '');
  for (const s of r.scenarios) {
    out.push(`### ${s.passed ? '✓' : '✗'} ${s.id}: ${s.title} (${s.feature})`, '', '| dimension | verdict | Assistants | Responses | why |', '|---|---|---|---|---|');
    for (const d of s.dimensions) out.push(`| ${d.dimension} | ${d.verdict} | ${cell(JSON.stringify(d.assistants)).slice(0, 120)} | ${cell(JSON.stringify(d.responses)).slice(0, 120)} | ${cell(d.note)} |`);
    if (s.failures.length) out.push('', ...s.failures.map((f) => `- ${f}`));
    out.push('');
  }
  out.push('## Mapping', '', '| Assistants | Responses | how oaic converts | what to change |', '|---|---|---|---|');
  for (const m of r.mapping) out.push(`| ${cell(m.from)} | ${cell(m.to)} | ${cell(m.how)} | ${cell(m.change)} |`);
  out.push('', '## What a migrating team must change', '', ...r.changes.map((c) => `- ${c}`), '');
  return out.join('\n');
}
