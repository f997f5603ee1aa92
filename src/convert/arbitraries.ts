/**
 * fast-check arbitraries for realistic threads: both roles, text (empty, unicode, very long)
 * with file_citation / file_path annotations, image_file and image_url with and without detail,
 * refusals, attachments with their tools, metadata, incomplete messages, and runs with
 * tool-call steps (function with and without output, code interpreter, file search). Ids are
 * unique and created_at increases, like a real thread.
 */
import fc from 'fast-check';
import type { Message, MessageContent, RunStep, ThreadExport, ToolCall } from './wire-assistants.ts';

export const fileIdArb = fc.stringMatching(/^file-[A-Za-z0-9]{4,10}$/);
const detailArb = fc.option(fc.constantFrom<'auto' | 'low' | 'high'>('auto', 'low', 'high'), { nil: undefined });

/** Text: mostly short unicode, sometimes empty, sometimes very long. */
export const textValueArb = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', maxLength: 60 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 8 }), fc.integer({ min: 500, max: 4000 })).map(([s, n]) => s.repeat(n)) },
);

function annotationsFor(value: string): fc.Arbitrary<Extract<MessageContent, { type: 'text' }>['text']['annotations']> {
  const span = fc.tuple(fc.nat({ max: value.length }), fc.nat({ max: value.length })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
  const ann = fc.tuple(fc.constantFrom('file_citation', 'file_path'), span, fileIdArb).map(([type, [s, e], file_id]) =>
    type === 'file_citation'
      ? { type: 'file_citation' as const, text: value.slice(s, e), start_index: s, end_index: e, file_citation: { file_id } }
      : { type: 'file_path' as const, text: value.slice(s, e), start_index: s, end_index: e, file_path: { file_id } },
  );
  return fc.array(ann, { maxLength: 3 });
}

const textPart = (withAnnotations: boolean): fc.Arbitrary<MessageContent> =>
  textValueArb.chain((value) => (withAnnotations ? annotationsFor(value) : fc.constant<Extract<MessageContent, { type: 'text' }>['text']['annotations']>([])).map((annotations): MessageContent => ({ type: 'text', text: { value, annotations } })));

const imageFilePart = fc.tuple(fileIdArb, detailArb).map(([file_id, detail]): MessageContent => ({ type: 'image_file', image_file: detail ? { file_id, detail } : { file_id } }));
const imageUrlPart = fc.tuple(fc.webUrl({ withQueryParameters: true }), detailArb).map(([url, detail]): MessageContent => ({ type: 'image_url', image_url: detail ? { url, detail } : { url } }));
const refusalPart = textValueArb.map((refusal): MessageContent => ({ type: 'refusal', refusal }));

export interface PartKinds {
  images?: boolean;
  refusals?: boolean;
  annotations?: boolean;
}

export function contentArb(role: Message['role'], kinds: PartKinds = {}): fc.Arbitrary<MessageContent[]> {
  const parts: fc.WeightedArbitrary<MessageContent>[] = [{ weight: 5, arbitrary: textPart(role === 'assistant' && kinds.annotations !== false) }];
  if (kinds.images !== false) parts.push({ weight: 2, arbitrary: imageFilePart }, { weight: 2, arbitrary: imageUrlPart });
  if (role === 'assistant' && kinds.refusals !== false) parts.push({ weight: 1, arbitrary: refusalPart });
  return fc.array(fc.oneof(...parts), { minLength: 0, maxLength: 4 });
}

const attachmentsArb = fc.array(
  fc.record({ file_id: fileIdArb, tools: fc.subarray([{ type: 'code_interpreter' as const }, { type: 'file_search' as const }]) }),
  { maxLength: 2 },
);
const metadataArb = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 20 }), { maxKeys: 3 });

type ToolSpec = { kind: 'function'; name: string; args: string; output: string | null } | { kind: 'code'; input: string; logs: string[]; image: boolean } | { kind: 'search'; results: number };
const toolSpecArb: fc.Arbitrary<ToolSpec> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('function' as const), name: fc.stringMatching(/^[a-z_]{1,16}$/), args: fc.jsonValue().map((v) => JSON.stringify(v)), output: fc.option(fc.string({ unit: 'grapheme', maxLength: 40 }), { nil: null, freq: 6 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('code' as const), input: fc.string({ maxLength: 40 }), logs: fc.array(fc.string({ maxLength: 20 }), { maxLength: 2 }), image: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('search' as const), results: fc.nat({ max: 3 }) }) },
);

