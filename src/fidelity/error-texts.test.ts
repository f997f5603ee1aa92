import { describe, expect, it } from 'vitest';
import type { Traffic } from '../traffic/types.ts';
import { errorTemplates, keyOf, templateOf } from './error-texts.ts';

describe('error templates', () => {
  it('replaces ids (with a digit, or long) and request ids, not parameter names', () => {
    expect(templateOf("No run step found with id 'step_123'.")).toBe("No run step found with id '<id>'.");
    expect(templateOf('Thread thread_NECaulAbCdEfGhIjKl already has an active run run_abc1.')).toBe('Thread <id> already has an active run <id>.');
    expect(templateOf("Invalid 'file_ids': empty array.")).toBe("Invalid 'file_ids': empty array.");
  });

  it('keys error envelopes by status, type, code, param and message template; other answers are ignored', () => {
    const ex = (status: number, body: unknown): Traffic['exchanges'][number] => ({ index: 0, method: 'GET', path: '/v1/x', query: '', requestContentType: null, requestBody: null, status, responseHeaders: {}, responseContentType: 'application/json', responseBody: body, sse: null });
    const t: Traffic = { source: 's', exchanges: [ex(404, { error: { message: "No thread found with id 'thread_1'.", type: 'invalid_request_error', param: null, code: null } }), ex(404, { error: { message: "No thread found with id 'thread_2'.", type: 'invalid_request_error', param: null, code: null } }), ex(200, { error: null }), ex(500, 'oops')] };
    const found = errorTemplates([t]);
    expect([...found.keys()]).toEqual([keyOf({ status: 404, type: 'invalid_request_error', code: null, param: null, message: "No thread found with id '<id>'." })]);
  });
});
