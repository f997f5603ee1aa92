/** Verdicts per dimension: identical, equivalent, different, or no counterpart. */
export const DIMENSIONS = ['finalText', 'toolCalls', 'citations', 'finalStatus', 'usage', 'events', 'latency'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const VERDICTS = ['identical', 'equivalent', 'different', 'no_counterpart'] as const;
export type Verdict = (typeof VERDICTS)[number];

export interface DimensionResult {
  dimension: Dimension;
  verdict: Verdict;
  assistants: unknown;
  responses: unknown;
  /** Why the verdict: the rule that decided it. */
  note: string;
}

/** Verdicts that count as parity (a migrating team has nothing to change for this dimension). */
export const PARITY_OK: Record<Verdict, boolean> = { identical: true, equivalent: true, different: false, no_counterpart: false };
