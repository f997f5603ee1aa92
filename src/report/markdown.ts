/** report.md: short enough for a CI job summary. */
import { formatWhere, isFailing } from '../checks/violation.ts';
import { renderKnownIssuesMarkdown } from './known-issues.ts';
import type { RunReport } from './model.ts';

const ICON = { passed: '✅', failed: '❌', skipped: '⏭️', errored: '💥' } as const;

export function renderMarkdown(r: RunReport): string {
  const t = r.totals;
  const out: string[] = [
    `# oaic report — ${t.failed + t.errored === 0 ? 'all passed' : `${t.failed + t.errored} not passing`}`,
    '',
    `Target **${r.target}**, mode **${r.mode}**, run \`${r.runId}\`${r.shard ? `, shard ${r.shard}` : ''}. ` +
      `harness ${r.versions.harness}, openai ${r.versions.sdk}, node ${r.versions.node}. ${(r.durationMs / 1000).toFixed(1)} s.`,
    '',
    `| total | passed | failed | errored | skipped |`,
    `|---:|---:|---:|---:|---:|`,
    `| ${t.total} | ${t.passed} | ${t.failed} | ${t.errored} | ${t.skipped} |`,
    '',
    '## By area',
    '',
    '| area | passed | failed | errored | skipped |',
    '|---|---:|---:|---:|---:|',
    ...Object.entries(r.byArea).map(([a, c]) => `| ${a} | ${c.passed} | ${c.failed} | ${c.errored} | ${c.skipped} |`),
    '',
  ];
  if (r.byRule.length) {
    out.push('## By rule', '', '| rule | failing | info | scenarios |', '|---|---:|---:|---|');
    for (const s of r.byRule) out.push(`| \`${s.rule}\` | ${s.failing} | ${s.info} | ${s.scenarios.slice(0, 5).join(', ')}${s.scenarios.length > 5 ? ', …' : ''} |`);
    out.push('');
  }
  if (r.spend) out.push(`Spend: ${r.spend.requests} requests, ${r.spend.tokens} tokens.`, '');
  const bad = r.scenarios.filter((s) => s.state === 'failed' || s.state === 'errored');
  if (bad.length) {
    out.push('## Failures', '');
    for (const s of bad) {
      out.push(`### ${ICON[s.state]} ${s.id}${s.sdk.name !== 'openai' ? ` [${s.sdk.name}]` : ''}`, '');
      if (s.state === 'errored') out.push(`- **${s.error.code}**: ${s.error.message}`);
      for (const v of s.violations.filter(isFailing).slice(0, 10)) out.push(`- \`${v.rule}\` ${v.message} _(${formatWhere(v.where)})_`);
      out.push('', `Reproduce: \`${s.command}\``, '');
    }
  }
  out.push(...[renderKnownIssuesMarkdown(r)].filter(Boolean));
  out.push('## Scenarios', '', '| | scenario | ms | note |', '|---|---|---:|---|');
  for (const s of r.scenarios) out.push(`| ${ICON[s.state]} | ${s.id}${s.sdk.name !== 'openai' ? ` [${s.sdk.name}]` : ''} | ${s.durationMs} | ${s.state === 'skipped' ? s.reason : typeof s.annotations['verdict'] === 'string' ? s.annotations['verdict'] : ''} |`);
  return out.join('\n') + '\n';
}
