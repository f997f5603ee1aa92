/**
 * The real service's 500 answer (seen in ../shared/corpus): `server_error` with a message that
 * names the request's own `x-request-id`. The emulator sends it for the `http-500-once` fault and
 * when a handler throws; the exception never reaches the client (the server logs it to stderr).
 */
import { ApiError } from './errors.ts';

export const serverErrorMessage = (requestId: string): string =>
  `The server had an error processing your request. Sorry about that! You can retry your request, or contact us through our help center at help.openai.com if you keep seeing this error. (Please include the request ID ${requestId} in your email.)`;

export const serverError = (requestId: string): ApiError => new ApiError(500, serverErrorMessage(requestId), 'server_error');
