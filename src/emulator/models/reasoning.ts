/**
 * Which emulated models are reasoning models (o-series, gpt-5 family): they reject sampling
 * parameters such as `temperature` and `top_p` with the service's error, and under the Responses
 * API they emit reasoning items.
 */
export function isReasoningModel(model: string): boolean {
  return /^(o\d|gpt-5)/.test(model);
}
