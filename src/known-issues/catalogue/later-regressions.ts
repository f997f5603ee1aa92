/**
 * LR-…: regressions users hit after the seed was written (../shared/notes/landscape.md and
 * known-issues.md), with version ranges from the notes and, where the notes are silent, from
 * this harness's own runs against the installed SDK matrix (docs/discoveries/known-issues.md).
 */
import type { KnownIssue } from '../types.ts';
import { FRNBR, SERVER_ERROR_MESSAGE } from './errors.ts';

export const LATER_REGRESSIONS: readonly KnownIssue[] = [
  {
    id: 'LR-01',
    title: 'Final SSE event dropped when the server omits the trailing blank line',
    claim: 'openai-node #2725: the last event (terminal run/response event) is lost behind gateways that end the body without "\\n\\n".',
    side: 'sdk',
    claimStatus: 'new',
    sources: [
      { label: 'openai/openai-node#2725', url: 'https://github.com/openai/openai-node/issues/2725', status: 'reported on 6.40.0 and 7.15.0' },
      { label: 'fix PR openai/openai-node#2726', url: 'https://github.com/openai/openai-node/pull/2726', status: 'merged 2026-09 (flush the pending event at EOF)' },
    ],
    faults: ['ki-stream-no-trailing-blank-line', 'ki-responses-no-trailing-blank-line'],
    facets: [
      {
        id: 'LR-01.last-event-unterminated',
        symptom: 'a run stream whose last frame is thread.run.completed without the blank line → finalRun() rejects "Final run has not been received"',
        expectations: [
          { range: { before: '7.15.1' }, verdict: 'reproduces', error: FRNBR, note: 'reported on 6.40.0 and 7.15.0; observed on every installed version up to 7.6.0' },
          { range: { from: '7.57.0' }, verdict: 'fixed', note: 'first release with PR #2726 is not in the notes; 7.57.0 observed fixed' },
        ],
      },
      {
        id: 'LR-01.responses-final-event',
        symptom: 'a Responses stream whose last frame is response.completed without the blank line → finalResponse() resolves silently with the in_progress snapshot (no error)',
        expectations: [
          { range: { before: '4.87.0' }, verdict: 'not-applicable', note: 'no client.responses before 4.87.0' },
          { range: { from: '4.87.0', before: '7.15.1' }, verdict: 'reproduces', note: 'the #2725 case; observed on 4.91.0 – 7.6.0: status in_progress, no error' },
          { range: { from: '7.57.0' }, verdict: 'fixed' },
        ],
      },
    ],
    fixedIn: 'first release after PR #2726 (2026-09); ≤ 7.57.0',
    workaround: 'Upgrade; behind a gateway, make it forward the final "\\n\\n". Before the fix, catch the error and retrieve the run by stream.currentRun()?.id.',
    corrections: [],
    scenario: 'known-issues.lr-01-final-event-without-blank-line',
  },
  {
    id: 'LR-02',
    title: 'A named `event: error` frame becomes "Final run has not been received"',
    claim: 'Since commit ca938d6b (5.10.3) a spec-shaped flat error frame is yielded as data and ignored; the server message is lost.',
    side: 'sdk',
    claimStatus: 'new',
    sources: [
      { label: 'commit ca938d6b (first in 5.10.3)', url: 'https://github.com/openai/openai-node/commit/ca938d6b' },
      { label: 'fix b7a0bd61 "reject named SSE provider error events" (#2409)', url: 'https://github.com/openai/openai-node/pull/2409', status: 'first released in 7.6.0 (2026-08-26)' },
    ],
    faults: ['ki-stream-flat-error-event'],
    facets: [
      {
        id: 'LR-02.flat-error-frame',
        symptom: 'event: error with data {message,type,param,code} → an OpenAIError instead of APIError with the server message',
        expectations: [
          { range: { before: '5.10.3' }, verdict: 'not-applicable', error: { class: 'APIError', message: SERVER_ERROR_MESSAGE }, note: 'before the regression: APIError with the server message' },
          { range: { from: '5.10.3', before: '6.16.1' }, verdict: 'reproduces', error: FRNBR },
          { range: { from: '7.5.0', before: '7.6.0' }, verdict: 'reproduces', error: { class: 'OpenAIError', message: 'Encountered an error event in event processing - errors should be processed earlier' }, note: 'observed here; the notes say FRNBR up to 7.5.0 — still not the server message' },
          { range: { from: '7.6.0' }, verdict: 'fixed', error: { class: 'APIError', message: SERVER_ERROR_MESSAGE } },
        ],
      },
    ],
    fixedIn: '7.6.0',
    workaround: 'Upgrade to ≥ 7.6.0; on 5.10.3–7.5.0 listen to the raw events (stream.on("event")) for event "error".',
    corrections: ['On 7.5.0 the text is "Encountered an error event in event processing - errors should be processed earlier", not FRNBR.'],
    scenario: 'known-issues.lr-02-named-error-event',
  },
  {
    id: 'LR-03',
    title: 'Polling helpers never time out on a file stuck in_progress',
    claim: 'vector_stores.files.upload_and_poll hangs forever when a file stays in_progress (openai-python #3097); the Node helpers loop the same way.',
    side: 'sdk',
    claimStatus: 'new',
    sources: [{ label: 'openai/openai-python#3097', url: 'https://github.com/openai/openai-python/issues/3097', status: 'timeout PRs #3102, #3103, #3429 closed' }],
    faults: ['ki-vector-store-file-stuck'],
    facets: [
      {
        id: 'LR-03.no-timeout',
        symptom: 'files.poll / fileBatches.poll keep polling an in_progress object with no deadline (client timeout applies per request only)',
        expectations: [{ range: {}, verdict: 'reproduces', note: 'by design: no timeout option; poll loops while in_progress' }],
      },
    ],
    fixedIn: null,
    workaround: 'Pass signal: AbortSignal.timeout(ms) in the request options: the next poll request rejects with APIUserAbortError.',
    corrections: [],
    scenario: 'known-issues.lr-03-poll-stuck-in-progress',
  },
  {
    id: 'LR-04',
    title: 'uploadAndPoll ignores pollIntervalMs (and other request options)',
    claim: 'fileBatches.uploadAndPoll does not pass its options to createAndPoll before 7.5.0 (openai-node PR #1855).',
    side: 'sdk',
    claimStatus: 'new',
    sources: [{ label: 'openai/openai-node PR #1855 (commit 05ce028f)', url: 'https://github.com/openai/openai-node/pull/1855', status: 'released in 7.5.0' }],
    faults: ['ki-file-batch-slow'],
    facets: [
      {
        id: 'LR-04.options-dropped',
        symptom: 'uploadAndPoll(vs, { files }, { pollIntervalMs }) polls at the server/default cadence; the poll requests carry no X-Stainless-Custom-Poll-Interval',
        expectations: [
          { range: { from: '4.36.0', before: '7.5.0' }, verdict: 'reproduces' },
          { range: { from: '7.5.0' }, verdict: 'fixed' },
        ],
      },
    ],
    fixedIn: '7.5.0',
    workaround: 'Upload with files.create, then fileBatches.createAndPoll(vs, { file_ids }, { pollIntervalMs }) yourself (createAndPoll passes options to poll in every version).',
    corrections: ['The notes\' earlier draft said "after v7.5.0"; it is released in 7.5.0.'],
    scenario: 'known-issues.lr-04-upload-and-poll-interval',
  },
  {
    id: 'LR-05',
    title: 'Polling helpers busy-loop on a status outside the spec',
    claim: 'runs.poll / fileBatches.poll / files.poll have no default branch: an unknown status is re-requested immediately, without sleeping.',
    side: 'sdk',
    claimStatus: 'new',
    sources: [
      { label: 'openai-node src/lib/assistant-run-polling.ts + its test ("unknown status retried without delay")', url: 'https://github.com/openai/openai-node/blob/master/tests/lib/assistant-run-polling.test.ts' },
    ],
    faults: ['ki-run-unknown-status'],
    facets: [
      {
        id: 'LR-05.unknown-status',
        symptom: 'runs.poll with pollIntervalMs 1000 on a run reporting an unknown status: the requests follow each other without the interval',
        expectations: [{ range: { from: '4.36.0' }, verdict: 'reproduces', note: 'notes: 6.16.0 code and the SDK test at HEAD; observed on every installed version' }],
      },
    ],
    fixedIn: null,
    workaround: 'Keep emulators/proxies to the spec enums; wrap poll in your own loop with a floor on the interval.',
    corrections: [],
    scenario: 'known-issues.lr-05-poll-busy-loop',
  },
  {
    id: 'LR-06',
    title: 'responses.stream().finalResponse() without output_text',
    claim: 'finalResponse() returns a Response whose output_text convenience field is missing (openai-node #1662, 6.x).',
    side: 'sdk',
    claimStatus: 'new',
    sources: [{ label: 'openai/openai-node#1662', url: 'https://github.com/openai/openai-node/issues/1662', status: 'open at crawl (2025-09)' }],
    facets: [
      {
        id: 'LR-06.no-output-text',
        symptom: 'finalResponse().output_text is undefined although the message has output_text parts',
        expectations: [
          { range: { before: '4.87.0' }, verdict: 'not-applicable', note: 'no client.responses before 4.87.0' },
          { range: { from: '4.87.0', before: '6.16.1' }, verdict: 'reproduces', note: 'notes: 6.x; observed 4.91.0–6.16.0' },
          { range: { from: '7.5.0' }, verdict: 'fixed', note: 'observed; the first fixed version between 6.16.0 and 7.5.0 is not in the notes' },
        ],
      },
    ],
    fixedIn: '≤ 7.5.0',
    workaround: 'Join the output_text parts of the message items yourself.',
    corrections: [],
    scenario: 'known-issues.lr-06-final-response-output-text',
  },
];
