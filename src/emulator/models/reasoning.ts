/**
 * Which emulated models are reasoning models (o-series, gpt-5 family): they reject sampling
 * parameters such as `temperature` and `top_p` with the service's error, and under the Responses
 * API they emit reasoning items.
 */
export function isReasoningModel(model: string): boolean {
  return /^(o\d|gpt-5)/.test(model);
}

/**
 * Open-weight reasoning models (gpt-oss-*) expose their raw chain of thought: their reasoning
 * items carry `content: [{ type: 'reasoning_text', text }]`, streamed with
 * `response.reasoning_text.delta` / `.done`. They accept sampling parameters (not in isReasoningModel).
 */
export function emitsReasoningText(model: string): boolean {
  return /^gpt-oss/.test(model);
}
