import { describe, expect, it } from 'vitest';
import { imageFile, imageUrl, message, refusal, text } from './fixtures.ts';
import type { Loss } from './losses.ts';
import { convertMessage } from './message.ts';
import { validateItem } from './validate-items.ts';

const run = (m: Parameters<typeof convertMessage>[0], opts = {}) => {
  const losses: Loss[] = [];
  const item = convertMessage(m, 0, (l) => losses.push(l), opts);
  return { item, losses, issues: validateItem(item) };
};

describe('convertMessage', () => {
  it('writes user text as input_text and images as input_image with detail', () => {
    const { item, losses, issues } = run(message('user', [text('hi'), imageFile('file_a', 'high'), imageUrl('https://x.test/a.png', 'low'), imageUrl('https://x.test/b.png')]));
    expect(item).toEqual({
      type: 'message',
      role: 'user',
      content: [
        { type: 'input_text', text: 'hi' },
        { type: 'input_image', file_id: 'file_a', detail: 'high' },
        { type: 'input_image', image_url: 'https://x.test/a.png', detail: 'low' },
        { type: 'input_image', image_url: 'https://x.test/b.png', detail: 'auto' },
      ],
    });
    expect(losses).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('writes assistant text as an output message with id, status, annotations and refusals', () => {
    const m = message('assistant', [
      text('see 【1†a】 and file', [
        { type: 'file_citation', text: '【1†a】', start_index: 4, end_index: 9, file_citation: { file_id: 'file_c' } },
        { type: 'file_path', text: 'sandbox:/x', start_index: 14, end_index: 14, file_path: { file_id: 'file_p' } },
      ]),
      refusal('no'),
    ]);
    const { item, losses, issues } = run(m, { filenames: { file_c: 'c.pdf' } });
    expect(item).toEqual({
      type: 'message',
      id: m.id,
      role: 'assistant',
      status: 'completed',
      content: [
        { type: 'output_text', text: 'see 【1†a】 and file', annotations: [{ type: 'file_citation', file_id: 'file_c', filename: 'c.pdf', index: 4 }, { type: 'file_path', file_id: 'file_p', index: 14 }], logprobs: [] },
        { type: 'refusal', refusal: 'no' },
      ],
    });
    expect(losses.map((l) => l.code)).toEqual(['ANNOTATION_SPAN']);
    expect(issues).toEqual([]);
  });

  it('reports a citation filename it has to make up', () => {
    const { item, losses } = run(message('assistant', [text('x', [{ type: 'file_citation', text: '', start_index: 1, end_index: 1, file_citation: { file_id: 'file_z' } }])]));
    expect(item.content[0]).toMatchObject({ annotations: [{ filename: 'file_z' }] });
    expect(losses.map((l) => l.code)).toEqual(['ANNOTATION_FILENAME']);
  });

  it('reports images in assistant turns (the service takes only output_text and refusal there)', () => {
    const m = message('assistant', [text('plot'), imageFile('file_img'), refusal('r')]);
    const { item, losses, issues } = run(m);
    expect(item).toEqual({ type: 'message', id: m.id, role: 'assistant', status: 'completed', content: [{ type: 'output_text', text: 'plot', annotations: [], logprobs: [] }, { type: 'refusal', refusal: 'r' }] });
    expect(losses.map((l) => [l.code, l.where])).toEqual([['ASSISTANT_IMAGE', `messages[0](${m.id}).content[1]`]]);
    expect(issues).toEqual([]);
  });

  it('writes assistant turns as plain content when asked, reporting what that merges and drops', () => {
    const m = message('assistant', [text('a', [{ type: 'file_path', text: '', start_index: 0, end_index: 0, file_path: { file_id: 'f' } }]), refusal('b')]);
    const { item, losses, issues } = run(m, { assistantShape: 'plain' });
    expect(item).toEqual({ type: 'message', role: 'assistant', content: 'a\n\nb' });
    expect(losses.map((l) => l.code)).toEqual(['PARTS_MERGED', 'ANNOTATION_DROPPED', 'REFUSAL_AS_TEXT']);
    expect(issues).toEqual([]);
  });

  it('reports metadata, attachments with their tools and incomplete details', () => {
    const m = message('user', [text('q')], {
      metadata: { k: 'v' },
      attachments: [{ file_id: 'file_1', tools: [{ type: 'file_search' }, { type: 'code_interpreter' }] }],
    });
    const { losses } = run(m);
    expect(losses.map((l) => [l.code, l.where])).toEqual([
      ['MESSAGE_METADATA', `messages[0](${m.id}).metadata`],
      ['ATTACHMENT', `messages[0](${m.id}).attachments[0]`],
    ]);
    expect(losses[1]!.what).toContain('file_1 for file_search, code_interpreter');
    const inc = run(message('assistant', [text('cut')], { status: 'incomplete', incomplete_details: { reason: 'max_tokens' } }));
    expect(inc.item).toMatchObject({ status: 'incomplete' });
    expect(inc.losses.map((l) => l.code)).toEqual(['MESSAGE_STATUS']);
  });

  it('keeps empty and unicode text as is', () => {
    const { item } = run(message('user', [text(''), text('ü😀\u0000')]));
    expect(item.content).toEqual([{ type: 'input_text', text: '' }, { type: 'input_text', text: 'ü😀\u0000' }]);
  });
});
