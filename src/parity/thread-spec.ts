/**
 * Generated threads the Assistants API can create (text, image_file, image_url with detail,
 * both roles, metadata, unicode, long text), ending in a user turn that may carry an emulator
 * directive (say / refuse / call a function / several deltas). Used by the equivalence property.
 */
import fc from 'fast-check';
import type { MessageContentPartParam } from 'openai/resources/beta/threads/messages';

export interface ThreadSpec {
  instructions: string | null;
  messages: { role: 'user' | 'assistant'; content: MessageContentPartParam[]; metadata: Record<string, string> }[];
  /** A function tool the assistant declares (the ask may call it). */
  tool: { name: string; output: string } | null;
}

const text = fc.oneof(
  { weight: 6, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.tuple(fc.string({ minLength: 1, maxLength: 6 }), fc.integer({ min: 100, max: 1500 })).map(([s, n]) => s.repeat(n)) },
).map((s) => s.replace(/\[\[oaic:/g, '[[x:'));
const detail = fc.constantFrom<'auto' | 'low' | 'high'>('auto', 'low', 'high');
const partArb = (fileIds: readonly string[], images: boolean): fc.Arbitrary<MessageContentPartParam> => fc.oneof(
  { weight: 5, arbitrary: text.map((t): MessageContentPartParam => ({ type: 'text', text: t })) },
  ...(images && fileIds.length ? [{ weight: 1, arbitrary: fc.tuple(fc.constantFrom(...fileIds), detail).map(([file_id, d]): MessageContentPartParam => ({ type: 'image_file', image_file: { file_id, detail: d } })) }] : []),
  ...(images ? [{ weight: 1, arbitrary: fc.tuple(fc.webUrl(), detail).map(([url, d]): MessageContentPartParam => ({ type: 'image_url', image_url: { url, detail: d } })) }] : []),
);
const textPartArb = text.map((t): MessageContentPartParam => ({ type: 'text', text: t }));
const metadataArb = fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.string({ maxLength: 12 }), { maxKeys: 2 });
/**
 * User turns mix text and images; assistant turns hold text only: images cannot be part of an
 * assistant turn in a conversation (reported as ASSISTANT_IMAGE), so such threads are outside
 * "where both sides can express it".
 */
const messageArb = (fileIds: readonly string[], images: boolean) => fc.oneof(
  fc.record({ role: fc.constant('user' as const), content: fc.array(partArb(fileIds, images), { minLength: 1, maxLength: 3 }), metadata: metadataArb }),
  fc.record({ role: fc.constant('assistant' as const), content: fc.array(textPartArb, { minLength: 1, maxLength: 3 }), metadata: metadataArb }),
);
const DIRECTIVES = ['', ' [[oaic:say Exactly this.]]', ' [[oaic:refuse]]', ' [[oaic:deltas 5]]', ' [[oaic:call lookup {"q":"x"}]]'] as const;

export interface ThreadSpecOptions {
  /** Image parts in user turns (default true). */
  images?: boolean;
  /** Emulator directives in the ask (default true; a live model just reads them as text). */
  directives?: boolean;
  maxHistory?: number;
}

/** `fileIds`: uploaded image files the image_file parts may reference (the API checks they exist). */
export const threadSpecArb = (fileIds: readonly string[], o: ThreadSpecOptions = {}): fc.Arbitrary<ThreadSpec> => fc
  .record({
    instructions: fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 40 }), { nil: null }),
    history: fc.array(messageArb(fileIds, o.images !== false), { maxLength: o.maxHistory ?? 24 }),
    ask: text,
    directive: o.directives === false ? fc.constant('') : fc.constantFrom(...DIRECTIVES),
    toolOutput: fc.string({ unit: 'grapheme', maxLength: 20 }),
  })
  .map(({ instructions, history, ask, directive, toolOutput }) => ({
    instructions,
    messages: [...history, { role: 'user' as const, content: [{ type: 'text' as const, text: ask + directive }], metadata: {} }],
    tool: directive.includes('call') ? { name: 'lookup', output: toolOutput || '{}' } : null,
  }));
