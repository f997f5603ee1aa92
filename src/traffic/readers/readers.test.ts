import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textRunEvents } from '../../checks/testing/assistants-streams.ts';
import { responseStreamEvents } from '../../checks/testing/responses-streams.ts';
import { formatSse } from '../sse.ts';
import type { Traffic } from '../types.ts';
import { detectFormat } from './detect.ts';
import { readJsonDocument } from './json-document.ts';
import { expandInputs, readTrafficFile } from './index.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'oaic-readers-'));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};
const asSse = (events: readonly { event: string; data: unknown }[]) => formatSse(events.map((e) => ({ event: e.event, data: typeof e.data === 'string' ? e.data : JSON.stringify(e.data) })));
const all = async (p: string) => {
  const out: Traffic[] = [];
  for await (const t of readTrafficFile(p)) out.push(t);
  return out;
};
const harOf = (entries: unknown[]) => JSON.stringify({ log: { version: '1.2', creator: { name: 'x', version: '1' }, entries } });

describe('detectFormat', () => {
  it('tells the formats apart from the first bytes', () => {
    expect(detectFormat('event: thread.run.created\ndata: {}\n\n').format).toBe('sse');
    expect(detectFormat(': keep-alive\n\ndata: {}\n\n').format).toBe('sse');
    expect(detectFormat('{"event":"done","data":"[DONE]"}\n{"event":"x","data":{}}\n').format).toBe('jsonl');
    expect(detectFormat('{"type":"response.created","sequence_number":0}\n').format).toBe('jsonl');
    expect(detectFormat('{\n  "log": {\n    "entries": [').format).toBe('har');
    expect(detectFormat(harOf([])).format).toBe('har');
    expect(detectFormat('{\n "source": "x",\n "interactions": [').format).toBe('normalized');
    expect(detectFormat('{\n "source": "x",\n "exchanges": [').format).toBe('traffic-json');
  });
  it('says why it cannot read something', () => {
    expect(detectFormat('')).toEqual({ format: null, reason: 'the file is empty' });
    expect(detectFormat('<html>')).toMatchObject({ format: null, reason: expect.stringContaining('neither JSON') as unknown });
    expect(detectFormat('{\n "a": 1\n}')).toMatchObject({ format: null });
  });
});

describe('readers', () => {
  it('raw SSE: incremental, cut into one traffic unit per stream, with global event indexes', async () => {
    const a = textRunEvents({ chunks: ['a', 'b'] });
    const b = responseStreamEvents([{ kind: 'text', chunks: ['c'] }]);
    const units = await all(file('two.sse', asSse(a) + asSse(b)));
    expect(units.map((u) => [u.source, u.exchanges[0]!.sse!.length, u.exchanges[0]!.sse![0]!.index])).toEqual([
      [path.join(dir, 'two.sse'), a.length, 0],
      [`${path.join(dir, 'two.sse')}#1`, b.length, a.length],
    ]);
  });
  it('raw SSE cut mid-frame keeps the trailing text', async () => {
    const [u] = await all(file('cut.sse', `${asSse(textRunEvents({ chunks: ['a'] }).slice(0, 3))}event: thread.run.step.created\ndata: {"id":`));
    expect(u!.exchanges[0]!.sseTrailing).toContain('data: {"id":');
  });
  it('JSON Lines of {event,data} and of typed events', async () => {
    const lines = textRunEvents({ chunks: ['x'] }).map((e) => JSON.stringify(e)).join('\n');
    expect((await all(file('a.jsonl', lines)))[0]!.exchanges[0]!.sse!.length).toBe(textRunEvents({ chunks: ['x'] }).length);
    const typed = responseStreamEvents([]).map((e) => JSON.stringify(e.data)).join('\n');
    expect((await all(file('b.jsonl', typed)))[0]!.exchanges[0]!.sse!.map((e) => e.event)).toEqual(['response.created', 'response.in_progress', 'response.completed']);
  });
  it('JSON Lines with a broken line is unreadable, naming the line', async () => {
    await expect(all(file('bad.jsonl', '{"event":"done","data":"[DONE]"}\n{oops\n'))).rejects.toThrow(/line 2 is not JSON/);
  });
  it('HAR (and oaic recordings) through harToTraffic', async () => {
    const entry = { startedDateTime: '2026-01-01T00:00:00.000Z', time: 5, request: { method: 'GET', url: 'http://x/v1/threads/t/runs/r', headers: [] }, response: { status: 200, headers: [], content: { mimeType: 'application/json', text: '{"object":"thread.run","id":"r"}' } } };
    const [u] = await all(file('a.har', harOf([entry])));
    expect(u!.exchanges[0]!.path).toBe('/v1/threads/t/runs/r');
  });
  it('a Traffic JSON document (the harness observation shape) and a corpus-shaped recording', async () => {
    const traffic = { source: 'x', exchanges: [{ index: 0, method: 'GET', path: '/v1/files', query: '', requestContentType: null, requestBody: null, status: 200, responseHeaders: {}, responseContentType: 'application/json', responseBody: { object: 'list', data: [] }, sse: null }] };
    expect((await all(file('obs.json', JSON.stringify(traffic, null, 2))))[0]!.exchanges[0]!.path).toBe('/v1/files');
    const normalized = { source: 'mine', api: 'responses', interactions: [{ method: 'post', path: '/v1/responses', request_body: {}, status: 200, response_headers: {}, response_json: null, sse_events: [{ event: 'response.created', data: { type: 'response.created' } }] }] };
    const [u] = await all(file('norm.json', JSON.stringify(normalized, null, 2)));
    expect([u!.exchanges[0]!.method, u!.exchanges[0]!.sse!.length]).toEqual(['POST', 1]);
  });
  it('a JSON document too big to parse whole is refused with a clear message', () => {
    const p = file('big.har', harOf([]));
    expect(() => readJsonDocument(p, 'har', 10)).toThrow(/too big to parse as one JSON value .*JSON Lines or raw text\/event-stream/);
  });
  it('directories expand to the traffic files inside; missing paths are unreadable', () => {
    expect(expandInputs([dir]).length).toBeGreaterThanOrEqual(5);
    expect(expandInputs([dir]).every((f) => !f.explicit)).toBe(true);
    expect(() => expandInputs([path.join(dir, 'nope')])).toThrow(/does not exist/);
  });
});
