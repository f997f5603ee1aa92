/**
 * Runs and run steps: create (polled or `stream: true`), create thread and run, list, retrieve
 * (a polled run advances one move per retrieve), update, cancel, submit_tool_outputs, steps.
 * Registered before the threads routes so `POST /threads/runs` is not read as a thread id.
 */
import { badRequest } from '../errors.ts';
import { json, type EmuRequest, type EmuResponse } from '../http.ts';
import { paginate } from '../pagination.ts';
import type { Route } from '../router.ts';
import { arrayMax, isObject, metadata, rejectUnknown, requireObject, wrongType } from '../assistants/validate.ts';
import { checkSearchAttachments, indexSearchAttachments } from '../threads/attachments.ts';
import { newMessage, parseMessageInput } from '../threads/message.ts';
import { appendMessage, createThread, getThread, MAX_THREAD_MESSAGES, parseThreadCreate, threadMessages, type ThreadRecord } from '../threads/thread.ts';
import { assertRunnable, assertThreadFree, parseRunParams, RUN_FIELDS, storeRun, THREAD_AND_RUN_FIELDS, type RunParams } from './create.ts';
import { advance, CANCEL_RACE_FAULT, COMPLETES_BEFORE_CANCEL_FAULT, settle, transition, type RunEvent } from './engine.ts';
import { getRun, runs, runSnapshot, type RunRecord } from './run.ts';
import { ACTIVE, canTransition } from './states.ts';
import { getStep, stepView, steps } from './steps.ts';
import { generate } from '../model/generate.ts';
import { buildRunContext } from './context.ts';
import { heldEvents, stallHold } from './held-stream.ts';
import { sseResponse, STREAM_ERROR_FAULT } from './stream.ts';
import { parseToolOutputs, submitToolOutputs } from './tool-steps.ts';

const p = (req: EmuRequest, k: string) => req.params[k] ?? '';
const thread = (req: EmuRequest) => getThread(req.ns, p(req, 'thread_id'));
const run = (req: EmuRequest) => getRun(req.ns, thread(req).object.id, p(req, 'run_id'));

/** Polled: the queued run. Streamed: created, queued, then everything until it settles. */
function startRun(req: EmuRequest, t: ThreadRecord, params: RunParams, prefix: RunEvent[] = []): EmuResponse {
  const r = storeRun(req, t, params);
  if (!params.stream) return json(runSnapshot(r));
  const created = runSnapshot(r);
  const events = [...prefix, { event: 'thread.run.created', data: created }, { event: 'thread.run.queued', data: created }, ...settle(req.ns, r, 'stream')];
  const hold = stallHold(r, events, generate(buildRunContext(req.ns, r)).directives);
  return sseResponse(hold > 0 ? heldEvents(req.ns, r, events, hold) : events, { error: req.faults.has(STREAM_ERROR_FAULT) });
}

function createRun(req: EmuRequest): EmuResponse {
  const t = thread(req);
  const body = requireObject(req.body);
  const params = parseRunParams(req, body, RUN_FIELDS);
  const extra = body['additional_messages'] === undefined || body['additional_messages'] === null ? [] : arrayMax('additional_messages', body['additional_messages'], MAX_THREAD_MESSAGES).map((m, i) => parseMessageInput(req.ns, m, `additional_messages[${i}].`));
  assertThreadFree(t);
  assertRunnable([...threadMessages(req.ns, t), ...extra], params);
  checkSearchAttachments(req.ns, extra, 'additional_messages');
  for (const m of extra) appendMessage(req.ns, t, newMessage(req.ns, t.object.id, m));
  indexSearchAttachments(req.ns, t, extra, req.faults);
  return startRun(req, t, params);
}

function createThreadAndRun(req: EmuRequest): EmuResponse {
  const body = requireObject(req.body);
  const params = parseRunParams(req, body, THREAD_AND_RUN_FIELDS);
  const threadBody = body['thread'] ?? {};
  if (!isObject(threadBody)) throw wrongType('thread', 'an object', threadBody);
  const input = parseThreadCreate(req.ns, threadBody, 'thread.');
  assertRunnable(input.messages, params);
  const t = createThread(req.ns, input, req.faults);
  return startRun(req, t, params, [{ event: 'thread.created', data: structuredClone(t.object) }]);
}

