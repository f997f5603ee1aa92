import { httpOk } from '../../src/checks/http-ok.ts';
import { objectShapes } from '../../src/checks/object-shapes.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'conversion.conversations-round-trip',
  title: 'A backfilled conversation: create it with items, respond in it, list its items',
  api: ['conversations', 'responses'],
  tags: ['migration', 'smoke'],
  async run(ctx) {
    const conversation = await ctx.step('create a conversation with backfilled items', () =>
      ctx.client.conversations.create({
        metadata: { source: 'thread-backfill' },
        items: [
          { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'What are the 5 Ds of dodgeball?' }] },
          { role: 'assistant', content: 'Dodge, duck, dip, dive and dodge.' },
        ],
      }),
    );
    const response = await ctx.step('respond in the conversation', () => ctx.client.responses.create({ model: 'gpt-4o-mini', conversation: conversation.id, input: 'Which one is listed twice?' }));
    ctx.expect(response.status === 'completed', { message: 'The response completes.', observed: response.status, expected: 'completed' });
    const items = await ctx.step('list the conversation items', () => ctx.client.conversations.items.list(conversation.id, { order: 'asc' }));
    const roles = items.data.map((i) => (i.type === 'message' ? i.role : i.type));
    ctx.expect(JSON.stringify(roles) === JSON.stringify(['user', 'assistant', 'user', 'assistant']), { message: 'The conversation holds the backfill, the new input and the reply, in order.', observed: roles, expected: ['user', 'assistant', 'user', 'assistant'] });
    const last = items.data[items.data.length - 1];
    ctx.expect(last?.id === response.output[response.output.length - 1]?.id, { message: "The reply is appended with the response's output item id.", observed: last?.id, expected: response.output[response.output.length - 1]?.id });
    await ctx.step('delete the conversation', () => ctx.client.conversations.delete(conversation.id));
  },
  checks: [httpOk, objectShapes],
});
