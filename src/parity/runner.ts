/**
 * The shared parity runner: one intent through both flows against one client, compared per
 * dimension. Used by suites/parity (through defineParityScenario), `oaic parity` and the
 * equivalence property.
 */
import type OpenAI from 'openai';
import { runAssistantsFlow } from './assistants-flow.ts';
import { compare, type Profile } from './comparators.ts';
import type { ParityIntent } from './intent.ts';
import type { FlowObservation } from './observation.ts';
import { createResources, type SharedResources } from './resources.ts';
import { runResponsesFlow } from './responses-flow.ts';
import { DIMENSIONS, PARITY_OK, type Dimension, type DimensionResult } from './verdict.ts';

export interface ParityResult {
  id: string;
  title: string;
  feature: string;
  profile: Profile;
  dimensions: DimensionResult[];
  assistants: FlowObservation;
  responses: FlowObservation;
  /** Expectations of the intent that did not hold (text pattern, tool calls, status, must-match dimensions). */
  failures: string[];
  passed: boolean;
}

export const DEFAULT_MUST_MATCH: readonly Dimension[] = DIMENSIONS.filter((d) => d !== 'latency');

export function expectationFailures(intent: ParityIntent, a: FlowObservation, r: FlowObservation, dims: DimensionResult[]): string[] {
  const out: string[] = [];
  const e = intent.expect;
  for (const o of [a, r]) {
    if (e.text && !(o.finalText !== null && e.text.test(o.finalText))) out.push(`${o.side}: final text ${JSON.stringify(o.finalText)} does not match ${e.text}`);
    if (e.toolCalls && o.toolCalls.map((c) => c.name).join() !== e.toolCalls.join()) out.push(`${o.side}: tool calls ${JSON.stringify(o.toolCalls.map((c) => c.name))}, expected ${JSON.stringify(e.toolCalls)}`);
    if (o.error) out.push(`${o.side}: ${o.error}`);
  }
  if (e.status && a.finalStatus !== e.status) out.push(`assistants: run status ${a.finalStatus}, expected ${e.status}`);
  for (const d of dims) if ((e.mustMatch ?? DEFAULT_MUST_MATCH).includes(d.dimension) && !PARITY_OK[d.verdict]) out.push(`${d.dimension}: ${d.verdict} (${d.note})`);
  return out;
}

/** Deletes what the flows created (a live account is left as it was); failures are ignored. */
async function cleanUp(client: OpenAI, a: FlowObservation, r: FlowObservation, res: SharedResources): Promise<void> {
  const quiet = (p: Promise<unknown>) => p.then(() => undefined, () => undefined);
  if (a.objects['thread']) await quiet(client.beta.threads.delete(a.objects['thread']));
  if (a.objects['assistant']) await quiet(client.beta.assistants.delete(a.objects['assistant']));
  if (r.objects['conversation']) await quiet(client.conversations.delete(r.objects['conversation']));
  if (res.vectorStoreId) await quiet(client.vectorStores.delete(res.vectorStoreId));
  for (const f of res.fileIds) await quiet(client.files.delete(f));
}

export async function runParity(client: OpenAI, intent: ParityIntent, profile: Profile = 'emulator'): Promise<ParityResult> {
  const resources = await createResources(client, intent);
  const assistants = await runAssistantsFlow(client, intent, resources);
  const responses = await runResponsesFlow(client, intent, resources);
  await cleanUp(client, assistants, responses, resources);
  const dimensions = compare(assistants, responses, { profile, ...(intent.expect.text ? { expectText: intent.expect.text } : {}) });
  const failures = expectationFailures(intent, assistants, responses, dimensions);
  return { id: intent.id, title: intent.title, feature: intent.feature, profile, dimensions, assistants, responses, failures, passed: failures.length === 0 };
}
