/**
 * Sampling parameters (`temperature`, `top_p`) against reasoning models, shared by assistants
 * and runs. The service rejects them for reasoning models. Known issue 6: the service stored
 * temperature/top_p 1 for every assistant and then rejected switching it to a reasoning model
 * (param `model`, code `unsupported_model`), and runs overriding the model with one failed the
 * same way; the fault `reasoning-stored-temperature` reproduces that.
 */
import { badRequest } from '../errors.ts';
import { hasFault } from '../faults.ts';
import type { EmuRequest } from '../http.ts';
import { isReasoningModel } from '../models/reasoning.ts';

export const STORED_TEMPERATURE_FAULT = 'reasoning-stored-temperature';

export const unsupportedTemperature = (param: 'temperature' | 'top_p' | 'model', code = 'unsupported_parameter') =>
  badRequest(`Unsupported parameter: '${param === 'top_p' ? 'top_p' : 'temperature'}' is not supported with this model.`, param, code);

export interface Sampling {
  temperature: number | null;
  top_p: number | null;
}

/** Sampling values given explicitly with a reasoning model are always rejected. */
export function rejectExplicitSampling(model: string, given: { temperature?: number | null | undefined; top_p?: number | null | undefined }): void {
  if (!isReasoningModel(model)) return;
  if (typeof given.temperature === 'number') throw unsupportedTemperature('temperature');
  if (typeof given.top_p === 'number') throw unsupportedTemperature('top_p');
}

/** Defaults on create: 1/1 for sampling models; null for reasoning models unless the fault is on. */
export function defaultSampling(req: EmuRequest, model: string): Sampling {
  if (isReasoningModel(model) && !hasFault(req, STORED_TEMPERATURE_FAULT)) return { temperature: null, top_p: null };
  return { temperature: 1, top_p: 1 };
}

/**
 * Effective sampling after an update that may change the model. Correct behaviour: switching to a
 * reasoning model clears stored sampling values. Under the fault, stored values stay and the
 * update is refused with the error the reports quote.
 */
export function samplingAfterModelChange(req: EmuRequest, model: string, stored: Sampling): Sampling {
  if (!isReasoningModel(model)) return stored;
  if (hasFault(req, STORED_TEMPERATURE_FAULT)) {
    if (stored.temperature !== null || stored.top_p !== null) throw unsupportedTemperature('model', 'unsupported_model');
    return stored;
  }
  return { temperature: null, top_p: null };
}
