/**
 * The input boundary: Assistants objects as the API returns them (`unknown`, e.g. from a JSON
 * file) checked into wire types. Extra fields are kept and ignored; missing or mistyped fields
 * the conversion needs throw a ConversionError with the path.
 */
import { ConversionError } from './conversion-error.ts';
import { arr, metadata, num, obj, oneOf, optStr, str, type Obj } from './guards.ts';
import type { Message, RunStep, ThreadExport } from './wire-assistants.ts';

const DETAILS = ['auto', 'low', 'high'] as const;

function checkAnnotation(v: unknown, path: string): void {
  const a = obj(v, path);
  const type = oneOf(a['type'], ['file_citation', 'file_path'] as const, `${path}.type`);
  num(a['start_index'], `${path}.start_index`);
  num(a['end_index'], `${path}.end_index`);
  str(a['text'], `${path}.text`);
  str(obj(a[type], `${path}.${type}`)['file_id'], `${path}.${type}.file_id`);
}

function checkContent(v: unknown, path: string): void {
  const c = obj(v, path);
  const type = oneOf(c['type'], ['text', 'image_file', 'image_url', 'refusal'] as const, `${path}.type`);
  if (type === 'text') {
    const t = obj(c['text'], `${path}.text`);
    str(t['value'], `${path}.text.value`);
    arr(t['annotations'] ?? [], `${path}.text.annotations`).forEach((a, i) => checkAnnotation(a, `${path}.text.annotations[${i}]`));
  } else if (type === 'image_file') {
    const f = obj(c['image_file'], `${path}.image_file`);
    str(f['file_id'], `${path}.image_file.file_id`);
    if (f['detail'] !== undefined && f['detail'] !== null) oneOf(f['detail'], DETAILS, `${path}.image_file.detail`);
  } else if (type === 'image_url') {
    const u = obj(c['image_url'], `${path}.image_url`);
    str(u['url'], `${path}.image_url.url`);
    if (u['detail'] !== undefined && u['detail'] !== null) oneOf(u['detail'], DETAILS, `${path}.image_url.detail`);
  } else {
    str(c['refusal'], `${path}.refusal`);
  }
}

const optNum = (v: unknown, path: string): void => {
  if (v !== undefined && v !== null) num(v, path);
};
const strArray = (v: unknown, path: string): void => {
  if (v !== undefined && v !== null) arr(v, path).forEach((x, i) => str(x, `${path}[${i}]`));
};

function checkAttachment(v: unknown, path: string): void {
  const a = obj(v, path);
  optStr(a['file_id'], `${path}.file_id`);
  arr(a['tools'] ?? [], `${path}.tools`).forEach((t, i) => oneOf(obj(t, `${path}.tools[${i}]`)['type'], ['code_interpreter', 'file_search'] as const, `${path}.tools[${i}].type`));
}

export function parseMessage(v: unknown, path = 'message'): Message {
  const m = obj(v, path);
  str(m['id'], `${path}.id`);
  oneOf(m['role'], ['user', 'assistant'] as const, `${path}.role`);
  arr(m['content'], `${path}.content`).forEach((c, i) => checkContent(c, `${path}.content[${i}]`));
  if (m['attachments'] !== undefined && m['attachments'] !== null) arr(m['attachments'], `${path}.attachments`).forEach((a, i) => checkAttachment(a, `${path}.attachments[${i}]`));
  metadata(m['metadata'], `${path}.metadata`);
  optStr(m['run_id'], `${path}.run_id`);
  if (m['status'] !== undefined) oneOf(m['status'], ['in_progress', 'incomplete', 'completed'] as const, `${path}.status`);
  if (m['incomplete_details'] !== undefined && m['incomplete_details'] !== null) str(obj(m['incomplete_details'], `${path}.incomplete_details`)['reason'], `${path}.incomplete_details.reason`);
  return m as unknown as Message;
}

