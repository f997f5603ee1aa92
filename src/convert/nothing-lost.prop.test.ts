/**
 * Property: nothing is lost. For generated threads, every message becomes one item in order with
 * its role, every part maps to its counterpart (same count, same kind, same text / file / URL /
 * detail), every function call and output of the steps appears, every attachment and non-empty
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

type Part = Extract<ConvertedItem, { type: 'message' }>['content'][number];

/** The counterpart each Assistants part must have, as data. */
const EXPECTED_KIND: Record<MessageContent['type'], (asOutput: boolean) => Part['type']> = {
  text: (o) => (o ? 'output_text' : 'input_text'),
  refusal: (o) => (o ? 'refusal' : 'input_text'),
  image_file: () => 'input_image',
  image_url: () => 'input_image',
};

function partMatches(src: MessageContent, out: Part, asOutput: boolean): boolean {
  if (out.type !== EXPECTED_KIND[src.type](asOutput)) return false;
  switch (src.type) {
    case 'text': return 'text' in out && out.text === src.text.value && (out.type !== 'output_text' || out.annotations.length === src.text.annotations.length);
    case 'refusal': return out.type === 'refusal' ? out.refusal === src.refusal : 'text' in out && out.text === src.refusal;
    case 'image_file': return out.type === 'input_image' && out.file_id === src.image_file.file_id && out.detail === (src.image_file.detail ?? 'auto');
    case 'image_url': return out.type === 'input_image' && out.image_url === src.image_url.url && out.detail === (src.image_url.detail ?? 'auto');
  }
}

describe('conversion loses nothing silently', () => {
  it('maps every message and part, keeps order and roles, reports the rest, writes valid items', () => {
    fc.assert(
      fc.property(threadArb(), fc.constantFrom<'output_message' | 'input_content'>('output_message', 'input_content'), (thread, assistantShape) => {
        const r = convertThreadExport(thread, { assistantShape });
        const messageItems = r.items.filter((i): i is Extract<ConvertedItem, { type: 'message' }> => i.type === 'message');
        expect(messageItems.map((i) => i.role)).toEqual(thread.messages.map((m) => m.role));
        thread.messages.forEach((m, i) => {
          const item = messageItems[i]!;
          const asOutput = 'id' in item;
          expect(item.content.length).toBe(m.content.length);
          m.content.forEach((p, j) => expect(partMatches(p, item.content[j]!, asOutput), `messages[${i}].content[${j}]`).toBe(true));
          if (asOutput) expect(item.id).toBe(m.id);
          const where = `messages[${i}](${m.id})`;
          m.attachments?.forEach((_, k) => expect(r.losses.some((l) => l.code === 'ATTACHMENT' && l.where === `${where}.attachments[${k}]`)).toBe(true));
          if (m.metadata && Object.keys(m.metadata).length) expect(r.losses.some((l) => l.code === 'MESSAGE_METADATA' && l.where === `${where}.metadata`)).toBe(true);
          const dropped = !asOutput && m.content.some((p) => p.type === 'text' && p.text.annotations.length > 0);
          if (dropped) expect(r.losses.some((l) => l.code === 'ANNOTATION_DROPPED' && l.where.startsWith(where))).toBe(true);
        });
        // What the model sees: the messages' turns, and the steps' calls and outputs, in order.
        const seen = turnsOfItems(r.items);
        expect(seen.filter((t) => t.kind === 'message')).toEqual(turnsOfMessages(thread.messages));
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
