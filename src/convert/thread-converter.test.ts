import { describe, expect, it } from 'vitest';
import { convertThread } from './convert-thread.ts';
import { ConversionError } from './conversion-error.ts';
import { functionCall, message, messageCreation, step, text, toolCalls } from './fixtures.ts';
import { validateItems } from './validate-items.ts';

describe('convertThread', () => {
  it('places tool-call steps before the message their run created, with outputs', () => {
    const u = message('user', [text('weather?')]);
    const a = message('assistant', [text('sunny')], { run_id: 'run_1' });
    const steps = [
      step('run_1', messageCreation(a.id), { created_at: 3 }),
      step('run_1', toolCalls(functionCall('call_1', 'get_weather', '{"city":"Oslo"}', '{"sky":"clear"}')), { created_at: 2 }),
    ];
    const r = convertThread({ messages: [u, a], steps });
    expect(r.items.map((i) => i.type + ('role' in i ? `:${i.role}` : ''))).toEqual(['message:user', 'function_call', 'function_call_output', 'message:assistant']);
    expect(r.items[1]).toEqual({ type: 'function_call', call_id: 'call_1', name: 'get_weather', arguments: '{"city":"Oslo"}', status: 'completed' });
    expect(r.items[2]).toEqual({ type: 'function_call_output', call_id: 'call_1', output: '{"sky":"clear"}' });
    expect(r.sources[1]).toMatch(/^steps\[1\]\(step_/);
    expect(validateItems(r.items)).toEqual([]);
  });

  it('flushes trailing steps when the next run starts and puts runs without a message at the end', () => {
    const a1 = message('assistant', [text('one')], { run_id: 'run_1' });
    const u = message('user', [text('next')]);
    const steps = [
      step('run_1', messageCreation(a1.id), { created_at: 1 }),
      step('run_1', toolCalls(functionCall('call_a', 'f', '{}', 'x')), { created_at: 2 }),
      step('run_2', toolCalls(functionCall('call_b', 'g', '{}', null)), { created_at: 5, status: 'in_progress' }),
    ];
    const r = convertThread({ messages: [a1, u], steps });
    expect(r.items.map((i) => ('call_id' in i ? `${i.type}:${i.call_id}` : i.type))).toEqual(['message', 'function_call:call_a', 'function_call_output:call_a', 'message', 'function_call:call_b']);
    expect(r.items[4]).toMatchObject({ status: 'in_progress' });
    expect(r.losses.map((l) => l.code).sort()).toEqual(['FUNCTION_OUTPUT_MISSING', 'STEP_ORPHANED', 'STEP_STATUS']);
  });

  it('converts code interpreter and file search steps into their Responses items', () => {
    const a = message('assistant', [text('done')], { run_id: 'run_c' });
    const r = convertThread({
      messages: [a],
      steps: [
        step('run_c', toolCalls(
          { id: 'call_ci', type: 'code_interpreter', code_interpreter: { input: 'print(1)', outputs: [{ type: 'logs', logs: '1' }, { type: 'image', image: { file_id: 'file_png' } }] } },
          { id: 'call_fs', type: 'file_search', file_search: { ranking_options: { ranker: 'auto', score_threshold: 0.5 }, results: [{ file_id: 'file_d', file_name: 'd.txt', score: 0.9, content: [{ type: 'text', text: 'para' }] }] } },
        ), { created_at: 1 }),
        step('run_c', messageCreation(a.id), { created_at: 2 }),
      ],
    }, { containerId: 'cntr_1' });
    expect(r.items[0]).toEqual({ type: 'code_interpreter_call', id: 'call_ci', status: 'completed', container_id: 'cntr_1', code: 'print(1)', outputs: [{ type: 'logs', logs: '1' }] });
    expect(r.items[1]).toEqual({ type: 'file_search_call', id: 'call_fs', status: 'completed', queries: [], results: [{ file_id: 'file_d', filename: 'd.txt', score: 0.9, text: 'para' }] });
    expect(r.losses.map((l) => l.code)).toEqual(['CODE_INTERPRETER_IMAGE_OUTPUT', 'FILE_SEARCH_QUERIES', 'FILE_SEARCH_RANKING']);
    expect(validateItems(r.items)).toEqual([]);
  });

  it('can leave steps out', () => {
    const a = message('assistant', [text('x')], { run_id: 'run_1' });
    const r = convertThread({ messages: [a], steps: [step('run_1', toolCalls(functionCall('c', 'f', '{}', 'o')))] }, { includeSteps: false });
    expect(r.items).toHaveLength(1);
  });

  it('keeps thread metadata for the conversation, collects attachment files, reports tool resources', () => {
    const m = message('user', [text('q')], { attachments: [{ file_id: 'file_1', tools: [{ type: 'file_search' }] }, { file_id: 'file_2', tools: [{ type: 'code_interpreter' }] }] });
    const r = convertThread({ thread: { id: 'thread_1', metadata: { user: 'u1' }, tool_resources: { file_search: { vector_store_ids: ['vs_1'] } } }, messages: [m] });
    expect(r.metadata).toEqual({ user: 'u1' });
    expect(r.attachmentFiles).toEqual({ file_search: ['file_1'], code_interpreter: ['file_2'] });
    expect(r.losses.map((l) => l.code)).toEqual(['THREAD_TOOL_RESOURCES', 'ATTACHMENT', 'ATTACHMENT']);
  });

  it('accepts a bare array and a list page', () => {
    const m = message('user', [text('q')]);
    expect(convertThread([m]).items).toHaveLength(1);
    expect(convertThread({ object: 'list', data: [m] }).items).toHaveLength(1);
  });

  it.each([
    [null, '$'],
    [{ messages: 'x' }, 'messages'],
    [{ messages: [{ id: 'm', role: 'system', content: [] }] }, 'messages[0].role'],
    [{ messages: [{ id: 'm', role: 'user', content: [{ type: 'audio' }] }] }, 'messages[0].content[0].type'],
    [{ messages: [{ id: 'm', role: 'user', content: [{ type: 'image_file', image_file: {} }] }] }, 'messages[0].content[0].image_file.file_id'],
    [{ messages: [{ id: 'm', role: 'user', content: [{ type: 'text', text: { value: 'x', annotations: [{ type: 'file_path', start_index: 0, end_index: 1, text: '' }] } }] }] }, 'messages[0].content[0].text.annotations[0].file_path'],
    [{ messages: [], steps: [{ id: 's', run_id: 'r', status: 'completed', step_details: { type: 'tool_calls', tool_calls: [{ id: 'c', type: 'function', function: { name: 'f' } }] } }] }, 'steps[0].step_details.tool_calls[0].function.arguments'],
  ])('rejects invalid input %j with a ConversionError at %s', (input, path) => {
    let error: unknown;
    try {
      convertThread(input);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConversionError);
    expect((error as ConversionError).path).toBe(path);
    expect((error as ConversionError).message).toMatch(/^Failed to convert the thread: /);
  });
});
