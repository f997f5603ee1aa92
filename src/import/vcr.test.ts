import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { harToTraffic } from '../traffic/har.ts';
import { importText } from './import-file.ts';

const now = new Date('2026-12-01T00:00:00Z');
const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');

const rubyCassette = `---
http_interactions:
- request:
    method: post
    uri: https://api.openai.com/v1/threads
    body:
      encoding: UTF-8
      string: "{}"
    headers:
      Content-Type:
      - application/json
      Authorization:
      - Bearer sk-proj-abcdefghijklmnopqrstuvwxyz123456
      Openai-Beta:
      - assistants=v2
  response:
    status:
      code: 200
      message: OK
    headers:
      Content-Type:
      - application/json
      Openai-Organization:
      - user-abc123
      Set-Cookie:
      - __cf_bm=secret; path=/
    body:
      encoding: ASCII-8BIT
      string: '{"id":"thread_abc123def456ghi789","object":"thread","created_at":1714250920,"metadata":{}}'
  recorded_at: Sat, 27 Apr 2024 20:48:40 GMT
- request:
    method: get
    uri: https://api.openai.com/v1/files/file-abc123def456/content
    body:
      encoding: US-ASCII
      string: ''
    headers: {}
  response:
    status:
      code: 200
      message: OK
    headers:
      Content-Type:
      - image/png
    body:
      encoding: ASCII-8BIT
      string: !binary |-
        ${b64(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]))}
  recorded_at: Sat, 27 Apr 2024 20:48:41 GMT
- request:
    method: get
    uri: https://api.openai.com/v1/threads/thread_abc123def456ghi789
    body:
      encoding: US-ASCII
      base64_string: ''
    headers: {}
  response:
    status:
      code: 404
      message: Not Found
    headers:
      Content-Type:
      - application/json
    body:
      encoding: UTF-8
      base64_string: ${b64('{"error":{"message":"No thread found.","type":"invalid_request_error","param":null,"code":null}}')}
  recorded_at: Sat, 27 Apr 2024 20:48:41 GMT
recorded_with: VCR 6.1.0
`;

const gz = gzipSync(Buffer.from('{"id":"resp_0123456789abcdef","object":"response","status":"completed","output":[]}'));
const vcrpyCassette = `interactions:
- request:
    body: '{"model": "gpt-4o-mini", "input": "hi"}'
    headers:
      authorization:
      - Bearer sk-abcdefghijklmnopqrstuvwxyz0123
      content-type:
      - application/json
      user-agent:
      - OpenAI/Python 1.99.7
      x-stainless-lang:
      - python
    method: POST
    uri: https://api.openai.com/v1/responses
  response:
    body:
      string: !!binary |
        ${b64(gz)}
    headers:
      Content-Encoding:
      - gzip
      Content-Type:
      - application/json
      Date:
      - Tue, 12 Aug 2025 10:00:00 GMT
    status:
      code: 200
      message: OK
- request:
    headers:
      content-type:
      - application/json
    method: POST
    parsed_body:
      model: gpt-4.1
      input: hello
    uri: https://api.openai.com/v1/responses
  response:
    headers:
      content-type:
      - application/json
    parsed_body:
      id: resp_fedcba9876543210
      object: response
      status: queued
    status:
      code: 200
      message: OK
version: 1
`;

describe('importing VCR cassettes', () => {
  it('reads a Ruby VCR cassette: text, !binary and base64_string bodies, recorded_at, scrubbed headers', () => {
    const r = importText(rubyCassette, 'threads_create.yml', { source: 'ruby-openai' }, now);
    expect(r.format).toBe('vcr-ruby');
    expect(r.har.log._oaic).toMatchObject({ provenance: 'imported:ruby-openai', target: 'imported', recordedAt: '2024-04-27T20:48:40.000Z', scenarioId: null });
    const [create, image] = r.har.log.entries;
    expect(create?.request.headers.map((h) => h.name)).toEqual(['content-type', 'openai-beta']);
    expect(create?.response.headers.map((h) => h.name)).toEqual(['content-type']);
    expect(image?.response.content).toMatchObject({ mimeType: 'image/png', encoding: 'base64', size: 8 });
    expect(Buffer.from(image!.response.content.text!, 'base64')).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 255]));
    const traffic = harToTraffic(r.har, 'x');
    expect(traffic.exchanges.map((x) => `${x.method} ${x.path} ${x.status}`)).toEqual([
      'POST /v1/threads 200',
      'GET /v1/files/file-abc123def456/content 200',
      'GET /v1/threads/thread_abc123def456ghi789 404',
    ]);
    expect(traffic.exchanges[2]?.responseBody).toMatchObject({ error: { message: 'No thread found.' } });
    expect(JSON.stringify(r.har)).not.toMatch(/sk-proj|__cf_bm|Bearer sk/);
  });

  it('reads a vcrpy cassette: gzip under !!binary, parsed_body, the SDK from the user agent', () => {
    const r = importText(vcrpyCassette, 'test_responses.yaml', {}, now);
    expect(r.format).toBe('vcrpy');
    expect(r.source).toBe('vcrpy');
    expect(r.har.log._oaic?.sdk).toEqual({ name: 'openai-python', version: '1.99.7' });
    const traffic = harToTraffic(r.har, 'x');
    expect(traffic.exchanges[0]?.responseBody).toEqual({ id: 'resp_0123456789abcdef', object: 'response', status: 'completed', output: [] });
    expect(traffic.exchanges[0]?.responseHeaders['content-encoding']).toBeUndefined();
    expect(traffic.exchanges[1]?.requestBody).toEqual({ model: 'gpt-4.1', input: 'hello' });
    expect(traffic.exchanges[1]?.responseBody).toMatchObject({ status: 'queued' });
    expect(JSON.stringify(r.har)).not.toContain('sk-abcdefghijklmnopqrstuvwxyz0123');
  });

  it('keeps recorded order even when the dates do not increase', () => {
    const swapped = vcrpyCassette.replace('Tue, 12 Aug 2025 10:00:00 GMT', 'Tue, 12 Aug 2099 10:00:00 GMT');
    const entries = importText(swapped, 'x.yaml', {}, now).har.log.entries;
    expect(entries.map((e) => e._order)).toEqual([0, 1]);
    expect(entries[1]!.startedDateTime > entries[0]!.startedDateTime).toBe(true);
  });

  it('says how good its clock is: second-resolution dates are estimated, no dates means no timing to judge', () => {
    const ruby = importText(rubyCassette, 'x.yml', {}, now).har;
    expect(ruby.log._oaic?.timing).toBe('estimated');
    // recorded_at 20:48:41 twice: spread across that second instead of 1 ms apart.
    expect(ruby.log.entries.map((e) => e.startedDateTime)).toEqual(['2024-04-27T20:48:40.000Z', '2024-04-27T20:48:41.000Z', '2024-04-27T20:48:41.500Z']);
    const undated = vcrpyCassette.replace(/      Date:\n      - [^\n]*\n/, '');
    const r = importText(undated, 'y.yaml', {}, now).har;
    expect(r.log._oaic?.timing).toBe('none');
    expect(harToTraffic(r, 'y').exchanges.map((x) => [x.startedAt, x.durationMs])).toEqual([[undefined, undefined], [undefined, undefined]]);
  });
});
