/**
 * Fault switches: named behaviours that reproduce documented service-side known issues (and
 * transport faults for retry tests). Off by default; turned on per server (`startEmulator({
 * faults })`, `oaic emulator --fault NAME`) or per request with the header `x-oaic-fault: a,b`.
 * The catalogue is data: each surface registers the names it honours in FAULTS.
 */
import type { EmuRequest } from './http.ts';
import { KNOWN_ISSUE_FAULTS } from './known-issues/faults.ts';

export const FAULT_HEADER = 'x-oaic-fault';

/** Every fault name the emulator knows, with what it does. Surfaces add their own entries here. */
export const FAULTS: Record<string, string> = {
  'run-cancel-race': 'Known issue 10: a cancel is accepted (run cancelling) but the run completes anyway on the next poll.',
  'run-completes-before-cancel': 'Known issue 10: the run completes just before the cancel arrives; the cancel gets 400 "Cannot cancel run with status \'completed\'."',
  'assistants-stream-error': 'Known issue 2 trigger: an Assistants stream sends a flat `event: error` frame after thread.run.in_progress and ends without a terminal run event.',
  'responses-stream-error': 'A Responses stream sends its events up to the first delta, then a ResponseErrorEvent (`event: error`, {type, code server_error, message, param, sequence_number}) and ends; the stored response is failed (responses/stream-error.ts).',
  ...KNOWN_ISSUE_FAULTS,
  'http-429-once': 'transport-faults.ts: the first request of a key gets 429 rate_limit_exceeded with retry-after: 1',
  'http-500-once': 'transport-faults.ts: the next request of a key gets 500 server_error',
  'drop-connection-once': 'transport-faults.ts: the next request of a key has its connection destroyed',
  'reasoning-stored-temperature': 'Known issue 6: assistants store temperature/top_p 1 even for reasoning models; switching an assistant to a reasoning model is refused (param model, code unsupported_model) and runs overriding the model with a reasoning one fail with the temperature error.',
  'vs-stuck-in-progress': 'Vector-store file indexing stays in_progress for N more polls (known issue 3); `vs-stuck-in-progress=N`, default 3.',
  'vs-batch-poll-returns-store': 'GET /vector_stores/{vs}/file_batches/{batch} answers with the vector store object instead of the batch (known issue 7, openai-node#1700).',
  'vs-detach-removes-everywhere': 'DELETE /vector_stores/{vs}/files/{file} detaches the file from every vector store (known issue 8, openai-node#1710, unconfirmed).',
  'vs-index-server-error': 'Vector-store files finish failed with last_error.code server_error.',
  'vs-poll-after-ms': 'In-progress vector-store, file and batch retrieve answers carry openai-poll-after-ms: N (`vs-poll-after-ms=N`) instead of 5.',
  'vs-batch-files-500-once': 'The first GET /vector_stores/{vs}/file_batches/{batch}/files of each batch answers 500 server_error (seen in real traffic; the retry succeeds).',
};

export function parseFaults(value: string | undefined): Set<string> {
  return new Set((value ?? '').split(',').map((s) => s.trim()).filter(Boolean));
}

export function hasFault(req: Pick<EmuRequest, 'faults'>, name: string): boolean {
  return req.faults.has(name);
}
