import { objectShapes } from '../../src/checks/object-shapes.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'conversion.assistant-turn-shapes',
  title: 'Which assistant-turn shapes a conversation takes (output message, plain text; not input content)',
  api: ['conversations'],
  tags: ['migration'],
  description: 'The spec lets an assistant EasyInputMessage hold input_text; the service takes only output_text and refusal. The migration guide\'s snippet shape (output_text without id/status) is recorded as observed.',
  async run(ctx) {
    const c = ctx.client;
    const conv = await ctx.step('create a conversation with a user turn', () => c.conversations.create({ items: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hello.' }] }] }));
    await ctx.step('add an assistant turn as an output message (id, status)', () =>
      c.conversations.items.create(conv.id, { items: [{ type: 'message', id: 'msg_backfilled0001', role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'Hi.', annotations: [] }] }] }),
    );
    await ctx.step('add an assistant turn as plain text', () => c.conversations.items.create(conv.id, { items: [{ role: 'assistant', content: 'Plain hi.' }] }));
    await ctx.expectError('an assistant turn with input_text is rejected', () => c.conversations.items.create(conv.id, { items: [{ type: 'message', role: 'assistant', content: [{ type: 'input_text', text: 'x' }] } as never] }), {
      status: 400,
      param: 'items[0].content[0].type',
      message: /Supported values are: 'output_text' and 'refusal'/,
    });
    const guide = await ctx.attempt("the migration guide's shape (output_text without id and status)", () => c.conversations.items.create(conv.id, { items: [{ role: 'assistant', content: [{ type: 'output_text', text: 'Guide.' }] } as never] }));
    ctx.annotate('guide-shape-accepted', guide.ok);
    const items = await ctx.step('list the items', () => c.conversations.items.list(conv.id, { order: 'asc' }));
    ctx.expect(items.data.length === (guide.ok ? 4 : 3), { message: 'Every accepted turn is stored, the rejected one is not.', observed: items.data.length, expected: guide.ok ? 4 : 3 });
  },
  checks: [objectShapes],
});
