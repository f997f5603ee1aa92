import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../server.ts';

type Bad = InstanceType<typeof OpenAI.BadRequestError>;

describe('emulator: Responses background mode', () => {
  let emu: EmulatorHandle;
  let n = 0;
  const client = () => new OpenAI({ apiKey: `bg-${++n}`, baseURL: emu.baseURL, maxRetries: 0 });
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('goes queued -> in_progress -> completed over retrieves, like the real polls', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-4o', input: 'What is 2 + 2?', background: true });
    expect(r).toMatchObject({ status: 'queued', background: true, output: [], usage: null, completed_at: null });
    const polled = [r.status];
    let last = r;
    while (last.status === 'queued' || last.status === 'in_progress') polled.push((last = await c.responses.retrieve(r.id)).status);
    expect(polled).toEqual(['queued', 'in_progress', 'completed']);
    expect(last.output_text).toContain('What is 2 + 2?');
    expect(last.usage?.total_tokens).toBeGreaterThan(0);
    const fg = await client().responses.create({ model: 'gpt-4o', input: 'What is 2 + 2?' });
    expect(last.output_text).toBe(fg.output_text);
  });

  it('shows one more in_progress poll per started second of [[oaic:delay]]', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-4o', input: 'slow [[oaic:delay 2500]]', background: true });
    const statuses: string[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await c.responses.retrieve(r.id)).status ?? '');
    expect(statuses).toEqual(['in_progress', 'in_progress', 'in_progress', 'in_progress', 'completed']);
  });

  it('keeps a stalled background stream in_progress after the stream is cut', async () => {
    const c = client();
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const e of await c.responses.create({ model: 'gpt-4o', input: 'x [[oaic:stall]]', background: true, stream: true })) events.push(e);
    expect(events.map((e) => e.type)).not.toContain('response.completed');
    const id = (events[0] as OpenAI.Responses.ResponseCreatedEvent).response.id;
    expect((await c.responses.retrieve(id)).status).toBe('in_progress');
    expect((await c.responses.retrieve(id)).status).toBe('in_progress');
    expect((await c.responses.cancel(id)).status).toBe('cancelled');
  });

  it('cancels a queued or in_progress background response; a stalled one stays in_progress until then', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-4o', input: 'long job [[oaic:stall]]', background: true });
    for (let i = 0; i < 4; i++) await c.responses.retrieve(r.id);
    expect((await c.responses.retrieve(r.id)).status).toBe('in_progress');
    const cancelled = await c.responses.cancel(r.id);
    expect(cancelled).toMatchObject({ id: r.id, status: 'cancelled', output: [] });
    expect((await c.responses.cancel(r.id)).status).toBe('cancelled');
    expect((await c.responses.retrieve(r.id)).status).toBe('cancelled');
  });

  it('refuses to cancel a foreground or finished response', async () => {
    const c = client();
    const fg = await c.responses.create({ model: 'gpt-4o', input: 'x' });
    expect(await c.responses.cancel(fg.id).catch((e: unknown) => e)).toBeInstanceOf(OpenAI.BadRequestError);
    const bg = await c.responses.create({ model: 'gpt-4o', input: 'x', background: true });
    await c.responses.retrieve(bg.id);
    await c.responses.retrieve(bg.id);
    const err = await c.responses.cancel(bg.id).catch((e: unknown) => e);
    expect((err as Bad).message).toContain("Cannot cancel a response with status 'completed'.");
    await expect(c.responses.cancel('resp_missing')).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('appends to the conversation only when the background response finishes', async () => {
    const c = client();
    const conv = await c.conversations.create({});
    const r = await c.responses.create({ model: 'gpt-4o', input: 'bg in conv', background: true, conversation: conv.id });
    expect((await c.conversations.items.list(conv.id)).data).toHaveLength(0);
    await c.responses.retrieve(r.id);
    const done = await c.responses.retrieve(r.id);
    expect(done.status).toBe('completed');
    expect((await c.conversations.items.list(conv.id, { order: 'asc' })).data.map((i) => i.type)).toEqual(['message', 'message']);
  });

  it('fails a background response from the fail directive when polled to the end', async () => {
    const c = client();
    const r = await c.responses.create({ model: 'gpt-4o', input: '[[oaic:fail server_error boom]]', background: true });
    await c.responses.retrieve(r.id);
    expect(await c.responses.retrieve(r.id)).toMatchObject({ status: 'failed', error: { code: 'server_error', message: 'boom' } });
  });

  it('resumes a background stream on retrieve with starting_after, as the real service does', async () => {
    const c = client();
    const events: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const e of await c.responses.create({ model: 'gpt-4o', input: 'What is 2 + 2?', background: true, stream: true })) events.push(e);
    const id = (events[0] as OpenAI.Responses.ResponseCreatedEvent).response.id;
    const resumed: OpenAI.Responses.ResponseStreamEvent[] = [];
    for await (const e of await c.responses.retrieve(id, { stream: true, starting_after: 0 })) resumed.push(e);
    expect(resumed.map((e) => e.sequence_number)).toEqual(events.slice(1).map((e) => e.sequence_number));
    expect(resumed.map((e) => e.type)).toEqual(events.slice(1).map((e) => e.type));
    const polled = await c.responses.create({ model: 'gpt-4o', input: 'later', background: true });
    const all: string[] = [];
    for await (const e of await c.responses.retrieve(polled.id, { stream: true })) all.push(e.type);
    expect(all[0]).toBe('response.created');
    expect(all[all.length - 1]).toBe('response.completed');
    expect((await c.responses.retrieve(polled.id)).status).toBe('completed');
    const fg = await c.responses.create({ model: 'gpt-4o', input: 'x' });
    await expect(c.responses.retrieve(fg.id, { stream: true })).rejects.toBeInstanceOf(OpenAI.BadRequestError);
  });
});
