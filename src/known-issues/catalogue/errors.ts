/** Exact error texts shared by several catalogue entries (from ../shared/notes/known-issues.md and observed runs). */
import type { ErrorText } from '../types.ts';

export const FRNBR: ErrorText = { class: 'OpenAIError', message: 'Final run has not been received' };

export const PATH_UNDEFINED: ErrorText = {
  class: 'OpenAIError',
  message: 'Path parameters result in path with invalid segments:\nValue of type Undefined is not a valid path parameter',
  match: 'prefix',
};

export const NO_FILES: ErrorText = { class: 'Error', message: "No `files` provided to process. If you've already uploaded files you should use `.createAndPoll()` instead" };

export const SERVER_ERROR_MESSAGE = 'The server had an error while processing your request.';
