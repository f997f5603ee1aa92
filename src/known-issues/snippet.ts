/**
 * Runs one of the seed's code snippets on the scenario's SDK version and says whether it did
 * what it was written for: send `intended` (e.g. "POST /v1/threads/t/runs/r/cancel"). It
 * "reproduces" (the snippet is broken) when it throws before that request or sends another path.
 * The server's answer does not matter: reaching the intended endpoint is the snippet working.
 */
import type OpenAI from 'openai';
import type { ErrorRecord, ScenarioContext } from '../scenario/types.ts';
import { expectErrorText, reportFacet, sdkClient } from './kit.ts';

export interface SnippetOutcome {
  reproduced: boolean;
  sent: string[];
  error: ErrorRecord | null;
  /** Threw before any request. */
  clientSide: boolean;
}

export async function trySnippet(ctx: ScenarioContext, facetId: string, code: string, call: (client: OpenAI) => unknown, intended: string): Promise<SnippetOutcome> {
  const { client, requests } = sdkClient(ctx);
  const r = await ctx.attempt(`seed snippet: ${code}`, async () => call(client));
  const error = r.ok ? null : r.error;
  // An HTTP error status still means the request went out.
  const clientSide = !!error && error.status === undefined && requests.length === 0;
  const reproduced = !requests.includes(intended);
  if (clientSide && error) expectErrorText(ctx, facetId, error);
  const outcome = { reproduced, sent: [...requests], error, clientSide };
  reportFacet(ctx, facetId, reproduced, { code, intended, sent: outcome.sent, error });
  return outcome;
}

/** The working call for this SDK version must reach the intended endpoint. */
export async function tryWorkingCall(ctx: ScenarioContext, code: string, call: (client: OpenAI) => unknown, intended: string): Promise<void> {
  const { client, requests } = sdkClient(ctx);
  await ctx.attempt(`working call: ${code}`, async () => call(client));
  ctx.expect(requests.includes(intended), { rule: 'KNOWN_ISSUE_WORKING_CALL', message: `The working call \`${code}\` did not send ${intended} on openai ${ctx.sdk.version}.`, observed: requests, expected: intended });
  ctx.annotate('working call', code);
}
