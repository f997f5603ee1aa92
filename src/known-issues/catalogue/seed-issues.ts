/**
 * KI-01…KI-10: the ten known issues of the seed notes, as fact-checked in
 * ../shared/notes/known-issues.md (checked 2026-11-22) plus what this harness observed
 * (docs/discoveries/known-issues.md). Claims the check found wrong are stated as such.
 */
import type { KnownIssue } from '../types.ts';
import { FRNBR, NO_FILES } from './errors.ts';

const everyVersion = { range: {} } as const;

export const SEED_ISSUES: readonly KnownIssue[] = [
  {
    id: 'KI-01',
    title: "400 Can't add messages to a thread while a run is active",
    claim: 'Adding a message during an active run fails with 400; fix: cancel the run first.',
    side: 'service',
    claimStatus: 'partly-wrong',
    sources: [
      { label: 'openai/openai-python#1023', url: 'https://github.com/openai/openai-python/issues/1023', status: 'closed' },
      { label: 'Assistants deep dive, "Thread locks"', url: 'https://developers.openai.com/api/docs/assistants/deep-dive.md' },
    ],
    serviceError: { class: 'BadRequestError', status: 400, type: 'invalid_request_error', code: null, param: null, message: "Can't add messages to thread_<id> while a run run_<id> is active." },
    facets: [
      {
        id: 'KI-01.thread-locked',
        symptom: 'messages.create while a run is queued/in_progress/requires_action/cancelling → 400 BadRequestError',
        expectations: [{ ...everyVersion, verdict: 'reproduces', error: { class: 'BadRequestError', status: 400, type: 'invalid_request_error', code: null, message: "400 Can't add messages to ", match: 'prefix' }, note: 'service-side; every SDK version forwards the 400 (never retried)' }],
      },
    ],
    fixedIn: null,
    workaround: 'Cancel and then poll until the run is terminal (it may end completed, not cancelled), or submit the tool outputs of a requires_action run; only then add the message.',
    corrections: ['"Cancel first" is incomplete: the run is cancelling after cancel() and the thread stays locked until a terminal status.', "The seed's runs.cancel(threadId, runId) is the v4 signature (see SN-02)."],
    scenario: 'known-issues.ki-01-thread-locked',
  },
  {
    id: 'KI-02',
    title: 'OpenAIError: Final run has not been received',
    claim: 'Thrown on incomplete runs and when long tasks exceed polling windows.',
    side: 'sdk',
    claimStatus: 'stale',
    sources: [
      { label: 'openai/openai-node#1306', url: 'https://github.com/openai/openai-node/issues/1306', status: 'closed' },
      { label: 'openai/openai-node#1439', url: 'https://github.com/openai/openai-node/issues/1439', status: 'closed' },
      { label: 'fix PR openai/openai-node#1465', url: 'https://github.com/openai/openai-node/pull/1465', status: 'merged 2025-06-05, first in 5.1.1' },
      { label: 'openai/openai-node#945', url: 'https://github.com/openai/openai-node/issues/945', status: 'closed' },
    ],
    facets: [
      {
        id: 'KI-02.incomplete',
        symptom: 'runs.stream(...).finalRun() on a stream ending in thread.run.incomplete rejects with OpenAIError "Final run has not been received"',
        expectations: [
          { range: { from: '4.29.0', before: '5.1.1' }, verdict: 'reproduces', error: FRNBR, note: '4.84.0–5.1.0 route the event but never set the final run' },
          { range: { from: '5.1.1' }, verdict: 'fixed', note: 'finalRun() resolves with status incomplete' },
        ],
      },
      {
        id: 'KI-02.no-terminal-event',
        symptom: 'a stream that ends after thread.run.in_progress (no terminal run event) rejects with the same error',
        expectations: [{ ...everyVersion, verdict: 'reproduces', error: FRNBR, note: 'intended: the SDK cannot know the outcome; the run id is stream.currentRun()?.id' }],
      },
      {
        id: 'KI-02.polling-window',
        symptom: 'createAndPoll on a slow run raises "Final run has not been received"',
        expectations: [{ ...everyVersion, verdict: 'not-reproduced', note: 'the polling helpers loop without a timeout and never raise it' }],
      },
    ],
    fixedIn: '5.1.1',
    workaround: 'Upgrade to ≥ 5.1.1 for incomplete runs; for streams cut short, catch the error and retrieve the run by stream.currentRun()?.id.',
    corrections: ['Fixed in 5.1.1, so not reproducible with an incomplete run on the seed\'s own 6.16.0.', '"Polling windows exceeded" is not an SDK concept.', "The seed's catch-and-retrieve uses runs.retrieve(thread.id, runId), the v4 signature (see SN-02)."],
    faults: ['ki-stream-incomplete', 'ki-stream-no-terminal-event', 'ki-run-slow'],
    scenario: 'known-issues.ki-02-final-run-not-received',
  },
  {
    id: 'KI-03',
    title: 'Vector store used before indexing completes',
    claim: 'Runs started before the vector store finishes indexing find nothing; poll vectorStores.retrieve.',
    side: 'service',
    claimStatus: 'accurate',
    sources: [{ label: 'File Search, "Ensuring vector store readiness before creating runs"', url: 'https://developers.openai.com/api/docs/assistants/tools/file-search.md' }],
    facets: [
      {
        id: 'KI-03.not-ready',
        symptom: 'right after files are attached the vector store (and its files) are in_progress; nothing raises',
        expectations: [{ ...everyVersion, verdict: 'reproduces', note: 'service-side timing; thread-level stores get up to 60 s automatic wait, assistant-level ones none' }],
      },
    ],
    fixedIn: null,
    workaround: 'fileBatches.createAndPoll / files.createAndPoll (or poll) until completed, and check file_counts.failed and last_error, which vector_store.status alone hides.',
    corrections: ["The seed's openai.beta.vectorStores.retrieve is undefined since 4.87.0 (see SN-01)."],
    faults: ['vs-stuck-in-progress'],
    scenario: 'known-issues.ki-03-vector-store-not-ready',
  },
  {
    id: 'KI-04',
    title: 'Unsupported file formats',
    claim: 'Unsupported formats fail silently; validate extensions.',
    side: 'service',
    claimStatus: 'partly-wrong',
    sources: [
      { label: 'File Search supported files', url: 'https://developers.openai.com/api/docs/assistants/tools/file-search.md' },
      { label: 'OpenAPI VectorStoreFileObject.last_error', url: 'https://github.com/openai/openai-openapi' },
    ],
    serviceError: { class: 'BadRequestError', status: 400, type: 'invalid_request_error', code: 'unsupported_file', param: 'file_ids', message: 'Files with extensions [.csv] are not supported for retrieval. See https://platform.openai.com/docs/assistants/tools/file-search/supported-files' },
    facets: [
      {
        id: 'KI-04.unsupported-400',
        symptom: 'attaching an unsupported extension to a vector store → explicit 400 unsupported_file (not silent)',
        expectations: [{ ...everyVersion, verdict: 'reproduces', error: { class: 'BadRequestError', status: 400, code: 'unsupported_file', param: 'file_ids', message: '400 Files with extensions [', match: 'prefix' } }],
      },
      {
        id: 'KI-04.silent-failed',
        symptom: 'a supported extension with broken content → per-file status failed (last_error), batch completed with file_counts.failed; the polling helpers resolve normally',
        expectations: [{ ...everyVersion, verdict: 'reproduces', note: 'by design of the helpers' }],
      },
    ],
    fixedIn: null,
    workaround: 'Validate the extension before uploading (src/files validateUpload) to avoid orphaned /v1/files objects, and check file_counts.failed / last_error after polling.',
    corrections: ['Unsupported extensions get an explicit 400 unsupported_file; only content-level failures are silent.', 'The seed\'s lists miss .cs, .doc, .sh (both tools) and .pkl (code_interpreter).'],
    scenario: 'known-issues.ki-04-unsupported-formats',
  },
  {
    id: 'KI-05',
    title: "No `files` provided to process (uploadAndPoll with an array)",
    claim: "uploadAndPoll(vsId, fileStreams) fails with \"No 'files' provided to process\".",
    side: 'sdk',
    claimStatus: 'accurate',
    sources: [
      { label: 'openai/openai-node#1337', url: 'https://github.com/openai/openai-node/issues/1337', status: 'open (docs bug)' },
      { label: 'openai/openai-node PR #926', url: 'https://github.com/openai/openai-node/pull/926', status: 'merged, first in 4.52.5' },
    ],
    facets: [
      {
        id: 'KI-05.array-argument',
        symptom: 'fileBatches.uploadAndPoll(vsId, [file]) throws before any request',
        expectations: [
          { range: { from: '4.37.0', before: '4.52.5' }, verdict: 'reproduces', error: { class: 'TypeError', message: "Cannot read properties of undefined (reading 'length')" } },
          { range: { from: '4.52.5' }, verdict: 'reproduces', error: NO_FILES, note: 'the real text uses backticks' },
        ],
      },
    ],
    fixedIn: null,
    workaround: 'Pass { files: [...] }; it works in every version. The official File Search page still shows the array form.',
    corrections: ['The message uses backticks (`files`), not straight quotes.', 'Before 4.52.5 the same call is a TypeError.'],
    faults: ['ki-file-batch-slow'],
    scenario: 'known-issues.ki-05-upload-and-poll-array',
  },
  {
    id: 'KI-06',
    title: "Unsupported parameter: 'temperature' with an o-series model",
    claim: 'Switching an assistant to an o-series model fails; set temperature/top_p to null (#1318).',
    side: 'service',
    claimStatus: 'partly-wrong',
    sources: [
      { label: 'openai/openai-node#1318', url: 'https://github.com/openai/openai-node/issues/1318', status: 'closed (not reproducible; a runs.create report)' },
      { label: 'openai/openai-python#2072', url: 'https://github.com/openai/openai-python/issues/2072' },
      { label: 'RageAgainstThePixel/OpenAI-DotNet#431', url: 'https://github.com/RageAgainstThePixel/OpenAI-DotNet/issues/431', status: 'null did not help' },
    ],
    serviceError: { class: 'BadRequestError', status: 400, type: 'invalid_request_error', code: 'unsupported_model', param: 'model', message: "Unsupported parameter: 'temperature' is not supported with this model." },
    facets: [
      {
        id: 'KI-06.update-to-reasoning-model',
        symptom: "assistants.update(id, { model: 'o3-mini' }) on an assistant with a stored temperature → 400 param model, code unsupported_model",
        expectations: [{ ...everyVersion, verdict: 'reproduces', error: { class: 'BadRequestError', status: 400, code: 'unsupported_model', param: 'model', message: "400 Unsupported parameter: 'temperature' is not supported with this model." } }],
      },
    ],
    fixedIn: null,
    workaround: 'Unverified: temperature: null, top_p: null is schema-valid and the SDK sends the nulls, but one report says the service still refused; recreating the assistant on the reasoning model is the safe path.',
    corrections: ['#1318 is about runs.create, was closed as not reproducible, and has no fix.', 'The update path reports param "model" / code "unsupported_model", not unsupported_parameter.', '"Maintainer confirmed" is not verifiable.'],
    faults: ['reasoning-stored-temperature'],
    scenario: 'known-issues.ki-06-temperature-reasoning-model',
  },
  {
    id: 'KI-07',
    title: 'uploadAndPoll returns the vector store instead of the batch',
    claim: 'fileBatches.uploadAndPoll returns vs_… (#1700); use fileBatches.list.',
    side: 'service',
    claimStatus: 'wrong',
    sources: [
      { label: 'openai/openai-node#1700', url: 'https://github.com/openai/openai-node/issues/1700', status: 'open when read; maintainer (PR #1881, 2026-08-11): "already addressed"' },
      { label: 'openai/openai-python#2724', url: 'https://github.com/openai/openai-python/issues/2724', status: 'open' },
    ],
    serviceError: { class: 'BadRequestError', status: 400, type: 'invalid_request_error', param: 'batch_id', message: "Invalid 'batch_id': 'vs_<id>'. Expected an ID that begins with 'vsfb_'." },
    facets: [
      {
        id: 'KI-07.poll-returns-vector-store',
        symptom: 'the batch poll answered with a vector_store object; uploadAndPoll returns it verbatim and listFiles(vs_…) → 400 Invalid batch_id',
        expectations: [{ ...everyVersion, verdict: 'reproduces', note: 'simulated by a fault switch; the SDK returns the poll body verbatim in every version' }],
      },
    ],
    fixedIn: 'service-side (maintainer, 2026-08-11)',
    workaround: 'Keep batch.id from fileBatches.create(...) and poll/retrieve it yourself; check object === "vector_store.file_batch".',
    corrections: ['Not an SDK bug in any version: the service answered the batch GET with a vector store.', 'fileBatches.list does not exist, and the API has no list-batches endpoint (see SN-04).'],
    faults: ['vs-batch-poll-returns-store'],
    scenario: 'known-issues.ki-07-upload-and-poll-returns-vector-store',
  },
  {
    id: 'KI-08',
    title: 'Deleting a file from one vector store removes it from all',
    claim: 'vectorStores.files.delete detaches the file from every store (#1710).',
    side: 'service',
    claimStatus: 'unverified',
    sources: [
      { label: 'openai/openai-node#1710', url: 'https://github.com/openai/openai-node/issues/1710', status: 'open, single report, no maintainer reply' },
      { label: 'File Search: deleting the underlying file removes it everywhere', url: 'https://developers.openai.com/api/docs/assistants/tools/file-search.md' },
    ],
    facets: [
      {
        id: 'KI-08.global-detach',
        symptom: 'after DELETE /vector_stores/A/files/F the file is gone from store B too',
        expectations: [{ ...everyVersion, verdict: 'reproduces', note: 'only as a simulation of an unconfirmed report (fault switch); the SDK sends one scoped DELETE in every version' }],
      },
    ],
    fixedIn: null,
    workaround: 'None needed if the report is wrong; files.delete (the /v1/files object) is what removes a file everywhere, by design.',
    corrections: ['Unverified single report, mis-filed as an SDK bug.', "The seed's files.delete('VS_A', 'file-xxx') fails before any request on 5.10.3+ (see SN-03)."],
    faults: ['vs-detach-removes-everywhere'],
    scenario: 'known-issues.ki-08-delete-detaches-everywhere',
  },
  {
    id: 'KI-09',
    title: 'Memory leak in fileBatches.uploadAndPoll',
    claim: '~44 MB leaked per 22 MB upload; reduced in 4.58.1 (#1052).',
    side: 'sdk',
    claimStatus: 'wrong',
    sources: [
      { label: 'openai/openai-node#1052', url: 'https://github.com/openai/openai-node/issues/1052', status: 'open' },
      { label: 'openai/openai-node#1034 → PR #1043', url: 'https://github.com/openai/openai-node/pull/1043', status: 'merged, first in 4.58.0' },
    ],
    facets: [
      {
        id: 'KI-09.per-upload-leak',
        symptom: 'heap/external/arrayBuffers grow by about the file size with every upload',
        expectations: [{ ...everyVersion, verdict: 'not-reproduced', note: 'uploads are fully buffered (peak ≥ file size) but released; RSS plateaus' }],
      },
    ],
    fixedIn: null,
    workaround: 'None needed for a leak; for peak memory, upload fewer large files at once (maxConcurrency).',
    corrections: ['No per-upload leak reproduced in 4.57.3, 4.58.x, 6.16.0, 7.57.0.', 'The copy reduction is in 4.58.0; 4.58.1 changed no code.', '"44 MB" is not in the retrievable thread.'],
    faults: ['ki-file-batch-slow'],
    scenario: 'known-issues.ki-09-upload-memory',
  },
  {
    id: 'KI-10',
    title: 'Cancelling a run that completes first',
    claim: 'Race: cancel arrives after the run completed; tolerate the error.',
    side: 'service',
    claimStatus: 'accurate',
    sources: [{ label: 'Assistants deep dive: "Cancellation is attempted but not guaranteed."', url: 'https://developers.openai.com/api/docs/assistants/deep-dive.md' }],
    serviceError: { class: 'BadRequestError', status: 400, type: 'invalid_request_error', code: null, param: null, message: "Cannot cancel run with status 'completed'." },
    facets: [
      {
        id: 'KI-10.cancel-completed',
        symptom: "runs.cancel on a completed run → 400 \"Cannot cancel run with status 'completed'.\"",
        expectations: [{ ...everyVersion, verdict: 'reproduces', error: { class: 'BadRequestError', status: 400, type: 'invalid_request_error', code: null, message: "400 Cannot cancel run with status 'completed'." } }],
      },
    ],
    fixedIn: null,
    workaround: "Treat 400 \"Cannot cancel run with status '<terminal>'\" as done: retrieve the run and use its status (completed, failed, expired, incomplete or cancelled).",
    corrections: ['No GitHub issue exists; the official docs say cancellation is not guaranteed.', "The seed's createRunSafely tolerates only 'completed' and uses the v4 cancel signature (fails on 5.10.3+)."],
    faults: ['run-cancel-race'],
    scenario: 'known-issues.ki-10-cancel-race',
  },
];
