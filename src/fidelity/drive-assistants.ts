/**
 * The Assistants, Files and Vector Stores part of the emulator drive (see drive.ts): every object
 * kind of those surfaces, in each status the directives reach, polled and streamed.
 */
import type OpenAI from 'openai';
import { toFile } from 'openai';
import { drain, type DriveStep } from './drive.ts';

const MODEL = 'gpt-4o-mini';
const tools = [{ type: 'code_interpreter' as const }, { type: 'file_search' as const }, { type: 'function' as const, function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } }];

async function assistantFor(client: OpenAI, extra: Partial<OpenAI.Beta.AssistantCreateParams> = {}) {
  return client.beta.assistants.create({ model: MODEL, name: 'Fidelity', description: 'shape comparison', instructions: 'Be brief.', tools, metadata: { purpose: 'fidelity' }, temperature: 1, top_p: 1, response_format: 'auto', ...extra });
}

/** Polls a run to a status outside queued/in_progress (the emulator moves one status per retrieve). */
async function settle(client: OpenAI, threadId: string, runId: string) {
  for (let i = 0; i < 20; i++) {
    const r = await client.beta.threads.runs.retrieve(runId, { thread_id: threadId });
    if (r.status !== 'queued' && r.status !== 'in_progress') return r;
  }
  throw new Error(`run ${runId} did not settle`);
}

