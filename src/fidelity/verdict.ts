/**
 * Applies the allow-list to the shape diffs: what is left is what the test fails on; which
 * entries were used tells stale entries apart. Also renders the table the test prints
 * (kind → missing in emulator / extra in emulator / type mismatches).
 */
import { allowed, ALLOW_LIST, type AllowEntry } from './allow-list.ts';
import type { KindDiff } from './compare.ts';
import type { ErrorTemplate } from './error-texts.ts';

export interface Verdict {
  /** Differences no allow-list entry covers: `kind: what path (detail)`. */
  failures: string[];
  used: Set<AllowEntry>;
}

export function judge(diffs: readonly KindDiff[], missingErrors: readonly ErrorTemplate[] = []): Verdict {
  const failures: string[] = [];
  const used = new Set<AllowEntry>();
  const check = (kind: string, what: AllowEntry['what'], path: string | undefined, detail: string) => {
    const entry = allowed(kind, what, path);
    if (entry) used.add(entry);
    else failures.push(`${kind}: ${what}${path ? ` ${path}` : ''}${detail}`);
  };
  for (const d of diffs) {
    if (d.kindMissing) check(d.kind, 'kind-missing', undefined, ` (${d.realInstances} real instances, none emulated)`);
    for (const p of d.missing) check(d.kind, 'missing', p, '');
    for (const m of d.mismatched) check(d.kind, 'mismatch', m.path, ` (real ${m.real.join('|')}, emulated ${m.emulated.join('|')})`);
  }
  for (const e of missingErrors) check('envelope:error', 'error-text', e.message, ` — real ${e.status} ${e.type ?? ''} code=${e.code ?? 'null'} param=${e.param ?? 'null'} never answered by the emulator`);
  return { failures, used };
}

/** Entries (of the given kinds of difference) that nothing used. */
export function staleEntries(used: ReadonlySet<AllowEntry>, whats: readonly AllowEntry['what'][] = ['kind-missing', 'missing', 'mismatch', 'error-text']): AllowEntry[] {
  return ALLOW_LIST.filter((e) => whats.includes(e.what) && !used.has(e));
}

const mark = (kind: string, what: AllowEntry['what'], path?: string) => {
  const e = allowed(kind, what, path);
  return e ? ` [allowed: ${e.category}]` : ' [NOT ALLOWED]';
};

export function renderTable(diffs: readonly KindDiff[]): string {
  const lines = ['kind (real/emulated instances) → missing in emulator | extra in emulator | type mismatches'];
  for (const d of diffs) {
    if (d.kindMissing) {
      lines.push(`${d.kind} (${d.realInstances}/0): NOT EMULATED${mark(d.kind, 'kind-missing')}`);
      continue;
    }
    const clean = d.missing.length === 0 && d.extra.length === 0 && d.mismatched.length === 0;
    lines.push(`${d.kind} (${d.realInstances}/${d.emulatedInstances})${clean ? ': same fields and types' : ''}`);
    for (const p of d.missing) lines.push(`    missing   ${p}${mark(d.kind, 'missing', p)}`);
    for (const m of d.mismatched) lines.push(`    mismatch  ${m.path}: real ${m.real.join('|')}, emulated ${m.emulated.join('|')}${mark(d.kind, 'mismatch', m.path)}`);
    for (const p of d.extra) lines.push(`    extra     ${p}`);
  }
  return lines.join('\n');
}
