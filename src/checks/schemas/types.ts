/** The schema language the object-shapes check reads: top-level fields, their JSON types, string enums. */
export type JsonType = 'string' | 'integer' | 'number' | 'boolean' | 'object' | 'array' | 'null' | 'any';

/** `t`: accepted types (`null` when nullable); `e`: the closed set of string values, when the spec has one. */
export interface FieldSchema {
  t: readonly JsonType[];
  e?: readonly string[];
}

export interface ObjectSchema {
  /** The spec component it comes from (components.schemas.<name>). */
  spec: string;
  required: readonly string[];
  fields: Readonly<Record<string, FieldSchema>>;
}

export interface SchemaTable {
  /** Keyed by the `object` field (`thread.run`, `response`, `vector_store.file`, …). */
  objects: Readonly<Record<string, ObjectSchema>>;
  /** Response output items keyed by `type` (OutputItem). */
  outputItems: Readonly<Record<string, ObjectSchema>>;
  /** Conversation items keyed by `type` (ConversationItem). */
  conversationItems: Readonly<Record<string, ObjectSchema>>;
  /** Responses stream events keyed by `type` (ResponseStreamEvent). */
  responseEvents: Readonly<Record<string, ObjectSchema>>;
  /** The error envelope `{ error }` and the error object inside it (also the Assistants `error` event data). */
  errorResponse: ObjectSchema;
  error: ObjectSchema;
}
