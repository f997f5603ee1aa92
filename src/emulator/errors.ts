/**
 * The error envelope of the real service: `{ error: { message, type, param, code } }`.
 * Texts used by route handlers are the real ones (see ../shared/notes/known-issues.md and
 * docs/discoveries/); handlers throw ApiError and the server renders it.
 */
export type ErrorType = 'invalid_request_error' | 'authentication_error' | 'not_found_error' | 'server_error' | 'rate_limit_error' | 'permission_error';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly type: ErrorType = 'invalid_request_error',
    readonly param: string | null = null,
    readonly code: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  envelope(): { error: { message: string; type: string; param: string | null; code: string | null } } {
    return { error: { message: this.message, type: this.type, param: this.param, code: this.code } };
  }
}

/** `No <kind> found with id '<id>'.` — 404 as the service words it. */
export const notFound = (kind: string, id: string): ApiError =>
  new ApiError(404, `No ${kind} found with id '${id}'.`, 'invalid_request_error', null, null);

export const badRequest = (message: string, param: string | null = null, code: string | null = null): ApiError =>
  new ApiError(400, message, 'invalid_request_error', param, code);

export const missingParam = (param: string): ApiError =>
  new ApiError(400, `Missing required parameter: '${param}'.`, 'invalid_request_error', param, 'missing_required_parameter');

export const invalidType = (param: string, expected: string): ApiError =>
  new ApiError(400, `Invalid type for '${param}': expected ${expected}.`, 'invalid_request_error', param, 'invalid_type');

export const unknownRoute = (method: string, path: string): ApiError =>
  new ApiError(404, `Invalid URL (${method} /v1${path})`, 'invalid_request_error', null, null);

export const noKey = (): ApiError =>
  new ApiError(401, "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).", 'invalid_request_error', null, null);
