/**
 * Invalid input to a conversion: a typed error with the path into the input, never a crash.
 * A HarnessError with code CONVERSION_FAILED, so the CLI prints it and exits 2.
 */
import { HarnessError } from '../errors/harness-error.ts';

export class ConversionError extends HarnessError {
  /** Path into the input, e.g. `messages[2].content[0].image_file.file_id`. */
  readonly path: string;
  readonly reason: string;

  constructor(path: string, reason: string, options: { subject?: string; cause?: unknown } = {}) {
    super(
      'CONVERSION_FAILED',
      `Failed to convert ${options.subject ?? 'the thread'}: ${path}: ${reason}. Fix the input (it must be Assistants API objects as the API returns them) or report the shape if the API sent it.`,
      options.cause === undefined ? {} : { cause: options.cause },
    );
    this.path = path;
    this.reason = reason;
  }
}

export const isConversionError = (e: unknown): e is ConversionError => e instanceof ConversionError;
