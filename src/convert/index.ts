/**
 * The conversion library, usable on its own: Assistants threads, run steps, assistants and run
 * parameters → Conversations items and Responses parameters, with a typed report of losses.
 */
export { batches, batchStream } from './batch.ts';
export { ConversionError, isConversionError } from './conversion-error.ts';
export { convertThread, convertThreadExport, type ConversionResult } from './convert-thread.ts';
export { turnsOfItems, turnsOfMessages, turnsOfSteps } from './context-view.ts';
export { formatLoss, LossReport, type Loss, type LossCode } from './losses.ts';
export { convertMessage } from './message.ts';
export type { ConvertOptions } from './options.ts';
export { parseMessage, parseRunStep, parseThreadExport } from './parse.ts';
export { convertAssistant, convertResponseFormat, type PromptConfig } from './prompt-config.ts';
export { convertRunParams, convertToolChoice, type ResponseParams } from './response-params.ts';
export { convertStep } from './steps.ts';
export { ThreadConverter, type EmittedItem } from './thread-converter.ts';
export { validateBody, validateItem, validateItems } from './validate-items.ts';
export type * from './wire-assistants.ts';
export type * from './wire-conversations.ts';
export { MAX_ITEMS_PER_CALL } from './wire-conversations.ts';
