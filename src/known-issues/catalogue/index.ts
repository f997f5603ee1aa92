/** The whole catalogue: seed issues, later regressions, seed snippet patterns. */
import type { Facet, KnownIssue } from '../types.ts';
import { LATER_REGRESSIONS } from './later-regressions.ts';
import { SEED_ISSUES } from './seed-issues.ts';
import { SNIPPET_PATTERNS } from './snippets.ts';

export const CATALOGUE: readonly KnownIssue[] = [...SEED_ISSUES, ...LATER_REGRESSIONS, ...SNIPPET_PATTERNS];

export function findFacet(facetId: string): { issue: KnownIssue; facet: Facet } | undefined {
  for (const issue of CATALOGUE) {
    const facet = issue.facets.find((f) => f.id === facetId);
    if (facet) return { issue, facet };
  }
  return undefined;
}
