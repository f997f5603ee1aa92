/**
 * The schemas of the items the converter writes, transcribed from the OpenAPI spec
 * (components.schemas of the same names; `InputItem` narrowed to the kinds we produce, and the
 * two request bodies with their `maxItems: 20`). Data, not code: item-schemas.spec.test.ts
 * cross-checks every entry against ../shared/openapi/openapi.yaml when it is present.
 */
import type { Schema, SchemaTable } from './json-schema.ts';

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const nullable = (s: Schema): Schema => ({ anyOf: [s, { type: 'null' }] });
const constant = (v: string): Schema => ({ type: 'string', enum: [v] });
const status3 = { type: 'string', enum: ['in_progress', 'completed', 'incomplete'] } as const;

export const ITEM_SCHEMAS: SchemaTable = {
  InputItem: { oneOf: [ref('EasyInputMessage'), ref('OutputMessage'), ref('FunctionToolCall'), ref('FunctionCallOutputItemParam'), ref('CodeInterpreterToolCall'), ref('FileSearchToolCall')] },
  EasyInputMessage: {
    type: 'object',
    required: ['role', 'content'],
    properties: { role: { type: 'string', enum: ['user', 'assistant', 'system', 'developer'] }, content: { oneOf: [{ type: 'string' }, ref('InputMessageContentList')] }, type: constant('message') },
  },
  InputMessageContentList: { type: 'array', items: ref('InputContent') },
  InputContent: { oneOf: [ref('InputTextContent'), ref('InputImageContent')] },
  InputTextContent: { type: 'object', required: ['type', 'text'], properties: { type: constant('input_text'), text: { type: 'string' } } },
  InputImageContent: {
    type: 'object',
    required: ['type', 'detail'],
    properties: { type: constant('input_image'), image_url: nullable({ type: 'string' }), file_id: nullable({ type: 'string' }), detail: ref('ImageDetail') },
  },
  ImageDetail: { type: 'string', enum: ['low', 'high', 'auto', 'original'] },
  OutputMessage: {
    type: 'object',
    required: ['id', 'type', 'role', 'content', 'status'],
    properties: { id: { type: 'string' }, type: constant('message'), role: constant('assistant'), content: { type: 'array', items: ref('OutputMessageContent') }, status: status3 },
  },
  OutputMessageContent: { oneOf: [ref('OutputTextContent'), ref('RefusalContent')] },
  OutputTextContent: {
    type: 'object',
    required: ['type', 'text', 'annotations', 'logprobs'],
    properties: { type: constant('output_text'), text: { type: 'string' }, annotations: { type: 'array', items: ref('Annotation') }, logprobs: { type: 'array' } },
  },
  Annotation: { oneOf: [ref('FileCitationBody'), ref('FilePath')] },
  FileCitationBody: { type: 'object', required: ['type', 'file_id', 'index', 'filename'], properties: { type: constant('file_citation'), file_id: { type: 'string' }, index: { type: 'integer' }, filename: { type: 'string' } } },
  FilePath: { type: 'object', required: ['type', 'file_id', 'index'], properties: { type: constant('file_path'), file_id: { type: 'string' }, index: { type: 'integer' } } },
  RefusalContent: { type: 'object', required: ['type', 'refusal'], properties: { type: constant('refusal'), refusal: { type: 'string' } } },
  FunctionToolCall: {
    type: 'object',
    required: ['type', 'call_id', 'name', 'arguments'],
    properties: { id: { type: 'string' }, type: constant('function_call'), call_id: { type: 'string' }, name: { type: 'string' }, arguments: { type: 'string' }, status: status3 },
  },
  FunctionCallOutputItemParam: {
    type: 'object',
    required: ['type', 'output'],
    properties: { id: nullable({ type: 'string' }), call_id: nullable({ type: 'string', maxLength: 64, minLength: 1 }), type: constant('function_call_output'), output: { oneOf: [{ type: 'string', maxLength: 10485760 }, { type: 'array' }] } },
  },
  CodeInterpreterToolCall: {
    type: 'object',
    required: ['type', 'id', 'status', 'container_id', 'code', 'outputs'],
    properties: {
      type: constant('code_interpreter_call'),
      id: { type: 'string' },
      status: { type: 'string', enum: ['in_progress', 'completed', 'incomplete', 'interpreting', 'failed'] },
      container_id: { type: 'string' },
      code: nullable({ type: 'string' }),
      outputs: nullable({ type: 'array', items: { oneOf: [ref('CodeInterpreterOutputLogs'), ref('CodeInterpreterOutputImage')] } }),
    },
  },
  CodeInterpreterOutputLogs: { type: 'object', required: ['type', 'logs'], properties: { type: constant('logs'), logs: { type: 'string' } } },
  CodeInterpreterOutputImage: { type: 'object', required: ['type', 'url'], properties: { type: constant('image'), url: { type: 'string' } } },
  FileSearchToolCall: {
    type: 'object',
    required: ['id', 'type', 'status', 'queries'],
    properties: {
      id: { type: 'string' },
      type: constant('file_search_call'),
      status: { type: 'string', enum: ['in_progress', 'searching', 'completed', 'incomplete', 'failed'] },
      queries: { type: 'array', items: { type: 'string' } },
      results: nullable({ type: 'array', items: { type: 'object', properties: { file_id: { type: 'string' }, text: { type: 'string' }, filename: { type: 'string' }, score: { type: 'number' } } } }),
    },
  },
  CreateConversationBody: {
    type: 'object',
    properties: { metadata: nullable({ type: 'object' }), items: nullable({ type: 'array', items: ref('InputItem'), maxItems: 20 }) },
  },
  CreateConversationItemsBody: { type: 'object', required: ['items'], properties: { items: { type: 'array', items: ref('InputItem'), maxItems: 20 } } },
};
