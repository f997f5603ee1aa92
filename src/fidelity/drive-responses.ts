/**
 * The Responses and Conversations part of the emulator drive (see drive.ts): plain, streamed,
 * function calls, reasoning, structured output, built-in tools, background, incomplete, failed,
 * and the Conversations surface.
 */
import OpenAI, { toFile } from 'openai';
import { drain, type DriveStep } from './drive.ts';

const weather = { type: 'function' as const, name: 'get_weather', description: 'Weather for a city', strict: false, parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } };

export const RESPONSES_DRIVE: readonly DriveStep[] = [
  {
    name: 'responses: plain, streamed, instructions, chained, retrieve, input_items, delete',
    async run(client) {
      const r1 = await client.responses.create({ model: 'gpt-4o-mini', input: 'Hello there', instructions: 'Be brief.', metadata: { k: 'v' }, temperature: 1, top_p: 1 });
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: [{ role: 'user', content: [{ type: 'input_text', text: 'Stream please' }] }], stream: true }));
      const r2 = await client.responses.create({ model: 'gpt-4o-mini', input: 'And again', previous_response_id: r1.id });
      await client.responses.retrieve(r2.id);
      await client.responses.inputItems.list(r2.id);
      await client.responses.inputTokens.count({ model: 'gpt-4o-mini', input: 'How many tokens is this?' });
      await client.responses.delete(r1.id);
    },
  },
  {
    name: 'responses: function calls, polled and streamed, with function_call_output turns',
    async run(client) {
      const input = 'Weather? [[oaic:call get_weather {"city":"Paris"}]]';
      const r = await client.responses.create({ model: 'gpt-4o-mini', input, tools: [weather] });
      const call = r.output.find((o) => o.type === 'function_call');
      if (call?.type !== 'function_call') throw new Error('no function call');
      await client.responses.create({ model: 'gpt-4o-mini', previous_response_id: r.id, input: [{ type: 'function_call_output', call_id: call.call_id, output: '21C' }], tools: [weather] });
      const events = await drain(await client.responses.create({ model: 'gpt-4o-mini', input, tools: [weather], stream: true }));
      const done = events.find((e) => e.type === 'response.completed');
      const streamedCall = done?.type === 'response.completed' ? done.response.output.find((o) => o.type === 'function_call') : undefined;
      if (streamedCall?.type !== 'function_call') throw new Error('no streamed function call');
      await drain(await client.responses.create({ model: 'gpt-4o-mini', stream: true, tools: [weather], input: [{ role: 'user', content: input }, streamedCall, { type: 'function_call_output', call_id: streamedCall.call_id, output: '21C' }] }));
    },
  },
  {
    name: 'responses: reasoning with summaries, structured output, refusal, incomplete, failed',
    async run(client) {
      await client.responses.create({ model: 'o4-mini', input: 'Think', reasoning: { effort: 'low', summary: 'auto' }, include: ['reasoning.encrypted_content'] });
      await drain(await client.responses.create({ model: 'o4-mini', input: 'Think [[oaic:deltas 5]]', reasoning: { effort: 'low', summary: 'auto' }, stream: true }));
      const format = { type: 'json_schema' as const, name: 'answer', strict: true, schema: { type: 'object', properties: { answer: { type: 'string' } }, required: ['answer'], additionalProperties: false } };
      await client.responses.create({ model: 'gpt-4o-mini', input: 'Structured', text: { format } });
      await client.responses.create({ model: 'gpt-4o-mini', input: 'Answer in JSON', text: { format: { type: 'json_object' } } });
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: 'Structured', text: { format }, stream: true }));
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: 'No [[oaic:refuse Not that.]]', stream: true }));
      await client.responses.create({ model: 'gpt-4o-mini', input: 'A long answer please', max_output_tokens: 16 });
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: 'Cut [[oaic:incomplete]]', stream: true }));
      await client.responses.create({ model: 'gpt-4o-mini', input: 'Break [[oaic:fail server_error]]' });
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: 'Break [[oaic:fail server_error]]', stream: true }));
    },
  },
  {
    name: 'responses: file_search and code_interpreter tools, images and files as input',
    async run(client) {
      const file = await client.files.create({ file: await toFile(Buffer.from('The capital of France is Paris.\n'), 'facts.txt'), purpose: 'assistants' });
      const vs = await client.vectorStores.create({ name: 'r', file_ids: [file.id] });
      await client.vectorStores.retrieve(vs.id);
      const fs = { type: 'file_search' as const, vector_store_ids: [vs.id] };
      const ci = { type: 'code_interpreter' as const, container: { type: 'auto' as const } };
      await client.responses.create({ model: 'gpt-4o-mini', input: 'Capital? [[oaic:search capital of France]]', tools: [fs], include: ['file_search_call.results'] });
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: 'Capital? [[oaic:search capital of France]]', tools: [fs], stream: true }));
      await client.responses.create({ model: 'gpt-4o-mini', input: 'Compute [[oaic:code print(2 + 2)]]', tools: [ci], include: ['code_interpreter_call.outputs'] });
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: 'Compute [[oaic:code print(2 + 2)]]', tools: [ci], stream: true }));
      await client.responses.create({ model: 'gpt-4o-mini', input: [{ role: 'user', content: [{ type: 'input_text', text: 'Describe' }, { type: 'input_image', image_url: 'https://example.com/a.png', detail: 'auto' }, { type: 'input_file', file_id: file.id }] }] });
    },
  },
  {
    name: 'responses: background, polled and streamed, cancel',
    async run(client) {
      const bg = await client.responses.create({ model: 'gpt-4o-mini', input: 'Later', background: true });
      for (let i = 0; i < 4; i++) await client.responses.retrieve(bg.id);
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: 'Later, streamed', background: true, stream: true }));
      const stalled = await client.responses.create({ model: 'gpt-4o-mini', input: 'Forever [[oaic:stall]]', background: true });
      await client.responses.cancel(stalled.id);
    },
  },
  {
    name: 'conversations: CRUD, items, and responses in a conversation',
    async run(client) {
      const c = await client.conversations.create({ items: [{ type: 'message', role: 'user', content: 'hello' }], metadata: { k: 'v' } });
      await client.conversations.retrieve(c.id);
      await client.conversations.update(c.id, { metadata: { k: 'w' } });
      await client.responses.create({ model: 'gpt-4o-mini', input: 'In the conversation', conversation: c.id });
      await drain(await client.responses.create({ model: 'gpt-4o-mini', input: 'Streamed in the conversation', conversation: c.id, stream: true }));
      const added = await client.conversations.items.create(c.id, { items: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'more' }] }] });
      const first = added.data[0];
      if (first?.id) await client.conversations.items.retrieve(first.id, { conversation_id: c.id });
      await client.conversations.items.list(c.id);
      if (first?.id) await client.conversations.items.delete(first.id, { conversation_id: c.id });
      await client.conversations.delete(c.id);
    },
  },
  {
    name: 'responses: simulated custom, web_search, image_generation and mcp tools, polled and streamed',
    async run(client) {
      const mcp = { type: 'mcp' as const, server_label: 'calc', server_url: 'https://mcp.example.com/mcp', require_approval: 'never' as const, allowed_tools: ['echo', 'add'] };
      const cases: { tools: OpenAI.Responses.Tool[]; input: string; include?: OpenAI.Responses.ResponseIncludable[] }[] = [
        { tools: [{ type: 'custom', name: 'code_exec', description: 'Runs code' }], input: '[[oaic:call code_exec print(1)]]' },
        { tools: [{ type: 'web_search' }], input: '[[oaic:websearch tallest mountain]]', include: ['web_search_call.action.sources'] },
        { tools: [{ type: 'web_search', filters: { allowed_domains: ['wikipedia.org'] } }], input: '[[oaic:openpage https://en.wikipedia.org/wiki/Axolotl]]' },
        { tools: [{ type: 'web_search_preview' }], input: '[[oaic:websearch population of Tokyo]]' },
        { tools: [{ type: 'web_search' }], input: '[[oaic:websearch weather: Utrecht]]', include: ['web_search_call.action.sources'] },
        { tools: [{ type: 'image_generation', partial_images: 1 }], input: '[[oaic:image an axolotl]]' },
        { tools: [mcp], input: '[[oaic:mcp calc add {"a":1,"b":2}]]' },
        { tools: [mcp], input: '[[oaic:mcpfail call]] [[oaic:mcp calc echo {"text":"x"}]]' },
        { tools: [mcp], input: '[[oaic:mcpfail list]]' },
      ];
      for (const c of cases) {
        const body = { model: 'gpt-5', tools: c.tools, input: c.input, ...(c.include ? { include: c.include } : {}) };
        await client.responses.create(body);
        await drain(await client.responses.create({ ...body, stream: true }));
      }
    },
  },
];
