import { httpOkExcept } from '../../src/checks/http-ok.ts';
import { objectShapes } from '../../src/checks/object-shapes.ts';
import { defineScenario } from '../../src/scenario/define.ts';

export default defineScenario({
  id: 'conversion.conversations-crud',
  title: 'Conversations CRUD: create, retrieve, update; items create, list, retrieve, delete; delete',
  api: 'conversations',
  tags: ['migration', 'crud'],
  async run(ctx) {
    const c = ctx.client;
    const created = await ctx.step('create a conversation', () => c.conversations.create({ metadata: { stage: 'one' }, items: [{ type: 'message', role: 'user', content: 'First question.' }] }));
    ctx.expect(created.object === 'conversation' && created.id.startsWith('conv_'), { message: 'A conversation object with a conv_ id.', observed: { object: created.object, id: created.id }, expected: { object: 'conversation', id: 'conv_…' } });
    const retrieved = await ctx.step('retrieve it', () => c.conversations.retrieve(created.id));
    ctx.expect(retrieved.id === created.id && retrieved.created_at === created.created_at, { message: 'Retrieve answers the same conversation.', observed: { id: retrieved.id, created_at: retrieved.created_at }, expected: { id: created.id, created_at: created.created_at } });
    const updated = await ctx.step('update its metadata', () => c.conversations.update(created.id, { metadata: { stage: 'two' } }));
    ctx.expect(JSON.stringify(updated.metadata) === JSON.stringify({ stage: 'two' }), { message: 'Update replaces the metadata.', observed: updated.metadata, expected: { stage: 'two' } });
    const added = await ctx.step('add two items', () =>
      c.conversations.items.create(created.id, {
        items: [
          { type: 'message', role: 'assistant', content: 'First answer.' },
          { type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Second question.' }] },
        ],
      }),
    );
    ctx.expect(added.data.length === 2, { message: 'Items create answers the two new items.', observed: added.data.length, expected: 2 });
    const listed = await ctx.step('list the items', () => c.conversations.items.list(created.id, { order: 'asc' }));
    const roles = listed.data.map((i) => (i.type === 'message' ? i.role : i.type));
    ctx.expect(JSON.stringify(roles) === JSON.stringify(['user', 'assistant', 'user']), { message: 'The list holds the initial item and the two added, in order.', observed: roles, expected: ['user', 'assistant', 'user'] });
    const targetId = added.data[0]?.id;
    ctx.expect(targetId !== undefined, { message: 'The added assistant item has an id.', observed: added.data[0], expected: 'an item with an id' });
    if (targetId === undefined) return;
    const item = await ctx.step('retrieve one item', () => c.conversations.items.retrieve(targetId, { conversation_id: created.id }));
    ctx.expect(item.id === targetId && item.type === 'message' && item.role === 'assistant', { message: 'Item retrieve answers the assistant item.', observed: { id: item.id, type: item.type }, expected: { id: targetId, type: 'message', role: 'assistant' } });
    const after = await ctx.step('delete that item', () => c.conversations.items.delete(targetId, { conversation_id: created.id }));
    ctx.expect(after.id === created.id && after.object === 'conversation', { message: 'Item delete answers the conversation.', observed: { id: after.id, object: after.object }, expected: { id: created.id, object: 'conversation' } });
    const remaining = await ctx.step('list the items again', () => c.conversations.items.list(created.id, { order: 'asc' }));
    ctx.expect(remaining.data.length === 2 && !remaining.data.some((i) => i.id === targetId), { message: 'The deleted item is gone, the other two remain.', observed: remaining.data.map((i) => i.id), expected: `two ids, not ${targetId}` });
    await ctx.expectError('the deleted item is not found', () => c.conversations.items.retrieve(targetId, { conversation_id: created.id }), { status: 404 });
    const deleted = await ctx.step('delete the conversation', () => c.conversations.delete(created.id));
    ctx.expect(deleted.deleted === true && deleted.id === created.id && deleted.object === 'conversation.deleted', { message: 'Delete answers conversation.deleted with deleted: true.', observed: deleted, expected: { id: created.id, object: 'conversation.deleted', deleted: true } });
    await ctx.expectError('the deleted conversation is not found', () => c.conversations.retrieve(created.id), { status: 404 });
  },
  checks: [httpOkExcept([{ method: 'GET', path: /\/conversations\/conv_[^/]+\/items\/[^/]+$/, status: 404 }, { method: 'GET', path: /\/conversations\/conv_[^/]+$/, status: 404 }]), objectShapes],
});
