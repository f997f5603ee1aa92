import { describe, expect, it } from 'vitest';
import { harLog, jsonEntry, sseEntry } from '../testing/har-builder.ts';
import { importText } from './import-file.ts';

const now = new Date('2026-12-01T00:00:00Z');

describe('importing HAR files', () => {
  it('keeps only the API entries of a devtools log, in order, scrubbed', () => {
    const page = jsonEntry({ path: '/index.html', at: '2026-01-01T00:00:00.000Z' }, {});
    page.request.url = 'https://platform.example.com/index.html';
    const create = jsonEntry({ path: '/v1/responses', body: { model: 'gpt-4o-mini', input: 'hi' }, at: '2026-01-01T00:00:01.000Z', headers: { 'set-cookie': 'a=b', 'x-request-id': 'req_1' } }, { id: 'resp_0123456789abcdef', object: 'response', status: 'completed' });
    create.request.headers.push({ name: 'Authorization', value: 'Bearer sk-proj-0123456789abcdefghijklmnop' });
    create.request.headers.push({ name: 'Cookie', value: 'session=secret' });
    const stream = sseEntry({ path: '/v1/responses', body: { stream: true }, at: '2026-01-01T00:00:02.000Z' }, [{ event: 'response.created', data: { type: 'response.created', note: 'key sk-abcdefghijklmnopqrstuvwx leaked' } }]);
    const r = importText(JSON.stringify({ log: { version: '1.2', creator: { name: 'WebInspector', version: '537.36' }, pages: [], entries: [stream, page, create] } }), 'session.har', { source: 'devtools' }, now);
    expect(r.format).toBe('har');
    expect(r.har.log._oaic?.provenance).toBe('imported:devtools');
    expect(r.har.log.entries.map((e) => `${e.request.method} ${new URL(e.request.url).pathname} ${e.response.content.mimeType}`)).toEqual([
      'POST /v1/responses application/json',
      'POST /v1/responses text/event-stream; charset=utf-8',
    ]);
    const text = JSON.stringify(r.har);
    expect(text).not.toMatch(/"name":"(authorization|cookie|set-cookie)"|session=secret|sk-proj-0123|sk-abcdefghij/i);
    expect(text).toMatch(/key sk-REDACTEDx+ leaked/);
    expect(r.har.log.entries[0]?.response.headers).toContainEqual({ name: 'x-request-id', value: 'req_1' });
  });

  it('imports a Polly recording whole and gives it imported provenance', () => {
    const polly = harLog([jsonEntry({ path: '/v1/models' }, { object: 'list', data: [] })], { provenance: 'emulator' });
    const r = importText(JSON.stringify(polly), 'models.har', {}, now);
    expect(r.har.log._oaic).toMatchObject({ provenance: 'imported:har', target: 'imported' });
    expect(r.har.log.entries).toHaveLength(1);
  });
});
