import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toFile } from 'openai';
import { assistantsStreamGrammar } from '../../src/checks/assistants-stream-grammar.ts';
import { backfillThread } from '../../src/convert/backfill.ts';
import { turnsOfItems, turnsOfMessages } from '../../src/convert/context-view.ts';
import { defineScenario } from '../../src/scenario/define.ts';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

export default defineScenario({
  id: 'conversion.backfill-thread',
  title: 'Backfill a thread with images, 24 turns and a function-call run into a conversation, then respond in it',
  api: ['assistants', 'conversations', 'responses', 'files'],
  tags: ['migration', 'backfill'],
  async run(ctx) {
    const c = ctx.client;
    const image = await ctx.step('upload an image', async () => c.files.create({ file: await toFile(PNG, 'dot.png'), purpose: 'vision' }));
    const assistant = await ctx.step('create an assistant with a function', () =>
      c.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Be brief.', tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object', properties: { q: { type: 'string' } } } } }] }),
    );
    const thread = await ctx.step('create a thread with images and earlier turns', () =>
      c.beta.threads.create({
        metadata: { source: 'oaic-backfill' },
        messages: [
          { role: 'user', content: [{ type: 'text', text: 'Look at these.' }, { type: 'image_url', image_url: { url: 'https://example.com/cat.png', detail: 'high' } }, { type: 'image_file', image_file: { file_id: image.id, detail: 'low' } }] },
          ...Array.from({ length: 22 }, (_, i) => ({ role: i % 2 ? ('user' as const) : ('assistant' as const), content: `turn ${i} ✓ ünïcødé` })),
          { role: 'user', content: 'Look it up. [[oaic:call lookup {"q":"cats"}]]' },
        ],
      }),
    );
    let run = await ctx.step('run it: the model calls the function', () => c.beta.threads.runs.createAndPoll(thread.id, { assistant_id: assistant.id }, { pollIntervalMs: 60 }));
    const call = run.required_action?.submit_tool_outputs.tool_calls[0];
    ctx.expect(run.status === 'requires_action' && call?.function.name === 'lookup', { message: 'The run asks for the lookup function.', observed: run.status, expected: 'requires_action' });
    if (call) run = await ctx.step('submit the tool output', () => c.beta.threads.runs.submitToolOutputsAndPoll(run.id, { thread_id: thread.id, tool_outputs: [{ tool_call_id: call.id, output: '{"found":3}' }] }, { pollIntervalMs: 60 }));
    ctx.expect(run.status === 'completed', { message: 'The run completes after the tool output.', observed: run.status, expected: 'completed' });

    const stateFile = path.join(mkdtempSync(path.join(tmpdir(), 'oaic-backfill-')), 'state.json');
    const result = await ctx.step('backfill the thread into a conversation', () => backfillThread(c, { threadId: thread.id, stateFile, pageSize: 10 }));
    ctx.annotate('backfill', { items: result.itemsSent, messages: result.messagesRead, losses: result.losses.map((l) => l.code) });
    const items = await ctx.step('list the conversation items', async () => {
      const all = [];
      for await (const it of c.conversations.items.list(result.conversationId, { order: 'asc', limit: 100 })) all.push(it);
      return all;
    });
    const messages = await ctx.step('list the thread messages', async () => {
      const all = [];
      for await (const m of c.beta.threads.messages.list(thread.id, { order: 'asc', limit: 100 })) all.push(m);
      return all;
    });
    ctx.expect(items.length === result.itemsSent && items.length === messages.length + 2, { message: 'One item per message plus the function call and its output.', observed: items.length, expected: messages.length + 2 });
    const kinds = items.map((i) => (i.type === 'message' ? i.role : i.type));
    ctx.expect(kinds.at(-3) === 'function_call' && kinds.at(-2) === 'function_call_output' && kinds.at(-1) === 'assistant', { message: 'The tool call and its output come before the answer of the run.', observed: kinds.slice(-3), expected: ['function_call', 'function_call_output', 'assistant'] });
    const seen = turnsOfItems(items as never).filter((t) => t.kind === 'message');
    ctx.expect(JSON.stringify(seen) === JSON.stringify(turnsOfMessages(messages)), { message: 'The conversation shows the model the same messages as the thread (text and images by reference).', observed: seen.length, expected: messages.length });
    const conv = await ctx.step('retrieve the conversation', () => c.conversations.retrieve(result.conversationId));
    ctx.expect(JSON.stringify(conv.metadata) === JSON.stringify({ source: 'oaic-backfill' }), { message: 'The conversation carries the thread metadata, without the in-progress marker.', observed: conv.metadata, expected: { source: 'oaic-backfill' } });
    const response = await ctx.step('respond in the conversation', () => c.responses.create({ model: 'gpt-4o-mini', conversation: result.conversationId, input: 'And how many were found?' }));
    ctx.expect(response.status === 'completed', { message: 'A response on the backfilled conversation completes.', observed: response.status, expected: 'completed' });
  },
  checks: [assistantsStreamGrammar],
});
