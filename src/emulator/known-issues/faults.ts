/** The fault names src/emulator/known-issues/routes.ts honours, with what each does (spread into FAULTS). */
export const KNOWN_ISSUE_FAULTS: Record<string, string> = {
  'ki-stream-incomplete': 'POST /threads/{id}/runs with stream: the run ends thread.run.incomplete (max_completion_tokens), then done (KI-02)',
  'ki-stream-no-terminal-event': 'POST /threads/{id}/runs with stream: created, queued, in_progress, done — no terminal run event (KI-02)',
  'ki-stream-no-trailing-blank-line': 'POST /threads/{id}/runs with stream: the last frame is thread.run.completed without the blank line, no done frame (LR-01, openai-node #2725)',
  'ki-stream-flat-error-event': 'POST /threads/{id}/runs with stream: created, queued, in_progress, then a spec-shaped `event: error` with a flat {message,type,param,code} (LR-02)',
  'ki-run-slow': 'GET /threads/{t}/runs/{r}: in_progress for the first 3 polls (openai-poll-after-ms: 5), then completed (KI-02 polling claim)',
  'ki-responses-text-stream': 'POST /responses: a spec-shaped text-only stream (created, item/part/text deltas and dones, completed), for SDK accumulation checks (LR-06)',
  'ki-responses-no-trailing-blank-line': 'POST /responses: the text stream of ki-responses-text-stream whose last frame (response.completed) has no blank line (LR-01, openai-node #2725)',
  'ki-run-unknown-status': 'GET /threads/{t}/runs/{r}: status "oaic_unknown" (outside the spec) for the first 20 polls, then completed (LR-05)',
  'ki-vector-store-file-stuck': 'GET vector store file / file batch: in_progress forever (LR-03)',
  'ki-file-batch-slow': 'POST /files, POST and GET file_batches: the batch stays in_progress for 2 polls with openai-poll-after-ms: 300 (LR-04)',
};
