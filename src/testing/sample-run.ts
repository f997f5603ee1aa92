/**
 * Test-only: a recording of one Assistants streaming run (create thread, stream a run, poll it,
 * read a missing run), built from the HAR types. `seed` changes every volatile value (ids,
 * timestamps, request ids, generated text, delta count); the `plant` options make the behaviour
 * changes the diff must flag.
 */
import { createHash } from 'node:crypto';
import type { HarLog } from '../traffic/har.ts';
import { harLog, jsonEntry, sseEntry, type EventSpec } from './har-builder.ts';

export interface SampleOptions {
  seed: string;
  polls?: number;
  plant?: {
    /** Drop this field from every run object. */
    removeRunField?: string;
    /** Add this field to every run object. */
    addRunField?: string;
    /** Emit thread.run.in_progress before thread.run.queued. */
    reorderEvents?: boolean;
    /** Replace the 404 message. */
    errorMessage?: string;
    /** Make usage.total_tokens a string. */
    tokensAsString?: boolean;
  };
}

const h = (seed: string, what: string) => createHash('sha1').update(`${seed}:${what}`).digest('hex').slice(0, 24);

export function sampleRun({ seed, polls = 2, plant = {} }: SampleOptions): HarLog {
  const t0 = 1_764_547_200 + (parseInt(h(seed, 't').slice(0, 6), 16) % 100_000);
  const thread = `thread_${h(seed, 'thread')}`;
  const run = `run_${h(seed, 'run')}`;
  const msg = `msg_${h(seed, 'msg')}`;
  const words = [`alpha${seed}`, 'beta', 'gamma', `delta${seed.length}`].slice(0, 2 + (seed.length % 3));
  const at = (s: number) => new Date((t0 + s) * 1000).toISOString();
  const headers = (n: number) => ({ 'x-request-id': `req_${h(seed, `req${n}`)}`, 'openai-processing-ms': String(20 + n + seed.length) });
  const runObject = (status: string) => {
    const o: Record<string, unknown> = {
      id: run, object: 'thread.run', created_at: t0 + 1, thread_id: thread, assistant_id: `asst_${h(seed, 'asst')}`, status,
      model: 'gpt-4o-mini', instructions: 'Be brief.', tools: [], last_error: null, completed_at: status === 'completed' ? t0 + 3 : null,
      usage: status === 'completed' ? { prompt_tokens: 10 + seed.length, completion_tokens: words.length, total_tokens: plant.tokensAsString ? 'many' : 10 + seed.length + words.length } : null,
    };
    if (plant.removeRunField) delete o[plant.removeRunField];
    if (plant.addRunField) o[plant.addRunField] = 'auto';
    return o;
  };
  const message = (status: string, text: string) => ({
    id: msg, object: 'thread.message', created_at: t0 + 2, thread_id: thread, run_id: run, role: 'assistant', status,
    content: [{ type: 'text', text: { value: text, annotations: [] } }],
  });
  const queued: EventSpec[] = [{ event: 'thread.run.queued', data: runObject('queued') }];
  const inProgress: EventSpec[] = [{ event: 'thread.run.in_progress', data: runObject('in_progress') }];
  const events: EventSpec[] = [
    { event: 'thread.run.created', data: runObject('queued') },
    ...(plant.reorderEvents ? [...inProgress, ...queued] : [...queued, ...inProgress]),
    { event: 'thread.message.created', data: message('in_progress', '') },
    ...words.map((w, i) => ({ event: 'thread.message.delta', data: { id: msg, object: 'thread.message.delta', delta: { content: [{ index: 0, type: 'text', text: { value: i ? ` ${w}` : w } }] } } })),
    { event: 'thread.message.completed', data: message('completed', words.join(' ')) },
    { event: 'thread.run.completed', data: runObject('completed') },
    { event: 'done', data: '[DONE]' },
  ];
  return harLog([
    jsonEntry({ path: '/v1/threads', body: {}, at: at(0), headers: headers(0) }, { id: thread, object: 'thread', created_at: t0, metadata: {}, tool_resources: {} }),
    sseEntry({ path: `/v1/threads/${thread}/runs`, body: { assistant_id: `asst_${h(seed, 'asst')}`, stream: true }, at: at(1), headers: headers(1) }, events),
    ...Array.from({ length: polls }, (_, i) => jsonEntry({ path: `/v1/threads/${thread}/runs/${run}`, at: at(4 + i), headers: headers(2 + i) }, runObject('completed'))),
    jsonEntry(
      { path: `/v1/threads/${thread}/runs/run_${h(seed, 'missing')}`, status: 404, at: at(9), headers: headers(9) },
      { error: { message: plant.errorMessage ?? `No run found with id 'run_${h(seed, 'missing')}'.`, type: 'invalid_request_error', param: null, code: null } },
    ),
  ], { scenarioId: 'streaming.sample-run', recordedAt: at(10) });
}
