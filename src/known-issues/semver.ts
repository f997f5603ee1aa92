/** Minimal semver ordering for release versions (`4.52.4`, `7.57.0`); pre-release tags sort first. */
import type { VersionRange } from './types.ts';

export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.-]/);
  const pb = b.split(/[.-]/);
  for (let i = 0; i < 3; i++) {
    const d = Number(pa[i] ?? 0) - Number(pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  const ta = pa.length > 3;
  const tb = pb.length > 3;
  return ta === tb ? 0 : ta ? -1 : 1;
}

export function inRange(version: string, r: VersionRange): boolean {
  return (r.from === undefined || compareVersions(version, r.from) >= 0) && (r.before === undefined || compareVersions(version, r.before) < 0);
}

export function formatRange(r: VersionRange): string {
  if (r.from && r.before) return `${r.from} ≤ v < ${r.before}`;
  if (r.from) return `≥ ${r.from}`;
  if (r.before) return `< ${r.before}`;
  return 'every version';
}
