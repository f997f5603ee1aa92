/** Options of a conversion (all optional; defaults follow the spec). */
export interface ConvertOptions {
  /**
   * How assistant turns are written. `output_message` (default): the spec's OutputMessage with
   * the message id and status, output_text with annotations, refusal. `plain`: plain content
   * (`{role: 'assistant', content: '<text>'}`), which drops annotations and merges parts
   * (reported). Either way images cannot be part of an assistant turn (the service takes only
   * output_text and refusal there): they are reported as ASSISTANT_IMAGE.
   */
  assistantShape?: 'output_message' | 'plain';
  /** Filenames for file citations (Responses requires one); the file id stands in otherwise. */
  filenames?: Readonly<Record<string, string>>;
  /** Container id written on code_interpreter_call items (the Assistants side has none). */
  containerId?: string;
  /** Convert run steps into tool-call items (default true when steps are given). */
  includeSteps?: boolean;
}

export const DEFAULT_CONTAINER_ID = 'cntr_unknown_from_assistants';
