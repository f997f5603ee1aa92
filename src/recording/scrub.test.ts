import { describe, expect, it } from 'vitest';
import type { HarLog } from '../traffic/har.ts';
import { scrubHar, scrubText } from './scrub.ts';

const KEY = 'sk-proj-' + 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'; // 44 chars, key-shaped
const ORG = 'org-Zx81PlanTed0rg9';

const har = (): HarLog => ({
  log: {
    version: '1.2',
    creator: { name: 'Polly.JS', version: '6.0.6' },
    entries: [
      {
        startedDateTime: '2026-12-01T00:00:00.000Z',
        time: 1,
        request: {
          method: 'POST',
          url: `http://h/v1/threads?note=${KEY}`,
          headers: [
            { name: 'authorization', value: `Bearer ${KEY}` },
            { name: 'openai-organization', value: ORG },
            { name: 'x-stainless-os', value: 'Linux' },
            { name: 'content-type', value: 'application/json' },
            { name: 'x-custom', value: `token ${KEY}` },
          ],
          postData: { mimeType: 'application/json', text: JSON.stringify({ note: `my key is ${KEY}, org ${ORG}` }) },
          cookies: [{ name: 'sid', value: 'sess-abcdefghijklmnopqrstuvwx' }],
        },
        response: {
          status: 200,
          headers: [
            { name: 'set-cookie', value: 'a=b' },
            { name: 'openai-organization', value: ORG },
            { name: 'content-encoding', value: 'gzip' },
            { name: 'x-request-id', value: 'req_123' },
          ],
          content: { mimeType: 'application/json', text: JSON.stringify({ organization_id: ORG, project: 'proj_AbCdEf123456', id: 'thread_abc' }) },
        },
      },
    ],
  },
});

describe('scrubbing', () => {
  it('masks key-shaped strings with the same length and keeps ordinary ids', () => {
    const out = scrubText(`x ${KEY} y Bearer abc.def-ghi_jkl ${ORG} proj_AbCdEf123456 sess-abcdefghijklmnopqrstuvwx thread_abc file-abc task-abcdefghijklmnopqrstuv`);
    expect(out).not.toContain(KEY.slice(8));
    expect(out).not.toContain('PlanTed');
    expect(out).toContain('thread_abc file-abc task-abcdefghijklmnopqrstuv');
    expect(out).toContain('sk-REDACTED');
    expect(out).toContain('Bearer REDACTED');
    expect(out.length).toBe(`x ${KEY} y Bearer abc.def-ghi_jkl ${ORG} proj_AbCdEf123456 sess-abcdefghijklmnopqrstuvwx thread_abc file-abc task-abcdefghijklmnopqrstuv`.length);
  });

  it('drops credential and client headers and leaves no secret anywhere in the log', () => {
    const out = scrubHar(har());
    const text = JSON.stringify(out);
    expect(text).not.toContain(KEY.slice(8));
    expect(text).not.toContain('PlanTed0rg9');
    expect(text).not.toContain('AbCdEf123456');
    expect(text).not.toContain('abcdefghijklmnopqrstuvwx');
    const entry = out.log.entries[0]!;
    expect(entry.request.headers.map((h) => h.name)).toEqual(['content-type', 'x-custom']);
    expect(entry.response.headers.map((h) => h.name)).toEqual(['x-request-id']);
    expect(JSON.parse(entry.response.content.text!)).toMatchObject({ id: 'thread_abc' });
  });
});
