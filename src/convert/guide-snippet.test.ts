/**
 * The migration guide's backfill snippet (../shared/seeds, "how to backfill a thread"), as a
 * behaviour: messages in order → `{role, content}` with only `text` parts mapped
 * (input_text/output_text, no annotations); its image_url branch builds the part and throws it
 * away (`item_content + [...]`, not `+=`); image_file and refusal are not handled; attachments,
 * metadata and run steps are not read; everything goes into one conversations.create call.
 * `snippetLike` below is our own function with that behaviour (not the guide's code).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertThread } from './convert-thread.ts';
import { turnsOfItems, turnsOfMessages } from './context-view.ts';
import { imageFile, imageUrl, message, refusal, text } from './fixtures.ts';
import { validateBody } from './validate-items.ts';
import type { Message, MessageContent } from './wire-assistants.ts';

function snippetLike(messages: Message[]): { items: { role: string; content: { type: string; text: string }[] }[] } {
  const items = messages.map((m) => {
    const content: { type: string; text: string }[] = [];
    for (const c of m.content) {
      if (c.type === 'text') content.push({ type: m.role === 'user' ? 'input_text' : 'output_text', text: c.text.value });
      else if (c.type === 'image_url') void [...content, { type: 'input_image', image_url: c.image_url.url, detail: c.image_url.detail }];
    }
    return { role: m.role, content };
  });
  return { items };
}

describe('the migration guide snippet, and ours', () => {
  it('minimal counterexample: one user message with one image_url part', () => {
    const thread = [message('user', [imageUrl('https://example.test/cat.png', 'high')])];
    const snippet = snippetLike(thread);
    expect(snippet.items).toEqual([{ role: 'user', content: [] }]);
    expect(turnsOfItems(snippet.items)).not.toEqual(turnsOfMessages(thread));

    const ours = convertThread(thread);
    expect(ours.items).toEqual([{ type: 'message', role: 'user', content: [{ type: 'input_image', image_url: 'https://example.test/cat.png', detail: 'high' }] }]);
    expect(turnsOfItems(ours.items)).toEqual(turnsOfMessages(thread));
  });

  it('also drops image_file, refusals and annotations, and says nothing about attachments and metadata', () => {
    const thread = [
      message('user', [text('read this'), imageFile('file_img')], { attachments: [{ file_id: 'file_doc', tools: [{ type: 'file_search' }] }], metadata: { src: 'web' } }),
      message('assistant', [text('it says 【0†doc】', [{ type: 'file_citation', text: '【0†doc】', start_index: 8, end_index: 14, file_citation: { file_id: 'file_doc' } }]), refusal('not that part')]),
    ];
    const snippet = snippetLike(thread);
    expect(snippet.items.map((i) => i.content.map((c) => c.type))).toEqual([['input_text'], ['output_text']]);
    const ours = convertThread(thread, { filenames: { file_doc: 'doc.pdf' } });
    expect(turnsOfItems(ours.items)).toEqual(turnsOfMessages(thread));
    expect(ours.items[1]).toMatchObject({ content: [{ annotations: [{ type: 'file_citation', file_id: 'file_doc', filename: 'doc.pdf', index: 8 }] }, { type: 'refusal' }] });
    expect(ours.losses.map((l) => l.code).sort()).toEqual(['ANNOTATION_SPAN', 'ATTACHMENT', 'MESSAGE_METADATA']);
  });

  it("sends assistant turns in a shape the spec does not take and more than 20 items in one call; ours validates", () => {
    const thread = Array.from({ length: 21 }, (_, i) => message(i % 2 ? 'assistant' : 'user', [text(`m${i}`)]));
    expect(validateBody('CreateConversationBody', snippetLike(thread)).map((i) => i.message).join('\n')).toMatch(/more than 20 items[\s\S]*matches none/);
    expect(validateBody('CreateConversationBody', { items: snippetLike(thread.slice(1, 2)).items })).not.toEqual([]);
    const ours = convertThread(thread);
    expect(validateBody('CreateConversationBody', { items: ours.items.slice(0, 20) })).toEqual([]);
    expect(validateBody('CreateConversationItemsBody', { items: ours.items.slice(20) })).toEqual([]);
  });

  it('fast-check shrinks "the snippet keeps what the model sees" to a one-part counterexample', () => {
    const part: fc.Arbitrary<MessageContent> = fc.oneof(
      fc.string().map((s) => text(s)),
      fc.webUrl().map((u) => imageUrl(u)),
      fc.stringMatching(/^file_[a-z0-9]{4}$/).map((f) => imageFile(f)),
      fc.string().map((s) => refusal(s)),
    );
    const thread = fc.array(fc.tuple(fc.constantFrom<'user' | 'assistant'>('user', 'assistant'), fc.array(part, { maxLength: 4 })).map(([r, c]) => message(r, c)), { maxLength: 5 });
    const snippetKeeps = fc.property(thread, (t) => {
      expect(turnsOfItems(snippetLike(t).items)).toEqual(turnsOfMessages(t));
    });
    const result = fc.check(snippetKeeps, { seed: 42, numRuns: 200 });
    expect(result.failed).toBe(true);
    const [minimal] = result.counterexample as [Message[]];
    expect(minimal).toHaveLength(1);
    expect(minimal[0]!.content).toHaveLength(1);
    expect(minimal[0]!.content[0]!.type).not.toBe('text');
    // Ours: what the model sees is kept, except images in assistant turns, which the service
    // cannot take there, and each of those is in the loss report.
    fc.assert(fc.property(thread, (t) => {
      const r = convertThread(t);
      const isImage = (p: MessageContent) => p.type === 'image_file' || p.type === 'image_url';
      const sendable = t.map((m) => (m.role === 'user' ? m : { ...m, content: m.content.filter((p) => !isImage(p)) }));
      expect(turnsOfItems(r.items)).toEqual(turnsOfMessages(sendable));
      expect(r.losses.filter((l) => l.code === 'ASSISTANT_IMAGE')).toHaveLength(t.filter((m) => m.role === 'assistant').flatMap((m) => m.content.filter(isImage)).length);
    }), { seed: 42, numRuns: 200 });
  });
});
