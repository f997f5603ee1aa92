/**
 * parity.html: one self-contained file (inline CSS and JS, nothing loaded from elsewhere): per
 * scenario and per feature, verdicts per dimension, the mapping table and what to change.
 * Filters: by state (at parity / not) and by feature; every value is escaped.
 */
import type { ParityReport } from './report-model.ts';
import { DIMENSIONS, VERDICTS } from './verdict.ts';

const esc = (s: unknown): string => String(s).replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);
const short = (v: unknown) => esc(JSON.stringify(v) ?? 'null').slice(0, 400);

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}h1{font-size:1.4rem}table{border-collapse:collapse;margin:.5rem 0 1.5rem}
td,th{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left;vertical-align:top}th{background:#f6f8fa}.identical,.passed{color:#1a7f37}.equivalent{color:#0969da}
.different,.failed{color:#cf222e}.no_counterpart{color:#9a6700}details{border:1px solid #d0d7de;border-radius:6px;margin:.4rem 0;padding:.3rem .6rem}summary{cursor:pointer}
code{background:#f6f8fa;padding:.1rem .3rem;border-radius:4px}.bar button,.bar select{margin-right:.4rem}.hidden{display:none}td.v{font-family:ui-monospace,monospace;font-size:12px;max-width:28rem;word-break:break-all}`;

const JS = `(function(){let state='all',feature='all';const apply=()=>{let n=0;document.querySelectorAll('details[data-state]').forEach(e=>{const show=(state==='all'||e.dataset.state===state)&&(feature==='all'||e.dataset.feature===feature);e.classList.toggle('hidden',!show);if(show)n++;});document.getElementById('shown').textContent=String(n);};
document.querySelectorAll('[data-filter]').forEach(b=>b.addEventListener('click',()=>{state=b.dataset.filter;apply();}));
document.getElementById('feature').addEventListener('change',e=>{feature=e.target.value;apply();});apply();})();`;

export function renderParityHtml(r: ParityReport): string {
  const features = Object.keys(r.byFeature);
  const featureRows = Object.entries(r.byFeature).map(([f, s]) => `<tr><td>${esc(f)}</td><td>${esc(s.scenarios.join(', '))}</td><td class="passed">${s.passed}</td><td class="failed">${s.failed}</td></tr>`).join('');
  const dimRows = DIMENSIONS.map((d) => `<tr><td>${d}</td>${VERDICTS.map((v) => `<td class="${v}">${r.byDimension[d][v]}</td>`).join('')}</tr>`).join('');
  const scenarios = r.scenarios.map((s) => {
    const rows = s.dimensions.map((d) => `<tr><td>${d.dimension}</td><td class="${d.verdict}">${d.verdict.replace('_', ' ')}</td><td class="v">${short(d.assistants)}</td><td class="v">${short(d.responses)}</td><td>${esc(d.note)}</td></tr>`).join('');
    const fails = s.failures.length ? `<ul>${s.failures.map((f) => `<li class="failed">${esc(f)}</li>`).join('')}</ul>` : '';
    return `<details data-state="${s.passed ? 'passed' : 'failed'}" data-feature="${esc(s.feature)}"${s.passed ? '' : ' open'}><summary><span class="${s.passed ? 'passed' : 'failed'}">${s.passed ? 'at parity' : 'not at parity'}</span> <b>${esc(s.id)}</b> — ${esc(s.title)} <small>(${esc(s.feature)})</small></summary>
<table><tr><th>dimension</th><th>verdict</th><th>Assistants</th><th>Responses</th><th>why</th></tr>${rows}</table>${fails}
<p><small>Assistants: ${esc(Object.entries(s.assistants.objects).map(([k, v]) => `${k} ${v}`).join(', '))}; Responses: ${esc(Object.entries(s.responses.objects).map(([k, v]) => `${k} ${v}`).join(', '))}</small></p></details>`;
  }).join('\n');
  const mapping = r.mapping.map((m) => `<tr><td>${esc(m.from)}</td><td>${esc(m.to)}</td><td>${esc(m.how)}</td><td>${esc(m.change)}</td></tr>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>oaic parity ${esc(r.runId)}</title><style>${CSS}</style></head><body>
<h1>oaic parity: <span class="${r.totals.failed ? 'failed' : 'passed'}">${r.totals.failed ? `${r.totals.failed} of ${r.totals.scenarios} not at parity` : `all ${r.totals.scenarios} at parity`}</span></h1>
<p>Target <b>${esc(r.target)}</b>, comparator profile <b>${esc(r.profile)}</b>, run <code>${esc(r.runId)}</code>, ${esc(r.generatedAt)}.</p>
<h2>Per feature</h2><table><tr><th>feature</th><th>scenarios</th><th>at parity</th><th>not</th></tr>${featureRows}</table>
<h2>Per dimension</h2><table><tr><th>dimension</th>${VERDICTS.map((v) => `<th>${v.replace('_', ' ')}</th>`).join('')}</tr>${dimRows}</table>
<h2>Scenarios (<span id="shown">${r.scenarios.length}</span>)</h2>
<div class="bar"><button data-filter="all">all</button><button data-filter="failed">not at parity</button><button data-filter="passed">at parity</button>
<select id="feature" aria-label="feature"><option value="all">every feature</option>${features.map((f) => `<option value="${esc(f)}">${esc(f)}</option>`).join('')}</select></div>
${scenarios}
<h2>Mapping: Assistants → Responses</h2><table><tr><th>Assistants</th><th>Responses</th><th>how oaic converts</th><th>what to change</th></tr>${mapping}</table>
<h2>What a migrating team must change</h2><ul>${r.changes.map((c) => `<li>${esc(c)}</li>`).join('')}</ul>
<script>${JS}</script></body></html>
`;
}