interface MessageSpec {
  role: Message['role'];
  content: MessageContent[];
  attachments: Message.Attachment[];
  metadata: Record<string, string>;
  tools: ToolSpec[][];
}

function messageSpecArb(kinds: PartKinds, withSteps: boolean): fc.Arbitrary<MessageSpec> {
  return fc.constantFrom<Message['role']>('user', 'assistant').chain((role) =>
    fc.record({
      role: fc.constant(role),
      content: contentArb(role, kinds),
      attachments: role === 'user' ? attachmentsArb : fc.constant([]),
      metadata: metadataArb,
      tools: role === 'assistant' && withSteps ? fc.array(fc.array(toolSpecArb, { minLength: 1, maxLength: 3 }), { maxLength: 2 }) : fc.constant([]),
    }),
  );
}

function buildToolCall(spec: ToolSpec, id: string): ToolCall {
  switch (spec.kind) {
    case 'function': return { id, type: 'function', function: { name: spec.name, arguments: spec.args, output: spec.output } };
    case 'code': return { id, type: 'code_interpreter', code_interpreter: { input: spec.input, outputs: [...spec.logs.map((logs) => ({ type: 'logs' as const, logs })), ...(spec.image ? [{ type: 'image' as const, image: { file_id: `file-img${id}` } }] : [])] } };
    case 'search': return { id, type: 'file_search', file_search: { results: Array.from({ length: spec.results }, (_, k) => ({ file_id: `file-doc${k}`, file_name: `doc${k}.txt`, score: 0.5, content: [{ type: 'text' as const, text: `passage ${k}` }] })) } };
  }
}

export interface ThreadArbOptions extends PartKinds {
  minMessages?: number;
  maxMessages?: number;
  /** Runs with tool-call steps (default true). */
  steps?: boolean;
}

export function threadArb(options: ThreadArbOptions = {}): fc.Arbitrary<ThreadExport> {
  return fc.tuple(fc.array(messageSpecArb(options, options.steps !== false), { minLength: options.minMessages ?? 0, maxLength: Math.max(options.minMessages ?? 0, options.maxMessages ?? 30) }), fc.boolean()).map(([specs, incompleteLast]) => {
    const messages: Message[] = [];
    const steps: RunStep[] = [];
    let t = 1_700_000_000;
    specs.forEach((s, i) => {
      const id = `msg_${String(i).padStart(5, '0')}`;
      const runId = s.role === 'assistant' ? `run_${String(i).padStart(5, '0')}` : null;
      if (runId) {
        s.tools.forEach((calls, j) => steps.push(makeStep(`step_${i}_${j}`, runId, ++t, { type: 'tool_calls', tool_calls: calls.map((c, k) => buildToolCall(c, `call_${i}_${j}_${k}`)) })));
        steps.push(makeStep(`step_${i}_m`, runId, ++t, { type: 'message_creation', message_creation: { message_id: id } }));
      }
      const incomplete = s.role === 'assistant' && incompleteLast && i === specs.length - 1;
      messages.push({
        id, object: 'thread.message', created_at: ++t, thread_id: 'thread_prop', role: s.role, content: s.content,
        assistant_id: runId ? 'asst_prop' : null, run_id: runId, attachments: s.attachments, metadata: s.metadata,
        status: incomplete ? 'incomplete' : 'completed', completed_at: incomplete ? null : t, incomplete_at: incomplete ? t : null,
        incomplete_details: incomplete ? { reason: 'max_tokens' } : null,
      });
    });
    return { thread: { id: 'thread_prop', metadata: {}, tool_resources: null }, messages, steps };
  });
}

function makeStep(id: string, runId: string, t: number, step_details: RunStep['step_details']): RunStep {
  return { id, object: 'thread.run.step', created_at: t, run_id: runId, assistant_id: 'asst_prop', thread_id: 'thread_prop', type: step_details.type, status: 'completed', cancelled_at: null, completed_at: t, expired_at: null, failed_at: null, last_error: null, metadata: null, usage: null, step_details };
}
