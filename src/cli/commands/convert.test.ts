import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { imageUrl, message, text } from '../../convert/fixtures.ts';
import { inMemoryApi } from '../../convert/in-memory-api.ts';
import { main } from '../main.ts';
import { captureText } from '../../testing/capture-output.ts';

const dir = () => mkdtempSync(path.join(tmpdir(), 'oaic-convert-cli-'));
const threadFile = (d: string) => {
  const f = path.join(d, 'thread.json');
  writeFileSync(f, JSON.stringify({ messages: [message('user', [text('hi'), imageUrl('https://example.test/a.png', 'low')], { metadata: { k: 'v' } }), message('assistant', [text('hello')])] }));
  return f;
};

describe('oaic convert', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('offline: items on stdout, losses on stderr', async () => {
    const io = captureText();
    expect(await main(['node', 'oaic', '--no-color', 'convert', threadFile(dir())])).toBe(0);
    const items = JSON.parse(io.out()) as { type: string; role: string }[];
    expect(items.map((i) => i.role)).toEqual(['user', 'assistant']);
    expect(io.err()).toMatch(/1 loss\(es\)[\s\S]*MESSAGE_METADATA at messages\[0\]/);
    expect(io.err()).toContain('2 item(s)');
  });

  it('offline: -o writes a file; --json gives one object; --strict exits 1 on losses', async () => {
    const d = dir();
    const f = threadFile(d);
    captureText();
    expect(await main(['node', 'oaic', 'convert', f, '-o', path.join(d, 'items.json')])).toBe(0);
    expect(JSON.parse(readFileSync(path.join(d, 'items.json'), 'utf8'))).toHaveLength(2);
    vi.restoreAllMocks();
    const io = captureText();
    expect(await main(['node', 'oaic', '--json', 'convert', f, '--strict'])).toBe(1);
    expect(JSON.parse(io.out())).toMatchObject({ calls: 1, losses: [{ code: 'MESSAGE_METADATA' }] });
  });

  it('invalid or unreadable input exits 2 with the path', async () => {
    const d = dir();
    writeFileSync(path.join(d, 'bad.json'), JSON.stringify({ messages: [{ id: 'm', role: 'robot', content: [] }] }));
    let io = captureText();
    expect(await main(['node', 'oaic', '--no-color', 'convert', path.join(d, 'bad.json')])).toBe(2);
    expect(io.err()).toMatch(/CONVERSION_FAILED: Failed to convert the thread: messages\[0\]\.role: expected one of user, assistant/);
    vi.restoreAllMocks();
    io = captureText();
    expect(await main(['node', 'oaic', '--no-color', 'convert', path.join(d, 'missing.json')])).toBe(2);
    expect(io.err()).toMatch(/INPUT_UNREADABLE: Failed to read the thread export/);
    vi.restoreAllMocks();
    captureText();
    expect(await main(['node', 'oaic', 'convert'])).toBe(2);
  });

  it('backfill against a base URL: progress on stderr, conversation id on stdout', async () => {
    const api = inMemoryApi();
    api.state.threads.set('thread_cli', { messages: Array.from({ length: 25 }, (_, i) => message(i % 2 ? 'assistant' : 'user', [text(`t${i}`)])), steps: [] });
    const server = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const ch of req) chunks.push(ch as Buffer);
      const r = await api.fetch(`http://x${req.url}`, { method: req.method!, ...(chunks.length ? { body: Buffer.concat(chunks).toString() } : {}) });
      res.writeHead(r.status, { 'content-type': 'application/json' }).end(await r.text());
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const d = dir();
    const io = captureText();
    process.env['OPENAI_API_KEY'] = 'sk-test-not-real';
    try {
      const code = await main(['node', 'oaic', '--no-color', 'convert', '--thread', 'thread_cli', '--target', `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, '--state', path.join(d, 's.json'), '--page-size', '10']);
      expect(code).toBe(0);
    } finally {
      delete process.env['OPENAI_API_KEY'];
      server.close();
    }
    const [conv] = [...api.state.conversations.values()];
    expect(io.out().trim()).toBe(conv!.id);
    expect(conv!.items).toHaveLength(25);
    expect(io.err()).toMatch(/items {3}conv_\S+ · \d+ message\(s\) read · 20 item\(s\) written[\s\S]*done/);
  });

  it('--assistant prints the response parameters and reports what has no place in them', async () => {
    const d = dir();
    const f = path.join(d, 'asst.json');
    writeFileSync(f, JSON.stringify({ id: 'asst_1', object: 'assistant', model: 'gpt-4o', name: 'Helper', instructions: 'Hi.', tools: [{ type: 'code_interpreter' }], tool_resources: { code_interpreter: { file_ids: ['file_1'] } }, response_format: { type: 'json_object' } }));
    const io = captureText();
    expect(await main(['node', 'oaic', '--no-color', 'convert', '--assistant', f])).toBe(0);
    expect(JSON.parse(io.out())).toEqual({ model: 'gpt-4o', instructions: 'Hi.', tools: [{ type: 'code_interpreter', container: { type: 'auto', file_ids: ['file_1'] } }], text: { format: { type: 'json_object' } } });
    expect(io.err()).toMatch(/ASSISTANT_FIELD at assistant\.name/);
  });

  it('backfill refuses the replay target', async () => {
    const io = captureText();
    expect(await main(['node', 'oaic', '--no-color', 'convert', '--thread', 'thread_x', '--target', 'replay'])).toBe(2);
    expect(io.err()).toMatch(/against the replay target/);
  });
});