function cancelRun(req: EmuRequest): EmuResponse {
  const r = run(req);
  // Known issue 10: the run finishes just before the cancel arrives.
  if (req.faults.has(COMPLETES_BEFORE_CANCEL_FAULT) && (r.object.status === 'queued' || r.object.status === 'in_progress')) settle(req.ns, r, 'poll');
  if (!canTransition(r.object.status, 'cancel')) throw badRequest(`Cannot cancel run with status '${r.object.status}'.`);
  transition(req.ns, r, 'cancel');
  if (req.faults.has(CANCEL_RACE_FAULT)) r.faults = new Set([...r.faults, CANCEL_RACE_FAULT]);
  return json(runSnapshot(r));
}

function updateRun(req: EmuRequest): EmuResponse {
  const r = run(req);
  const body = requireObject(req.body);
  rejectUnknown(body, new Set(['metadata']));
  const md = body['metadata'] === undefined ? undefined : metadata(body['metadata']);
  if (ACTIVE.has(r.object.status)) throw badRequest(`Cannot update run with status '${r.object.status}'.`);
  if (md) r.object.metadata = md;
  return json(runSnapshot(r));
}

function submit(req: EmuRequest): EmuResponse {
  const r = run(req);
  const body = requireObject(req.body);
  rejectUnknown(body, new Set(['tool_outputs', 'stream']));
  const outputs = parseToolOutputs(r, body);
  const events = submitToolOutputs(req.ns, r, outputs);
  if (body['stream'] !== true) return json(runSnapshot(r));
  return sseResponse([...events, ...settle(req.ns, r, 'stream')], { error: req.faults.has(STREAM_ERROR_FAULT) });
}

function runsOf(t: ThreadRecord, all: Map<string, RunRecord>): RunRecord[] {
  return t.runIds.flatMap((id) => {
    const r = all.get(id);
    return r ? [r] : [];
  });
}

export const runRoutes: Route[] = [
  { method: 'POST', pattern: '/threads/runs', handler: createThreadAndRun },
  { method: 'POST', pattern: '/threads/:thread_id/runs', handler: createRun },
  {
    method: 'GET',
    pattern: '/threads/:thread_id/runs',
    handler: (req) => {
      const page = paginate(runsOf(thread(req), runs(req.ns)).map((r) => ({ id: r.object.id, r })), req.query);
      return json({ ...page, data: page.data.map((x) => runSnapshot(x.r)) });
    },
  },
  {
    method: 'GET',
    pattern: '/threads/:thread_id/runs/:run_id',
    handler: (req) => {
      const r = run(req);
      advance(req.ns, r, 'poll');
      return json(runSnapshot(r));
    },
  },
  { method: 'POST', pattern: '/threads/:thread_id/runs/:run_id', handler: updateRun },
  { method: 'POST', pattern: '/threads/:thread_id/runs/:run_id/cancel', handler: cancelRun },
  { method: 'POST', pattern: '/threads/:thread_id/runs/:run_id/submit_tool_outputs', handler: submit },
  {
    method: 'GET',
    pattern: '/threads/:thread_id/runs/:run_id/steps',
    handler: (req) => {
      const r = run(req);
      const include = req.query.getAll('include[]').concat(req.query.getAll('include'));
      const list = r.stepIds.flatMap((id) => {
        const s = steps(req.ns).get(id);
        return s ? [stepView(s, include)] : [];
      });
      return json(paginate(list, req.query));
    },
  },
  {
    method: 'GET',
    pattern: '/threads/:thread_id/runs/:run_id/steps/:step_id',
    handler: (req) => json(stepView(getStep(req.ns, run(req), p(req, 'step_id')), req.query.getAll('include[]').concat(req.query.getAll('include')))),
  },
];