function checkToolCall(v: unknown, path: string): void {
  const t = obj(v, path);
  str(t['id'], `${path}.id`);
  const type = oneOf(t['type'], ['function', 'code_interpreter', 'file_search'] as const, `${path}.type`);
  const d = obj(t[type], `${path}.${type}`);
  if (type === 'function') {
    str(d['name'], `${path}.function.name`);
    str(d['arguments'], `${path}.function.arguments`);
    optStr(d['output'], `${path}.function.output`);
  } else if (type === 'code_interpreter') {
    str(d['input'], `${path}.code_interpreter.input`);
    arr(d['outputs'] ?? [], `${path}.code_interpreter.outputs`).forEach((o, i) => {
      const out = obj(o, `${path}.code_interpreter.outputs[${i}]`);
      const ot = oneOf(out['type'], ['logs', 'image'] as const, `${path}.code_interpreter.outputs[${i}].type`);
      if (ot === 'logs') str(out['logs'], `${path}.code_interpreter.outputs[${i}].logs`);
      else str(obj(out['image'], `${path}.code_interpreter.outputs[${i}].image`)['file_id'], `${path}.code_interpreter.outputs[${i}].image.file_id`);
    });
  } else {
    if (d['ranking_options'] !== undefined && d['ranking_options'] !== null) obj(d['ranking_options'], `${path}.file_search.ranking_options`);
    if (d['results'] !== undefined && d['results'] !== null) {
      arr(d['results'], `${path}.file_search.results`).forEach((r, i) => {
        const rp = `${path}.file_search.results[${i}]`;
        const res = obj(r, rp);
        str(res['file_id'], `${rp}.file_id`);
        str(res['file_name'], `${rp}.file_name`);
        num(res['score'], `${rp}.score`);
        if (res['content'] !== undefined && res['content'] !== null) arr(res['content'], `${rp}.content`).forEach((c, j) => optStr(obj(c, `${rp}.content[${j}]`)['text'], `${rp}.content[${j}].text`));
      });
    }
  }
}

export function parseRunStep(v: unknown, path = 'step'): RunStep {
  const s = obj(v, path);
  str(s['id'], `${path}.id`);
  str(s['run_id'], `${path}.run_id`);
  optNum(s['created_at'], `${path}.created_at`);
  oneOf(s['status'], ['in_progress', 'cancelled', 'failed', 'completed', 'expired'] as const, `${path}.status`);
  if (s['last_error'] !== undefined && s['last_error'] !== null) {
    const e = obj(s['last_error'], `${path}.last_error`);
    str(e['code'], `${path}.last_error.code`);
    str(e['message'], `${path}.last_error.message`);
  }
  const details = obj(s['step_details'], `${path}.step_details`);
  const type = oneOf(details['type'], ['message_creation', 'tool_calls'] as const, `${path}.step_details.type`);
  if (type === 'message_creation') str(obj(details['message_creation'], `${path}.step_details.message_creation`)['message_id'], `${path}.step_details.message_creation.message_id`);
  else arr(details['tool_calls'], `${path}.step_details.tool_calls`).forEach((t, i) => checkToolCall(t, `${path}.step_details.tool_calls[${i}]`));
  return s as unknown as RunStep;
}

/**
 * A thread export: `{thread?, messages, steps?}`, a bare array of messages, or a messages list
 * page (`{object: 'list', data: [...]}`).
 */
export function parseThreadExport(v: unknown): ThreadExport {
  if (Array.isArray(v)) return { messages: v.map((m, i) => parseMessage(m, `[${i}]`)) };
  const o: Obj = obj(v, '$');
  if (o['object'] === 'list') return { messages: arr(o['data'], 'data').map((m, i) => parseMessage(m, `data[${i}]`)) };
  if (!('messages' in o)) throw new ConversionError('$', 'expected {messages: [...]}, an array of messages or a messages list page');
  const out: ThreadExport = { messages: arr(o['messages'], 'messages').map((m, i) => parseMessage(m, `messages[${i}]`)) };
  if (o['steps'] !== undefined) out.steps = arr(o['steps'], 'steps').map((s, i) => parseRunStep(s, `steps[${i}]`));
  if (o['thread'] !== undefined && o['thread'] !== null) {
    const t = obj(o['thread'], 'thread');
    metadata(t['metadata'], 'thread.metadata');
    if (t['tool_resources'] !== undefined && t['tool_resources'] !== null) {
      const tr = obj(t['tool_resources'], 'thread.tool_resources');
      if (tr['file_search'] !== undefined && tr['file_search'] !== null) strArray(obj(tr['file_search'], 'thread.tool_resources.file_search')['vector_store_ids'], 'thread.tool_resources.file_search.vector_store_ids');
      if (tr['code_interpreter'] !== undefined && tr['code_interpreter'] !== null) strArray(obj(tr['code_interpreter'], 'thread.tool_resources.code_interpreter')['file_ids'], 'thread.tool_resources.code_interpreter.file_ids');
    }
    out.thread = t as unknown as NonNullable<ThreadExport['thread']>;
  }
  return out;
}
