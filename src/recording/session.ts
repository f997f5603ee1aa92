/**
 * The recording layer one scenario runs through (docs/decisions/0003-recording-layer.md):
 * - replay: answers come from the recording; the network is never touched (recordIfMissing off,
 *   and Polly's "native" fetch refuses); a missing answer is a RECORDING_MISSING HarnessError;
 * - record: requests go to the target (with retries and SSE chunk timing below Polly); on stop the
 *   recording is scrubbed and written atomically, only when the scenario passed;
 * - live: straight to the target with retries; nothing is written.
 * Polly runs with a private fetch context, so nothing global is patched and sessions may overlap.
 */
import FetchAdapter from '@pollyjs/adapter-fetch';
import { Polly } from '@pollyjs/core';
import { existsSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import type { ResolvedConfig } from '../config/resolved.ts';
import { withRetries } from '../runner/retry-fetch.ts';
import type { HarLog, OaicMetadata, Provenance } from '../traffic/har.ts';
import { HARNESS_VERSION } from '../version/index.ts';
import { captureChunkTiming, paceReplay } from './chunk-timing.ts';
import { writeHarAtomic } from './har-file.ts';
import { DEFAULT_SDK, displayPath, recordingFile } from './layout.ts';
import { MATCH_REQUESTS_BY } from './matching.ts';
import { missingRecording, replayFailed, requestLine } from './missing.ts';
import { OaicHarPersister, PERSISTER_ID } from './persister.ts';
import { scrubHar } from './scrub.ts';

type Fetch = typeof fetch;

export interface StopResult {
  written: boolean;
  /** Which recording is on disk for this scenario after the run. */
  kept: 'new' | 'previous' | 'none';
  path: string | null;
}

export interface RecordingSession {
  fetch: Fetch;
  /** The recording this session reads or writes, relative to the project (null in live mode). */
  path: string | null;
  stop(opts: { persist: boolean }): Promise<StopResult>;
}

export interface RecordingOptions {
  scenarioId: string;
  config: ResolvedConfig;
  baseURL: string;
  sdkVersion: string;
  /** SDK package name; an SDK-matrix alias gets its own recording file. Default `openai`. */
  sdkName?: string;
  /** The network below everything (tests block or fault it). Default: the global fetch, late-bound. */
  network?: Fetch;
}

/** Emulator ports are random: recorded URLs get this origin, so re-recording does not churn every entry. */
export const EMULATOR_ORIGIN = 'http://emulator.oaic.invalid';

/** How long stop() waits for requests still in flight before it writes (record mode). */
const FLUSH_LIMIT_MS = 5_000;

export async function startRecording(opts: RecordingOptions): Promise<RecordingSession> {
  const { config, scenarioId } = opts;
  const network: Fetch = opts.network ?? ((input, init) => globalThis.fetch(input, init));
  const retried = withRetries(network, { retries: config.mode === 'replay' ? 0 : config.retries });
  if (config.mode === 'live') {
    return { fetch: retried, path: null, stop: async () => ({ written: false, kept: 'none', path: null }) };
  }

  const sdkName = opts.sdkName ?? DEFAULT_SDK;
  const file = recordingFile(config.recordingsDir, config.recordingsTarget, scenarioId, sdkName);
  const rel = displayPath(file, config.cwd);
  const replay = config.mode === 'replay';
  const hadFile = existsSync(file);
  let allowWrite = false;
  let written = false;
  let requests = 0;

  const save = (har: HarLog) => {
    if (!allowWrite) return;
    writeHarAtomic(file, finalize(har, metadata(opts, sdkName), config.target.kind === 'emulator'));
    written = true;
  };
  const refuseNetwork: Fetch = async (input, init) => {
    throw missingRecording({ scenarioId, request: requestLine(input, init), file: rel, fileExists: hadFile, index: requests });
  };
  const context = { fetch: replay ? refuseNetwork : captureChunkTiming(retried), Request, Response, Headers };

  const polly = new Polly(sdkName === DEFAULT_SDK ? scenarioId : `${scenarioId}@${sdkName}`, {
    mode: replay ? 'replay' : 'record',
    recordIfMissing: false,
    recordFailedRequests: true,
    flushRequestsOnStop: false,
    logLevel: 'silent',
    adapters: [FetchAdapter],
    adapterOptions: { fetch: { context } },
    persister: OaicHarPersister,
    persisterOptions: { keepUnusedRequests: false, [PERSISTER_ID]: { file, scenarioId, read: replay, save } },
    matchRequestsBy: MATCH_REQUESTS_BY,
    timing: () => Promise.resolve(),
  });
  // Binary (non-UTF-8) uploads: keep the bytes in the recording too, base64 in postData.text.
  polly.server.any().on('beforePersist', (req, entry: { request: { postData?: { text?: string; comment?: string } } }) => {
    const body: unknown = req.body;
    if (entry.request.postData && entry.request.postData.text === undefined && body instanceof Uint8Array) {
      entry.request.postData.text = Buffer.from(body).toString('base64');
      entry.request.postData.comment = 'base64';
    }
  });

  const sessionFetch: Fetch = async (input, init = {}) => {
    const request = requestLine(input, init);
    const index = ++requests;
    let response: Response;
    try {
      response = await context.fetch(input, withTextBody(init));
    } catch (error) {
      throw replayFailed(error, { scenarioId, request, file: rel, fileExists: hadFile, index });
    }
    return replay ? paceReplay(response, config.replaySpeed) : response;
  };

  return {
    fetch: sessionFetch,
    path: rel,
    async stop({ persist }) {
      allowWrite = !replay && persist;
      // A passed scenario may have left requests in flight: let them land (bounded), then persist.
      if (allowWrite) await Promise.race([polly.flush(), new Promise((r) => setTimeout(r, FLUSH_LIMIT_MS).unref())]);
      await polly.stop();
      if (allowWrite && !written) save(emptyHar(polly.recordingName ?? scenarioId));
      if (written) return { written: true, kept: 'new', path: rel };
      const onDisk = existsSync(file);
      return { written: false, kept: onDisk ? 'previous' : 'none', path: onDisk ? rel : null };
    },
  };
}

/** UTF-8 byte bodies (the fixed-boundary multipart) become strings, so Polly stores them as postData.text. */
function withTextBody(init: RequestInit): RequestInit {
  const body = init.body;
  if (body instanceof Uint8Array && isUtf8(body)) return { ...init, body: Buffer.from(body.buffer, body.byteOffset, body.byteLength).toString('utf8') };
  if (body instanceof ArrayBuffer && isUtf8(body)) return { ...init, body: Buffer.from(body).toString('utf8') };
  return init;
}

function metadata(opts: RecordingOptions, sdkName: string): OaicMetadata {
  return {
    format: 1,
    scenarioId: opts.scenarioId,
    target: opts.config.recordingsTarget,
    provenance: opts.config.target.provenance as Provenance,
    sdk: { name: sdkName, version: opts.sdkVersion },
    harnessVersion: HARNESS_VERSION,
    recordedAt: new Date().toISOString(),
  };
}

/** Scrubbed, with the metadata; emulator URLs get a fixed origin. */
export function finalize(har: HarLog, meta: OaicMetadata, emulator: boolean): HarLog {
  const log = { ...har.log, _oaic: meta };
  if (emulator) {
    log.entries = log.entries.map((e) => ({ ...e, request: { ...e.request, url: EMULATOR_ORIGIN + new URL(e.request.url).pathname + new URL(e.request.url).search } }));
  }
  return scrubHar({ log });
}

function emptyHar(name: string): HarLog {
  return { log: { version: '1.2', creator: { name: 'Polly.JS', version: Polly.VERSION, comment: `persister:${PERSISTER_ID}` }, _recordingName: name, entries: [], pages: [] } };
}