export const ASSISTANTS_DRIVE: readonly DriveStep[] = [
  {
    name: 'assistants CRUD and list',
    async run(client) {
      const a = await assistantFor(client);
      await client.beta.assistants.retrieve(a.id);
      await client.beta.assistants.update(a.id, { name: 'Fidelity 2', metadata: { v: '2' } });
      await client.beta.assistants.list({ limit: 2 });
      await client.beta.assistants.delete(a.id);
    },
  },
  {
    name: 'files and vector stores',
    async run(client) {
      const file = await client.files.create({ file: await toFile(Buffer.from('The capital of France is Paris.\nThe sky is blue.\n'), 'facts.txt'), purpose: 'assistants' });
      const image = await client.files.create({ file: await toFile(Buffer.from('89504e470d0a1a0a', 'hex'), 'pixel.png'), purpose: 'vision' });
      await client.files.retrieve(file.id);
      await client.files.list();
      const vs = await client.vectorStores.create({ name: 'facts', file_ids: [file.id], expires_after: { anchor: 'last_active_at', days: 7 }, metadata: { k: 'v' } });
      await client.vectorStores.retrieve(vs.id);
      await client.vectorStores.update(vs.id, { name: 'facts 2' });
      await client.vectorStores.list();
      const second = await client.files.create({ file: await toFile(Buffer.from('Rivers flow to the sea.\n'), 'rivers.md'), purpose: 'assistants' });
      await client.vectorStores.files.create(vs.id, { file_id: second.id, attributes: { lang: 'en' } });
      await client.vectorStores.files.retrieve(second.id, { vector_store_id: vs.id });
      await client.vectorStores.files.list(vs.id);
      await drain(client.vectorStores.search(vs.id, { query: 'capital of France' }));
      const third = await client.files.create({ file: await toFile(Buffer.from('Mountains are tall.\n'), 'mountains.txt'), purpose: 'assistants' });
      const batch = await client.vectorStores.fileBatches.create(vs.id, { file_ids: [third.id] });
      await client.vectorStores.fileBatches.retrieve(batch.id, { vector_store_id: vs.id });
      await client.vectorStores.fileBatches.listFiles(batch.id, { vector_store_id: vs.id });
      const fourth = await client.files.create({ file: await toFile(Buffer.from('Deserts are dry.\n'), 'deserts.txt'), purpose: 'assistants' });
      const cancelled = await client.vectorStores.fileBatches.create(vs.id, { file_ids: [fourth.id] });
      await client.vectorStores.fileBatches.cancel(cancelled.id, { vector_store_id: vs.id });
      await client.vectorStores.files.delete(second.id, { vector_store_id: vs.id });
      // A thread whose messages carry image and attachment parts, and a file_search run over the store.
      const a = await assistantFor(client, { tool_resources: { file_search: { vector_store_ids: [vs.id] }, code_interpreter: { file_ids: [file.id] } } });
      const t = await client.beta.threads.create({ tool_resources: { code_interpreter: { file_ids: [file.id] } }, messages: [{ role: 'user', content: [{ type: 'text', text: 'Look' }, { type: 'image_file', image_file: { file_id: image.id, detail: 'low' } }, { type: 'image_url', image_url: { url: 'https://example.com/a.png', detail: 'auto' } }], attachments: [{ file_id: file.id, tools: [{ type: 'file_search' }] }] }] });
      await client.beta.threads.messages.create(t.id, { role: 'user', content: 'What is the capital? [[oaic:search capital of France]]' });
      await drain(await client.beta.threads.runs.create(t.id, { assistant_id: a.id, stream: true }));
      await client.beta.threads.messages.list(t.id);
      const run = (await client.beta.threads.runs.list(t.id)).data[0];
      if (run) for (const s of (await client.beta.threads.runs.steps.list(run.id, { thread_id: t.id, include: ['step_details.tool_calls[*].file_search.results[*].content'] })).data) await client.beta.threads.runs.steps.retrieve(s.id, { thread_id: t.id, run_id: run.id });
      await client.vectorStores.delete(vs.id);
      await client.files.delete(file.id);
    },
  },
  {
    name: 'threads and messages CRUD',
    async run(client) {
      const t = await client.beta.threads.create({ messages: [{ role: 'user', content: 'hello' }], metadata: { a: 'b' } });
      await client.beta.threads.retrieve(t.id);
      await client.beta.threads.update(t.id, { metadata: { a: 'c' } });
      const m = await client.beta.threads.messages.create(t.id, { role: 'user', content: 'second' });
      await client.beta.threads.messages.retrieve(m.id, { thread_id: t.id });
      await client.beta.threads.messages.update(m.id, { thread_id: t.id, metadata: { x: 'y' } });
      await client.beta.threads.messages.list(t.id, { order: 'asc' });
      await client.beta.threads.messages.delete(m.id, { thread_id: t.id });
      await client.beta.threads.delete(t.id);
    },
  },
  {
    name: 'polled runs: completed, incomplete, failed, expired, cancelled; runs list, update, steps',
    async run(client) {
      const a = await assistantFor(client);
      for (const text of ['Say hi.', 'Long answer [[oaic:incomplete max_completion_tokens]]', 'Break [[oaic:fail server_error]]', 'Wait [[oaic:expire]]', 'Compute [[oaic:say Computing.]] [[oaic:code print(6 * 7)]]']) {
        const t = await client.beta.threads.create({ messages: [{ role: 'user', content: text }] });
        const r = await client.beta.threads.runs.create(t.id, { assistant_id: a.id, metadata: { n: '1' }, truncation_strategy: { type: 'last_messages', last_messages: 5 }, max_completion_tokens: 400 });
        await settle(client, t.id, r.id);
        await client.beta.threads.runs.update(r.id, { thread_id: t.id, metadata: { n: '2' } });
        await client.beta.threads.runs.list(t.id);
        for (const s of (await client.beta.threads.runs.steps.list(r.id, { thread_id: t.id })).data) await client.beta.threads.runs.steps.retrieve(s.id, { thread_id: t.id, run_id: r.id });
        await client.beta.threads.messages.list(t.id);
      }
      const t = await client.beta.threads.create({ messages: [{ role: 'user', content: 'Slow [[oaic:stall]]' }] });
      const r = await client.beta.threads.runs.create(t.id, { assistant_id: a.id });
      await client.beta.threads.runs.retrieve(r.id, { thread_id: t.id });
      await client.beta.threads.runs.cancel(r.id, { thread_id: t.id });
      await settle(client, t.id, r.id).catch(() => undefined);
      await client.beta.threads.runs.retrieve(r.id, { thread_id: t.id });
      await client.beta.threads.createAndRun({ assistant_id: a.id, thread: { messages: [{ role: 'user', content: 'hi' }] } });
    },
  },
  {
    name: 'function calls: polled requires_action and streamed submit_tool_outputs',
    async run(client) {
      const a = await assistantFor(client);
      const text = 'Weather? [[oaic:call get_weather {"city":"Paris"}]] [[oaic:call get_weather {"city":"Rome"}]]';
      const t1 = await client.beta.threads.create({ messages: [{ role: 'user', content: text }] });
      const r1 = await settle(client, t1.id, (await client.beta.threads.runs.create(t1.id, { assistant_id: a.id })).id);
      const outputs = (r1.required_action?.submit_tool_outputs.tool_calls ?? []).map((c) => ({ tool_call_id: c.id, output: '21C' }));
      await client.beta.threads.runs.submitToolOutputs(r1.id, { thread_id: t1.id, tool_outputs: outputs });
      await settle(client, t1.id, r1.id);
      await client.beta.threads.runs.steps.list(r1.id, { thread_id: t1.id });
      const t2 = await client.beta.threads.create({ messages: [{ role: 'user', content: text }] });
      const events = await drain(await client.beta.threads.runs.create(t2.id, { assistant_id: a.id, stream: true }));
      const last = [...events].reverse().find((e) => e.event === 'thread.run.requires_action');
      if (last?.event !== 'thread.run.requires_action') throw new Error('streamed run did not require action');
      const calls = last.data.required_action?.submit_tool_outputs.tool_calls ?? [];
      await drain(await client.beta.threads.runs.submitToolOutputs(last.data.id, { thread_id: t2.id, stream: true, tool_outputs: calls.map((c) => ({ tool_call_id: c.id, output: '21C' })) }));
    },
  },
  {
    name: 'streamed runs: text, code, incomplete, failed, expired, refusal, createAndRun',
    async run(client) {
      const a = await assistantFor(client);
      for (const text of ['Tell me a story.', 'Solve [[oaic:say Let me compute.]] [[oaic:code print(1 + 2)]]', 'Plot [[oaic:code import matplotlib.pyplot as plt\nplt.bar([1,2],[3,4])\nplt.show()]]', 'Long [[oaic:incomplete max_completion_tokens]]', 'Break [[oaic:fail rate_limit_exceeded]]', 'Wait [[oaic:expire]]', 'No [[oaic:refuse I cannot help with that.]]']) {
        const t = await client.beta.threads.create({ messages: [{ role: 'user', content: text }] });
        await drain(await client.beta.threads.runs.create(t.id, { assistant_id: a.id, stream: true }));
      }
      await drain(await client.beta.threads.createAndRun({ assistant_id: a.id, stream: true, thread: { messages: [{ role: 'user', content: 'hi' }] } }));
    },
  },
];
