/**
 * drift.json, the source of truth of one `oaic diff`: every change between the old and the new
 * side, per scenario, with totals per class. drift.md and drift.html are renderings of it.
 */
import { CLASS_ORDER, change, type DriftChange, type DriftClass } from './classes.ts';
import { compareProfiles } from './classify.ts';
import type { DiffSide, SideKind } from './load.ts';
import type { NormaliseOptions } from './normalise.ts';
import { buildProfile } from './profile.ts';
import { compareResults } from './results.ts';

export const DRIFT_SCHEMA = 'oaic.drift/1';

export interface ScenarioDrift {
  name: string;
  status: 'unchanged' | 'changed' | 'added' | 'removed';
  /** What could be compared: run results, and behaviour (traffic). Behaviour is not compared when
   * one side has no traffic or both runs name the same recording file. */
  compared: ('results' | 'behaviour')[];
  counts: Record<DriftClass, number>;
}

export interface DriftReport {
  schema: typeof DRIFT_SCHEMA;
  createdAt: string;
  old: { input: string; kind: SideKind };
  new: { input: string; kind: SideKind };
  /** Generated text compared too (--text). */
  text: boolean;
  totals: Record<DriftClass, number> & { scenarios: number; changed: number };
  scenarios: ScenarioDrift[];
  changes: DriftChange[];
}

const zero = (): Record<DriftClass, number> => ({ breaking: 0, additive: 0, cosmetic: 0 });

function scenarioChanges(name: string, a: DiffSide, b: DiffSide, opts: NormaliseOptions, aName = name): { changes: DriftChange[]; compared: ScenarioDrift['compared'] } {
  const changes: DriftChange[] = [];
  const compared: ScenarioDrift['compared'] = [];
  const ra = a.results.get(aName);
  const rb = b.results.get(name);
  if (ra && rb) {
    changes.push(...compareResults(name, ra, rb));
    compared.push('results');
  }
  const ta = a.traffic.get(aName);
  const tb = b.traffic.get(name);
  if (ta && tb && ta.source !== tb.source) {
    changes.push(...compareProfiles(buildProfile(aName, ta, opts), buildProfile(name, tb, opts)));
    compared.push('behaviour');
  }
  return { changes, compared };
}

export function diffSides(a: DiffSide, b: DiffSide, opts: NormaliseOptions = {}, now = new Date()): DriftReport {
  const names = (s: DiffSide) => new Set([...s.traffic.keys(), ...s.results.keys()]);
  const na = names(a);
  const nb = names(b);
  const pairs: [string, string | null, boolean][] = [];
  if (a.kind === 'har' && b.kind === 'har') {
    // Two single recordings: compare them whatever their scenario ids say.
    pairs.push([[...nb][0]!, [...na][0]!, true]);
  } else {
    for (const n of [...new Set([...na, ...nb])].sort()) pairs.push([n, na.has(n) ? n : null, nb.has(n)]);
  }
  const scenarios: ScenarioDrift[] = [];
  const changes: DriftChange[] = [];
  for (const [name, oldName, inNew] of pairs) {
    let these: DriftChange[];
    let status: ScenarioDrift['status'];
    let compared: ScenarioDrift['compared'] = [];
    if (!oldName) {
      these = [change(name, 'scenario-added', name, null, name, `new scenario ${name}`)];
      status = 'added';
    } else if (!inNew) {
      these = [change(name, 'scenario-removed', name, name, null, `scenario ${name} is missing from the new side`)];
      status = 'removed';
    } else {
      ({ changes: these, compared } = scenarioChanges(name, a, b, opts, oldName));
      status = these.length ? 'changed' : 'unchanged';
    }
    const counts = zero();
    for (const c of these) counts[c.class] += 1;
    scenarios.push({ name, status, counts, compared });
    changes.push(...these);
  }
  const totals = { ...zero(), scenarios: scenarios.length, changed: scenarios.filter((s) => s.status !== 'unchanged').length };
  for (const c of changes) totals[c.class] += 1;
  changes.sort((x, y) => CLASS_ORDER.indexOf(x.class) - CLASS_ORDER.indexOf(y.class));
  return {
    schema: DRIFT_SCHEMA,
    createdAt: now.toISOString(),
    old: { input: a.input, kind: a.kind },
    new: { input: b.input, kind: b.kind },
    text: opts.text === true,
    totals,
    scenarios,
    changes,
  };
}
