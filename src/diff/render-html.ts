/**
 * drift.html: one self-contained file (inline CSS and JS, no external assets): totals, changed
 * scenarios, and every change with its old and new value, filterable by class.
 */
import { esc } from '../report/html.ts';
import type { DriftReport } from './drift.ts';
import { driftHeadline } from './render-markdown.ts';

const CSS = `body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1f24}h1{font-size:1.4rem}table{border-collapse:collapse;margin:.5rem 0 1.5rem}
td,th{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left;vertical-align:top}th{background:#f6f8fa}.breaking{color:#cf222e}.additive{color:#1a7f37}.cosmetic{color:#57606a}
code,pre{background:#f6f8fa;padding:.1rem .3rem;border-radius:4px}pre{white-space:pre-wrap;margin:0;max-width:40rem}.bar button{margin-right:.4rem}.hidden{display:none}`;

const JS = `document.querySelectorAll('[data-filter]').forEach(b=>b.addEventListener('click',()=>{const f=b.dataset.filter;
document.querySelectorAll('[data-class]').forEach(e=>e.classList.toggle('hidden',f!=='all'&&e.dataset.class!==f));
document.getElementById('shown').textContent=document.querySelectorAll('[data-class]:not(.hidden)').length;}));`;

const value = (v: unknown) => (v === null || v === undefined ? '' : `<pre>${esc(typeof v === 'string' ? v : JSON.stringify(v, null, 1))}</pre>`);

export function renderDriftHtml(r: DriftReport): string {
  const t = r.totals;
  const scenarioRows = r.scenarios
    .filter((s) => s.status !== 'unchanged')
    .map((s) => `<tr><td>${esc(s.name)}</td><td>${esc(s.status)}</td><td class="breaking">${s.counts.breaking}</td><td class="additive">${s.counts.additive}</td><td class="cosmetic">${s.counts.cosmetic}</td></tr>`)
    .join('');
  const changeRows = r.changes
    .map((c) => `<tr data-class="${c.class}"><td class="${c.class}">${c.class}</td><td>${esc(c.scenario)}</td><td><code>${esc(c.kind)}</code></td><td>${esc(c.message)}</td><td>${value(c.old)}</td><td>${value(c.new)}</td></tr>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>oaic drift</title><style>${CSS}</style></head><body>
<h1>oaic drift: <span class="${t.breaking ? 'breaking' : 'additive'}">${esc(driftHeadline(r))}</span></h1>
<p>Old <code>${esc(r.old.input)}</code> (${esc(r.old.kind)}) → new <code>${esc(r.new.input)}</code> (${esc(r.new.kind)})${r.text ? ', generated text compared' : ''}; ${esc(r.createdAt)}.</p>
<table><tr><th>scenarios</th><th>changed</th><th>breaking</th><th>additive</th><th>cosmetic</th></tr><tr><td>${t.scenarios}</td><td>${t.changed}</td><td class="breaking">${t.breaking}</td><td class="additive">${t.additive}</td><td class="cosmetic">${t.cosmetic}</td></tr></table>
${scenarioRows ? `<h2>Changed scenarios</h2><table><tr><th>scenario</th><th>status</th><th>breaking</th><th>additive</th><th>cosmetic</th></tr>${scenarioRows}</table>` : ''}
<h2>Changes (<span id="shown">${r.changes.length}</span>)</h2>
<div class="bar"><button data-filter="all">all</button><button data-filter="breaking">breaking</button><button data-filter="additive">additive</button><button data-filter="cosmetic">cosmetic</button></div>
<table><tr><th>class</th><th>scenario</th><th>change</th><th>what</th><th>old</th><th>new</th></tr>
${changeRows}</table>
<script>${JS}</script></body></html>
`;
}
