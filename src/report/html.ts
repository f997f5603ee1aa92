/**
 * report.html: one self-contained file (inline CSS and JS, no external assets). Pass/fail per
 * area and per rule, and for each failure its violations and the command that reproduces it.
 * Every value is escaped; the report data is embedded as JSON for the filter buttons.
 */
import { formatWhere } from '../checks/violation.ts';
import { renderKnownIssuesHtml } from './known-issues.ts';
import type { RunReport } from './model.ts';

export const esc = (s: unknown): string => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}h1{font-size:1.4rem}table{border-collapse:collapse;margin:.5rem 0 1.5rem}
td,th{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left}th{background:#f6f8fa}.passed{color:#1a7f37}.failed,.errored{color:#cf222e}.skipped{color:#9a6700}
details{border:1px solid #d0d7de;border-radius:6px;margin:.4rem 0;padding:.3rem .6rem}summary{cursor:pointer}code,pre{background:#f6f8fa;padding:.1rem .3rem;border-radius:4px}
pre{white-space:pre-wrap;padding:.5rem}.bar button{margin-right:.4rem}.hidden{display:none}`;

const JS = `document.querySelectorAll('[data-filter]').forEach(b=>b.addEventListener('click',()=>{const f=b.dataset.filter;
document.querySelectorAll('[data-state]').forEach(e=>e.classList.toggle('hidden',f!=='all'&&e.dataset.state!==f));
document.getElementById('shown').textContent=document.querySelectorAll('[data-state]:not(.hidden)').length;}));`;

export function renderHtml(r: RunReport): string {
  const t = r.totals;
  const areaRows = Object.entries(r.byArea).map(([a, c]) => `<tr><td>${esc(a)}</td><td class="passed">${c.passed}</td><td class="failed">${c.failed}</td><td class="errored">${c.errored}</td><td class="skipped">${c.skipped}</td></tr>`).join('');
  const ruleRows = r.byRule.map((s) => `<tr><td><code>${esc(s.rule)}</code></td><td class="${s.failing ? 'failed' : ''}">${s.failing}</td><td>${s.info}</td><td>${esc(s.scenarios.join(', '))}</td></tr>`).join('');
  const items = r.scenarios.map((s) => {
    const viol = s.violations.map((v) => `<li class="${v.severity === 'error' ? 'failed' : ''}"><code>${esc(v.rule)}</code> ${esc(v.message)}<br><small>${esc(formatWhere(v.where))}</small></li>`).join('');
    const err = s.state === 'errored' ? `<p class="errored"><b>${esc(s.error.code)}</b>: ${esc(s.error.message)}${s.error.hint ? `<br>${esc(s.error.hint)}` : ''}</p>` : '';
    const skip = s.state === 'skipped' ? `<p class="skipped">${esc(s.reason)}</p>` : '';
    const notes = Object.keys(s.annotations).length ? `<pre>${esc(JSON.stringify(s.annotations, null, 2))}</pre>` : '';
    return `<details data-state="${s.state}"${s.state === 'failed' || s.state === 'errored' ? ' open' : ''}><summary><span class="${s.state}">${s.state}</span> <b>${esc(s.id)}</b>${s.sdk.name !== 'openai' ? ` [${esc(s.sdk.name)}]` : ''} — ${esc(s.title)} <small>(${s.durationMs} ms, ${s.stats.exchanges} exchanges, ${s.stats.events} events)</small></summary>
${err}${skip}${viol ? `<ul>${viol}</ul>` : ''}${notes}<p>Reproduce: <code>${esc(s.command)}</code>${s.recording ? `<br>Recording: <code>${esc(s.recording)}</code>` : ''}</p></details>`;
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>oaic report ${esc(r.runId)}</title><style>${CSS}</style></head><body>
<h1>oaic report: <span class="${t.failed + t.errored ? 'failed' : 'passed'}">${t.failed + t.errored ? `${t.failed + t.errored} not passing` : 'all passed'}</span></h1>
<p>Target <b>${esc(r.target)}</b>, mode <b>${esc(r.mode)}</b>, run <code>${esc(r.runId)}</code>${r.shard ? `, shard ${esc(r.shard)}` : ''}; harness ${esc(r.versions.harness)}, openai ${esc(r.versions.sdk)}, node ${esc(r.versions.node)}; ${(r.durationMs / 1000).toFixed(1)} s.${r.spend ? ` Spend: ${r.spend.requests} requests, ${r.spend.tokens} tokens.` : ''}</p>
<table><tr><th>total</th><th>passed</th><th>failed</th><th>errored</th><th>skipped</th></tr><tr><td>${t.total}</td><td class="passed">${t.passed}</td><td class="failed">${t.failed}</td><td class="errored">${t.errored}</td><td class="skipped">${t.skipped}</td></tr></table>
<h2>By area</h2><table><tr><th>area</th><th>passed</th><th>failed</th><th>errored</th><th>skipped</th></tr>${areaRows}</table>
${ruleRows ? `<h2>By rule</h2><table><tr><th>rule</th><th>failing</th><th>info</th><th>scenarios</th></tr>${ruleRows}</table>` : ''}
${renderKnownIssuesHtml(r)}
<h2>Scenarios (<span id="shown">${r.scenarios.length}</span>)</h2>
<div class="bar"><button data-filter="all">all</button><button data-filter="failed">failed</button><button data-filter="errored">errored</button><button data-filter="passed">passed</button><button data-filter="skipped">skipped</button></div>
${items.join('\n')}
<script>${JS}</script></body></html>
`;
}
