/**
 * The known-issue catalogue's types. An issue (KI-01…, LR-…, SN-…) has one or more facets; a
 * facet is one observable symptom with the SDK-version ranges in which it shows. Verdicts:
 * - reproduces: the symptom shows (for service-side issues: in the emulator's simulation).
 * - fixed: the catalogue names a fix and this version has it; the symptom is gone.
 * - no-longer-reproduces: the catalogue expected the symptom here, but it did not show (drift).
 * - not-reproduced: the claimed symptom shows in no version tested (a claim, not a finding).
 * - not-applicable: the code path does not exist in this version, or the issue lives in the
 *   service and every SDK version forwards the same answer.
 */
export type Side = 'service' | 'sdk' | 'docs';

export const VERDICTS = ['reproduces', 'fixed', 'no-longer-reproduces', 'not-reproduced', 'not-applicable'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** How the fact-check judged the seed's claim. */
export type ClaimStatus = 'accurate' | 'partly-wrong' | 'stale' | 'wrong' | 'unverified' | 'new';

/** What the user sees when the symptom shows: enough to match exactly. */
export interface ErrorText {
  class: string;
  message: string;
  status?: number;
  type?: string | null;
  code?: string | null;
  param?: string | null;
  /** How `message` is compared: exact (default), prefix or suffix (TypeError texts quote the caller's expression). */
  match?: 'exact' | 'prefix' | 'suffix';
}

/** [from, before) on the SDK's semver; open ends allowed. */
export interface VersionRange {
  from?: string;
  before?: string;
}

export interface RangeExpectation {
  range: VersionRange;
  /** reproduces / fixed / not-applicable / not-reproduced for versions in the range. */
  verdict: Exclude<Verdict, 'no-longer-reproduces'>;
  /** The exact error in this range, when the symptom is an error. */
  error?: ErrorText;
  note?: string;
}

export interface Facet {
  /** `KI-02.incomplete`: stable, used in annotations and the matrix. */
  id: string;
  symptom: string;
  /** Ordered, non-overlapping; versions outside every range are `unknown` (not in the notes). */
  expectations: readonly RangeExpectation[];
}

export interface Source {
  label: string;
  url: string;
  /** Thread state when read, e.g. "open", "closed (not reproducible)". */
  status?: string;
}

export interface KnownIssue {
  id: string;
  title: string;
  /** What the seed notes claim, in short. */
  claim: string;
  side: Side;
  claimStatus: ClaimStatus;
  sources: readonly Source[];
  /** The exact service-side error, when there is one. */
  serviceError?: ErrorText;
  /** Emulator fault switches the scenario turns on to simulate a service-side behaviour. */
  faults?: readonly string[];
  facets: readonly Facet[];
  /** First SDK version with the fix, or a dated service-side fix; null when there is none. */
  fixedIn: string | null;
  workaround: string;
  corrections: readonly string[];
  /** The scenario id that checks it. */
  scenario: string;
}

/** What a scenario reports per facet (annotation `known-issue:<facet id>`). */
export interface FacetObservation {
  facet: string;
  issue: string;
  sdk: string;
  reproduced: boolean;
  expected: Verdict | 'unknown';
  verdict: Verdict;
  drift: boolean;
  /** A symptom back in a version the catalogue says is fixed. */
  regression: boolean;
  detail?: unknown;
}
