/** junit.xml: one testsuite per area, one testcase per scenario (and SDK). */
import { formatWhere, isFailing } from '../checks/violation.ts';
import type { RunReport } from './model.ts';

const esc = (s: string) => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

export function renderJunit(r: RunReport): string {
  const areas = [...new Set(r.scenarios.map((s) => s.area))];
  const suites = areas.map((area) => {
    const cases = r.scenarios.filter((s) => s.area === area);
    const body = cases.map((s) => {
      const name = esc(s.sdk.name === 'openai' ? s.id : `${s.id} [${s.sdk.name}]`);
      const open = `    <testcase classname="oaic.${esc(area)}" name="${name}" time="${(s.durationMs / 1000).toFixed(3)}"`;
      if (s.state === 'passed') return `${open}/>`;
      if (s.state === 'skipped') return `${open}>\n      <skipped message="${esc(s.reason)}"/>\n    </testcase>`;
      const detail = [
        ...(s.state === 'errored' ? [`${s.error.code}: ${s.error.message}`] : []),
        ...s.violations.filter(isFailing).map((v) => `[${v.rule}] ${v.message} at ${formatWhere(v.where)}`),
        `Reproduce: ${s.command}`,
      ].join('\n');
      const tag = s.state === 'errored' ? 'error' : 'failure';
      const first = s.state === 'errored' ? s.error.message : (s.violations.find(isFailing)?.message ?? 'failed');
      return `${open}>\n      <${tag} message="${esc(first)}">${esc(detail)}</${tag}>\n    </testcase>`;
    });
    const c = (st: string) => cases.filter((s) => s.state === st).length;
    const time = cases.reduce((n, s) => n + s.durationMs, 0) / 1000;
    return `  <testsuite name="${esc(area)}" tests="${cases.length}" failures="${c('failed')}" errors="${c('errored')}" skipped="${c('skipped')}" time="${time.toFixed(3)}">\n${body.join('\n')}\n  </testsuite>`;
  });
  const t = r.totals;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="oaic ${esc(r.target)} ${esc(r.mode)}" tests="${t.total}" failures="${t.failed}" errors="${t.errored}" skipped="${t.skipped}" time="${(r.durationMs / 1000).toFixed(3)}">\n${suites.join('\n')}\n</testsuites>\n`;
}
