/**
 * What known-issue scenarios share: report a facet's observation (verdict, drift, regression as
 * an annotation `known-issue:<facet>`), the exact error the catalogue expects for this SDK
 * version, a client that sends fault switches on every request (defaultHeaders: helpers that
 * drop request options still carry them), and namespace shims across SDK majors.
 */
import type OpenAI from 'openai';
import { FAULT_HEADER } from '../emulator/faults.ts';
import type { ErrorRecord, ScenarioContext } from '../scenario/types.ts';
import { findFacet } from './catalogue/index.ts';
import type { ErrorText, FacetObservation } from './types.ts';
import { expectationFor, judge } from './verdict.ts';

export const OBSERVATION_PREFIX = 'known-issue:';

/** One line per facet reported, joined into the scenario's `verdict` annotation. */
const verdictLines = new WeakMap<ScenarioContext, string[]>();

export function reportFacet(ctx: ScenarioContext, facetId: string, reproduced: boolean, detail?: unknown): FacetObservation {
  const found = findFacet(facetId);
  if (!found) throw new Error(`unknown known-issue facet ${facetId}`);
  const version = ctx.sdk.version;
  const j = judge(found.facet, version, reproduced);
  const obs: FacetObservation = { facet: facetId, issue: found.issue.id, sdk: version, reproduced, expected: j.expected, verdict: j.verdict, drift: j.drift, regression: j.regression, ...(detail === undefined ? {} : { detail }) };
  ctx.annotate(`${OBSERVATION_PREFIX}${facetId}`, obs);
  const list = verdictLines.get(ctx) ?? [];
  verdictLines.set(ctx, list);
  list.push(`${facetId}: ${j.verdict}${j.drift ? ` (expected ${j.expected})` : ''}`);
  ctx.annotate('verdict', list.join('; '));
  ctx.expect(!j.regression, {
    rule: 'KNOWN_ISSUE_REGRESSION',
    message: `${facetId} reproduces on openai ${version}, where the catalogue says it is fixed (${found.issue.fixedIn ?? 'no fix named'}). ${found.facet.symptom}.`,
    observed: detail ?? 'symptom shown',
    expected: 'fixed',
  });
  return obs;
}

/** The exact error the catalogue expects for this facet on this SDK version, if any. */
export function expectedError(facetId: string, version: string): ErrorText | undefined {
  const f = findFacet(facetId);
  return f ? expectationFor(f.facet, version)?.error : undefined;
}

/** Differences between an observed error and the catalogue's text ([] = it matches). */
export function errorMismatches(seen: ErrorRecord, want: ErrorText): string[] {
  const out: string[] = [];
  if (seen.class !== want.class) out.push(`class ${seen.class} ≠ ${want.class}`);
  const m = want.match ?? 'exact';
  const ok = m === 'exact' ? seen.message === want.message : m === 'prefix' ? seen.message.startsWith(want.message) : seen.message.endsWith(want.message);
  if (!ok) out.push(`message ${JSON.stringify(seen.message)} does not ${m === 'exact' ? 'equal' : `${m}-match`} ${JSON.stringify(want.message)}`);
  for (const k of ['status', 'type', 'code', 'param'] as const) {
    if (want[k] !== undefined && seen[k] !== want[k]) out.push(`${k} ${JSON.stringify(seen[k])} ≠ ${JSON.stringify(want[k])}`);
  }
  return out;
}

/** Records a mismatch between the observed error and the catalogue's exact text as a violation. */
export function expectErrorText(ctx: ScenarioContext, facetId: string, seen: ErrorRecord): boolean {
  const want = expectedError(facetId, ctx.sdk.version);
  if (!want) return true;
  const diff = errorMismatches(seen, want);
  ctx.expect(diff.length === 0, { rule: 'KNOWN_ISSUE_ERROR_TEXT', message: `${facetId} on openai ${ctx.sdk.version}: the error differs from the catalogue: ${diff.join('; ')}.`, observed: seen, expected: want });
  return diff.length === 0;
}

export const sdkMajor = (ctx: ScenarioContext): number => Number(ctx.sdk.version.split('.')[0]);

/**
 * A client like ctx.client (same harness fetch, so traffic is observed and recorded) that sends
 * `x-oaic-fault` on every request and lists the requests it sent ("POST /v1/threads/…/runs").
 */
export function sdkClient(ctx: ScenarioContext, faults: readonly string[] = [], hooks: { beforeRequest?: (count: number) => void } = {}): { client: OpenAI; requests: string[]; bodies: (string | null)[] } {
  const requests: string[] = [];
  /** The JSON text of each request's body (null for none or non-text bodies), parallel to `requests`. */
  const bodies: (string | null)[] = [];
  const base = ctx.client as unknown as { withOptions?: (o: object) => OpenAI; apiKey: string; baseURL: string; fetch: typeof fetch; timeout: number };
  const inner = base.fetch;
  const counting = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
    requests.push(`${(init?.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase()} ${url.pathname}`);
    bodies.push(typeof init?.body === 'string' ? init.body : null);
    hooks.beforeRequest?.(requests.length);
    // openai 4.x's own multipart bodies (Node streams) are read and re-bounded by the harness fetch.
    return inner(input, init);
  };
  const options = { fetch: counting, maxRetries: 0, ...(faults.length ? { defaultHeaders: { [FAULT_HEADER]: faults.join(',') } } : {}) };
  if (typeof base.withOptions === 'function') return { client: base.withOptions(options), requests, bodies };
  const Ctor = ctx.sdk.module.default as unknown as new (o: object) => OpenAI;
  return { client: new Ctor({ apiKey: base.apiKey, baseURL: base.baseURL, timeout: base.timeout, ...options }), requests, bodies };
}

/** `client.vectorStores` (≥ 4.87.0) or `client.beta.vectorStores` (before). */
export function vectorStoresOf(client: OpenAI): OpenAI['vectorStores'] {
  const c = client as unknown as { vectorStores?: OpenAI['vectorStores']; beta: { vectorStores?: OpenAI['vectorStores'] } };
  const vs = c.vectorStores ?? c.beta.vectorStores;
  if (!vs) throw new Error('this SDK has neither client.vectorStores nor client.beta.vectorStores');
  return vs;
}
