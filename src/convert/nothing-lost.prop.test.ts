/**
 * Property: nothing is lost. For generated threads, every message becomes one item in order with
 * its role, every part maps to its counterpart (same kind, same text / file / URL / detail) or is
 * reported (images in assistant turns, merged parts in plain assistant turns), every function call and output of the steps appears, every attachment and non-empty
 * metadata is in the loss report at its path, and every item passes the spec's item schemas.
 * 5,000 cases. A failure prints fast-check's seed and path (replay: fc.assert(..., {seed, path})).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { threadArb } from './arbitraries.ts';
import { turnsOfItems, turnsOfMessages, turnsOfSteps } from './context-view.ts';
import { convertThreadExport } from './convert-thread.ts';
import { validateItems } from './validate-items.ts';
import type { MessageContent } from './wire-assistants.ts';
import type { ConvertedItem } from './wire-conversations.ts';

type MessageItem = Extract<ConvertedItem, { type: 'message' }>;
type Part = Exclude<MessageItem['content'], string>[number];

/** The counterpart each Assistants part must have in a user turn and in an output message, as data. */
const EXPECTED_KIND: Record<MessageContent['type'], { user: Part['type']; assistant: Part['type'] | null }> = {
  text: { user: 'input_text', assistant: 'output_text' },
  refusal: { user: 'input_text', assistant: 'refusal' },
  image_file: { user: 'input_image', assistant: null },
  image_url: { user: 'input_image', assistant: null },
};

function partMatches(src: MessageContent, out: Part, role: 'user' | 'assistant'): boolean {
  if (out.type !== EXPECTED_KIND[src.type][role]) return false;
  switch (src.type) {
    case 'text': return 'text' in out && out.text === src.text.value && (out.type !== 'output_text' || out.annotations.length === src.text.annotations.length);
    case 'refusal': return out.type === 'refusal' ? out.refusal === src.refusal : 'text' in out && out.text === src.refusal;
    case 'image_file': return out.type === 'input_image' && out.file_id === src.image_file.file_id && out.detail === (src.image_file.detail ?? 'auto');
    case 'image_url': return out.type === 'input_image' && out.image_url === src.image_url.url && out.detail === (src.image_url.detail ?? 'auto');
  }
}

const textOf = (p: MessageContent): string | null => (p.type === 'text' ? p.text.value : p.type === 'refusal' ? p.refusal : null);

describe('conversion loses nothing silently', () => {
  it('maps every message and part, keeps order and roles, reports the rest, writes valid items', () => {
    fc.assert(
      fc.property(threadArb(), fc.constantFrom<'output_message' | 'plain'>('output_message', 'plain'), (thread, assistantShape) => {
        const r = convertThreadExport(thread, { assistantShape });
        const messageItems = r.items.filter((i): i is MessageItem => i.type === 'message');
        expect(messageItems.map((i) => i.role)).toEqual(thread.messages.map((m) => m.role));
        thread.messages.forEach((m, i) => {
          const item = messageItems[i]!;
          const where = `messages[${i}](${m.id})`;
          const kept = m.role === 'user' ? m.content : m.content.filter((p) => EXPECTED_KIND[p.type].assistant !== null);
          if (typeof item.content === 'string') {
            expect(item.content).toBe(kept.map(textOf).join('\n\n'));
            if (kept.length > 1) expect(r.losses.some((l) => l.code === 'PARTS_MERGED' && l.where === where)).toBe(true);
          } else {
            expect(item.content.length).toBe(kept.length);
            kept.forEach((p, j) => expect(partMatches(p, item.content[j] as Part, m.role), `${where} part ${j}`).toBe(true));
          }
          if ('id' in item) expect(item.id).toBe(m.id);
          m.content.forEach((p, j) => {
            if (m.role === 'assistant' && EXPECTED_KIND[p.type].assistant === null) expect(r.losses.some((l) => l.code === 'ASSISTANT_IMAGE' && l.where === `${where}.content[${j}]`)).toBe(true);
            if (p.type === 'text' && p.text.annotations.length && (m.role === 'user' || assistantShape === 'plain')) expect(r.losses.some((l) => l.code === 'ANNOTATION_DROPPED' && l.where === `${where}.content[${j}].text.annotations`)).toBe(true);
          });
          m.attachments?.forEach((_, k) => expect(r.losses.some((l) => l.code === 'ATTACHMENT' && l.where === `${where}.attachments[${k}]`)).toBe(true));
          if (m.metadata && Object.keys(m.metadata).length) expect(r.losses.some((l) => l.code === 'MESSAGE_METADATA' && l.where === `${where}.metadata`)).toBe(true);
        });
        // What the model sees: the messages' turns, and the steps' calls and outputs, in order.
        const seen = turnsOfItems(r.items);
        const sendable = thread.messages.map((m) => (m.role === 'user' ? m : { ...m, content: m.content.filter((p) => EXPECTED_KIND[p.type].assistant !== null) }));
        if (assistantShape === 'output_message') expect(seen.filter((t) => t.kind === 'message')).toEqual(turnsOfMessages(sendable));
        expect(seen.filter((t) => t.kind !== 'message')).toEqual(turnsOfSteps(thread.steps ?? []));
        // Every hosted tool call became its item.
        const hosted = (thread.steps ?? []).flatMap((s) => (s.step_details.type === 'tool_calls' ? s.step_details.tool_calls.filter((c) => c.type !== 'function').map((c) => c.id) : []));
        expect(r.items.filter((i) => i.type === 'code_interpreter_call' || i.type === 'file_search_call').map((i) => ('id' in i ? i.id : ''))).toEqual(hosted);
        expect(r.sources.length).toBe(r.items.length);
        expect(validateItems(r.items)).toEqual([]);
      }),
      { numRuns: 5_000 },
    );
  });
});
