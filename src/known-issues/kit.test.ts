import { describe, expect, it } from 'vitest';
import { errorMismatches, expectedError } from './kit.ts';

describe('errorMismatches', () => {
  it('matches exact texts and every given field', () => {
    expect(errorMismatches({ class: 'BadRequestError', message: "400 Cannot cancel run with status 'completed'.", status: 400, type: 'invalid_request_error', code: null }, expectedError('KI-10.cancel-completed', '7.57.0')!)).toEqual([]);
    expect(errorMismatches({ class: 'BadRequestError', message: "400 Cannot cancel run with status 'completed'.", status: 400, type: 'invalid_request_error', code: 'x' }, expectedError('KI-10.cancel-completed', '7.57.0')!)).toEqual(['code "x" ≠ null']);
  });
  it('matches prefixes and suffixes where the catalogue says so', () => {
    const path = expectedError('SN-02.cancel-v4-signature', '6.16.0')!;
    expect(errorMismatches({ class: 'OpenAIError', message: `${path.message}\n/threads/undefined/runs/thread_1/cancel\n         ^^^^^^^^^` }, path)).toEqual([]);
    const nf = expectedError('SN-04.file-batches-list', '4.52.4')!;
    expect(errorMismatches({ class: 'TypeError', message: 'vs.fileBatches.list is not a function' }, nf)).toEqual([]);
    expect(errorMismatches({ class: 'TypeError', message: 'list is not a function at all' }, nf)).toHaveLength(1);
  });
  it('reports a wrong class and message together', () => {
    expect(errorMismatches({ class: 'APIError', message: 'The server had an error while processing your request.' }, expectedError('LR-02.flat-error-frame', '6.16.0')!)).toEqual([
      'class APIError ≠ OpenAIError',
      'message "The server had an error while processing your request." does not equal "Final run has not been received"',
    ]);
  });
  it('has no expected error where the catalogue names none', () => {
    expect(expectedError('KI-02.incomplete', '6.16.0')).toBeUndefined();
    expect(expectedError('no-such.facet', '6.16.0')).toBeUndefined();
  });
});
