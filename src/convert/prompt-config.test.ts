import { describe, expect, it } from 'vitest';
import { ConversionError } from './conversion-error.ts';
import { convertAssistant } from './prompt-config.ts';
import { convertRunParams } from './response-params.ts';

const assistant = {
  id: 'asst_1',
  object: 'assistant',
  created_at: 1,
  name: 'Tutor',
  description: null,
  model: 'gpt-4o',
  instructions: 'Be brief.',
  metadata: {},
  temperature: 0.2,
  top_p: 0.9,
  response_format: { type: 'json_schema', json_schema: { name: 'answer', schema: { type: 'object' }, strict: true } },
  tools: [
    { type: 'function', function: { name: 'lookup', description: 'find', parameters: { type: 'object', properties: {} } } },
    { type: 'file_search', file_search: { max_num_results: 5, ranking_options: { ranker: 'default_2024_08_21', score_threshold: 0.3 } } },
    { type: 'code_interpreter' },
  ],
  tool_resources: { file_search: { vector_store_ids: ['vs_1'] }, code_interpreter: { file_ids: ['file_x'] } },
};

describe('convertAssistant', () => {
  it('maps model, instructions, tools with resources, sampling and response_format', () => {
    const { config, losses } = convertAssistant(assistant);
    expect(config).toEqual({
      model: 'gpt-4o',
      instructions: 'Be brief.',
      temperature: 0.2,
      top_p: 0.9,
      text: { format: { type: 'json_schema', name: 'answer', schema: { type: 'object' }, strict: true } },
      tools: [
        { type: 'function', name: 'lookup', description: 'find', parameters: { type: 'object', properties: {} }, strict: null },
        { type: 'file_search', vector_store_ids: ['vs_1'], max_num_results: 5, ranking_options: { score_threshold: 0.3 } },
        { type: 'code_interpreter', container: { type: 'auto', file_ids: ['file_x'] } },
      ],
    });
    expect(losses.map((l) => l.code)).toEqual(['TOOL_FIELD', 'ASSISTANT_FIELD']);
  });
  it('gives no text config for auto and a container id when given', () => {
    const { config } = convertAssistant({ ...assistant, response_format: 'auto', tools: [{ type: 'code_interpreter' }] }, { containerId: 'cntr_9' });
    expect(config.text).toBeUndefined();
    expect(config.tools).toEqual([{ type: 'code_interpreter', container: 'cntr_9' }]);
  });
  it('rejects an assistant without a model', () => {
    expect(() => convertAssistant({ tools: [] })).toThrow(ConversionError);
  });
});

describe('convertRunParams', () => {
  it('maps run parameters onto response parameters', () => {
    const base = convertAssistant(assistant).config;
    const { config, losses } = convertRunParams(
      {
        additional_instructions: 'Use metric units.',
        max_completion_tokens: 300,
        max_prompt_tokens: 1000,
        truncation_strategy: { type: 'auto' },
        tool_choice: { type: 'function', function: { name: 'lookup' } },
        parallel_tool_calls: false,
        reasoning_effort: 'low',
        metadata: { a: 'b' },
        response_format: { type: 'json_object' },
        additional_messages: [{ role: 'user', content: 'and tomorrow?' }],
      },
      { base, conversation: 'conv_1' },
    );
    expect(config).toMatchObject({
      model: 'gpt-4o',
      conversation: 'conv_1',
      instructions: 'Be brief.\nUse metric units.',
      max_output_tokens: 300,
      truncation: 'auto',
      tool_choice: { type: 'function', name: 'lookup' },
      parallel_tool_calls: false,
      reasoning: { effort: 'low' },
      metadata: { a: 'b' },
      text: { format: { type: 'json_object' } },
      input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'and tomorrow?' }] }],
    });
    expect(losses.map((l) => l.code)).toEqual(['RUN_FIELD']);
  });
  it('run instructions override, last_messages truncation is reported, hosted tool choices map', () => {
    const { config, losses } = convertRunParams({ instructions: 'Other.', truncation_strategy: { type: 'last_messages', last_messages: 3 }, tool_choice: { type: 'file_search' } }, { base: { model: 'm', instructions: 'Base.' } });
    expect(config.instructions).toBe('Other.');
    expect(config.truncation).toBeUndefined();
    expect(config.tool_choice).toEqual({ type: 'file_search' });
    expect(losses.map((l) => l.where)).toEqual(['run.truncation_strategy']);
  });
  it('rejects a function tool_choice without a name', () => {
    expect(() => convertRunParams({ tool_choice: { type: 'function' } })).toThrow(ConversionError);
  });
});
