import { describe, expect, it } from 'vitest';
import { apiPath, canonicalBody, contentTypeOnly } from './matching.ts';

describe('request matching', () => {
  it('keeps only the media type of content-type (no boundary, no charset)', () => {
    expect(contentTypeOnly({ 'content-type': 'multipart/form-data; boundary=----formdata-undici-012345678901' })).toEqual({ 'content-type': 'multipart/form-data' });
    expect(contentTypeOnly({ 'content-type': ['Application/JSON; charset=utf-8'] })).toEqual({ 'content-type': 'application/json' });
    expect(contentTypeOnly({ authorization: 'Bearer x', 'user-agent': 'OpenAI/JS 7.57.0' })).toEqual({ 'content-type': '' });
  });

  it('canonicalises JSON bodies and leaves other text exact', () => {
    expect(canonicalBody('{"b":1,"a":{"d":2,"c":3}}')).toBe(canonicalBody('{ "a": { "c": 3, "d": 2 }, "b": 1 }'));
    expect(canonicalBody('[1, {"y":1,"x":2}]')).toBe('[1,{"x":2,"y":1}]');
    expect(canonicalBody('{"a":1')).toBe('{"a":1');
    const multipart = '------oaic\r\nContent-Disposition: form-data; name="purpose"\r\n\r\nassistants\r\n------oaic--\r\n';
    expect(canonicalBody(multipart)).toBe(multipart);
    expect(canonicalBody(undefined)).toBeUndefined();
  });

  it('matches paths from the API version segment on, whatever the base path', () => {
    expect(apiPath('/openai/v1/threads/thread_1')).toBe('/v1/threads/thread_1');
    expect(apiPath('/v1/threads')).toBe('/v1/threads');
    expect(apiPath('/v1')).toBe('/v1');
    expect(apiPath('/health')).toBe('/health');
  });
});
