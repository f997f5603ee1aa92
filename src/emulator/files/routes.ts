/**
 * The Files API: `POST /files` (multipart upload), `GET /files` (purpose filter, `limit` up to
 * 10,000, `order`, `after`), `GET /files/{id}`, `GET /files/{id}/content`, `DELETE /files/{id}`.
 * Deleting a file also removes it from every vector store (the documented effect of deleting the
 * underlying file object).
 */
import { ApiError, badRequest, missingParam } from '../errors.ts';
import { type EmuRequest, json } from '../http.ts';
import type { Route } from '../router.ts';
import { detachEverywhere } from '../vector-stores/store.ts';
import { BATCH_DEFAULT_EXPIRY_SECONDS, checkDownload, checkPurpose, checkSize, expiresAfterSeconds } from './limits.ts';
import { multipartBoundary, parseMultipart } from './multipart.ts';
import { allFiles, deleteFile, findFile, putFile, type StoredFile } from './store.ts';

/** The Files API words its 404 differently from the other surfaces. */
export const noSuchFile = (id: string): ApiError => new ApiError(404, `No such File object: ${id}`, 'invalid_request_error', 'id', null);

function stored(req: EmuRequest): StoredFile {
  const id = req.params['file_id'] ?? '';
  const f = findFile(req.ns, id);
  if (!f) throw noSuchFile(id);
  return f;
}

function upload(req: EmuRequest) {
  const boundary = multipartBoundary(req.headers['content-type']);
  if (!boundary) throw missingParam('file');
  const parsed = parseMultipart(req.raw, boundary);
  if (!parsed.ok) throw badRequest(`Could not parse multipart form: ${parsed.reason}.`);
  const field = (name: string): string | undefined => {
    const p = parsed.parts.find((x) => x.name === name && x.filename === undefined);
    return p?.data.toString('utf8');
  };
  const purpose = field('purpose');
  const file = parsed.parts.find((p) => p.name === 'file');
  if (purpose === undefined) throw missingParam('purpose');
  checkPurpose(purpose);
  if (!file) throw missingParam('file');
  checkSize(file.data.length, purpose);
  const expires = expiresAfterSeconds(field('expires_after[anchor]'), field('expires_after[seconds]')) ?? (purpose === 'batch' ? BATCH_DEFAULT_EXPIRY_SECONDS : undefined);
  const object = putFile(req.ns, {
    filename: file.filename ?? 'upload',
    purpose,
    content: Buffer.from(file.data),
    ...(expires === undefined ? {} : { expiresAfterSeconds: expires }),
  });
  return json(object);
}

function list(req: EmuRequest) {
  const purpose = req.query.get('purpose');
  const files = allFiles(req.ns)
    .map((f) => f.object)
    .filter((o) => purpose === null || o.purpose === purpose);
  // Files allow `limit` up to 10,000 (default 10,000) and page forward with `after` only.
  const limitText = req.query.get('limit');
  const limit = limitText === null ? 10_000 : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) {
    throw badRequest(`Invalid 'limit': integer below minimum value. Expected a value >= 1 and <= 10000, but got ${limitText} instead.`, 'limit', 'integer_below_min_value');
  }
  const order = req.query.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') throw badRequest(`Invalid value: '${order}'. Supported values are: 'asc' and 'desc'.`, 'order', 'invalid_value');
  let ordered = order === 'asc' ? files : [...files].reverse();
  const after = req.query.get('after');
  if (after) {
    const i = ordered.findIndex((f) => f.id === after);
    ordered = i === -1 ? [] : ordered.slice(i + 1);
  }
  const data = ordered.slice(0, limit);
  return json({ object: 'list', data, first_id: data[0]?.id ?? null, last_id: data[data.length - 1]?.id ?? null, has_more: ordered.length > limit });
}

export const fileRoutes: Route[] = [
  { method: 'POST', pattern: '/files', handler: upload },
  { method: 'GET', pattern: '/files', handler: list },
  { method: 'GET', pattern: '/files/:file_id', handler: (req) => json(stored(req).object) },
  {
    method: 'GET',
    pattern: '/files/:file_id/content',
    handler: (req) => {
      const f = stored(req);
      checkDownload(f.object.purpose);
      return { kind: 'bytes', status: 200, body: f.content, contentType: 'application/octet-stream' };
    },
  },
  {
    method: 'DELETE',
    pattern: '/files/:file_id',
    handler: (req) => {
      const f = stored(req);
      deleteFile(req.ns, f.object.id);
      detachEverywhere(req.ns, f.object.id);
      return json({ id: f.object.id, object: 'file', deleted: true });
    },
  },
];
