/** Options of a conversion (all optional; defaults follow the spec). */
export interface ConvertOptions {
  /**
   * How assistant turns are written. `output_message` (default): the spec's OutputMessage with
   * the message id and status, output_text with annotations. `input_content`: plain input content
   * (`{role: 'assistant', content: [input_text…]}`), which drops annotations (reported).
   * Assistant turns with images always use input content: OutputMessage holds no images.
   */
  assistantShape?: 'output_message' | 'input_content';
  /** Filenames for file citations (Responses requires one); the file id stands in otherwise. */
  filenames?: Readonly<Record<string, string>>;
  /** Container id written on code_interpreter_call items (the Assistants side has none). */
  containerId?: string;
  /** Convert run steps into tool-call items (default true when steps are given). */
  includeSteps?: boolean;
}

export const DEFAULT_CONTAINER_ID = 'cntr_unknown_from_assistants';
