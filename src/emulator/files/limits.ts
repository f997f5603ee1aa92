/**
 * What `POST /files` accepts, as data: the upload purposes in the order the service lists them in
 * its error text, the size caps, and the download rule. Texts are the service's own (see
 * docs/discoveries/vector-stores.md for where each one was seen).
 */
import { ApiError, badRequest } from '../errors.ts';

/** Purposes a client may upload with. `assistants_output`, `batch_output` and `fine-tune-results` are set by the service only. */
export const UPLOAD_PURPOSES = ['fine-tune', 'assistants', 'batch', 'user_data', 'vision', 'evals'] as const;

export const MAX_FILE_BYTES = 512 * 1024 * 1024;
/** Batch input files are capped lower (Batch API guide: 200 MB). */
export const MAX_BATCH_FILE_BYTES = 200 * 1024 * 1024;
/** Files with purpose `batch` expire after 30 days unless `expires_after` says otherwise. */
export const BATCH_DEFAULT_EXPIRY_SECONDS = 30 * 24 * 3600;

/** Purposes whose content `GET /files/{id}/content` refuses to return. */
export const NOT_DOWNLOADABLE = new Set(['assistants', 'user_data']);

export function checkPurpose(purpose: string): void {
  if (!(UPLOAD_PURPOSES as readonly string[]).includes(purpose)) {
    throw badRequest(`'${purpose}' is not one of [${UPLOAD_PURPOSES.map((p) => `'${p}'`).join(', ')}] - 'purpose'`, 'purpose');
  }
}

export function checkSize(bytes: number, purpose: string): void {
  const cap = purpose === 'batch' ? MAX_BATCH_FILE_BYTES : MAX_FILE_BYTES;
  if (bytes > cap) throw new ApiError(400, 'File is too large.', 'invalid_request_error', null, null);
}

export function checkDownload(purpose: string): void {
  if (NOT_DOWNLOADABLE.has(purpose)) throw badRequest(`Not allowed to download files of purpose: ${purpose}`);
}

/** `expires_after[anchor]` / `expires_after[seconds]` as multipart fields → seconds, or undefined. */
export function expiresAfterSeconds(anchor: string | undefined, seconds: string | undefined): number | undefined {
  if (anchor === undefined && seconds === undefined) return undefined;
  if (anchor !== 'created_at') throw badRequest(`Invalid value: '${anchor ?? ''}'. Supported values are: 'created_at'.`, 'expires_after.anchor', 'invalid_value');
  const n = Number(seconds);
  if (seconds === undefined || !Number.isInteger(n)) throw badRequest("Invalid type for 'expires_after.seconds': expected an integer.", 'expires_after.seconds', 'invalid_type');
  if (n < 3600) throw badRequest(`Invalid 'expires_after.seconds': integer below minimum value. Expected a value >= 3600, but got ${n} instead.`, 'expires_after.seconds', 'integer_below_min_value');
  if (n > 2_592_000) throw badRequest(`Invalid 'expires_after.seconds': integer above maximum value. Expected a value <= 2592000, but got ${n} instead.`, 'expires_after.seconds', 'integer_above_max_value');
  return n;
}
