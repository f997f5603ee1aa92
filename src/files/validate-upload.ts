/**
 * Client-side check a user runs before uploading a file for a tool: the extension is on the
 * tool's list (extensions.ts), the size is at most 512 MB, and a text file is utf-8, utf-16 or
 * ascii. Problems come back as values; `assertUpload` throws a HarnessError for scripts.
 */
import { HarnessError } from '../errors/harness-error.ts';
import { EXTENSIONS, extensionOf, MAX_FILE_BYTES, SUPPORTED, type Tool } from './extensions.ts';
import { detectTextEncoding, type TextEncoding } from './text-encoding.ts';

export type UploadRule = 'UPLOAD_NO_EXTENSION' | 'UPLOAD_UNSUPPORTED_EXTENSION' | 'UPLOAD_TOO_LARGE' | 'UPLOAD_EMPTY' | 'UPLOAD_TEXT_ENCODING' | 'UPLOAD_SIZE_UNKNOWN';

export interface UploadProblem {
  rule: UploadRule;
  message: string;
}

export type UploadInput = { filename: string; tool: Tool } & ({ bytes: Uint8Array; size?: number } | { size: number; bytes?: undefined });

export interface UploadVerdict {
  ok: boolean;
  ext: string;
  /** For text files whose bytes were given. */
  encoding: TextEncoding | null;
  problems: UploadProblem[];
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export function validateUpload(input: UploadInput): UploadVerdict {
  const problems: UploadProblem[] = [];
  const { filename, tool } = input;
  const ext = extensionOf(filename);
  const list = SUPPORTED[tool];
  const subject = `${JSON.stringify(filename)} for ${tool}`;
  if (!ext) {
    problems.push({ rule: 'UPLOAD_NO_EXTENSION', message: `Failed to validate ${subject}: the file name has no extension, and the service decides support by extension. Rename it with one of ${list.extensions.join(' ')}.` });
  } else if (!list.extensions.includes(ext)) {
    const other = (Object.keys(SUPPORTED) as Tool[]).filter((t) => t !== tool && SUPPORTED[t].extensions.includes(ext));
    problems.push({
      rule: 'UPLOAD_UNSUPPORTED_EXTENSION',
      message: `Failed to validate ${subject}: ${ext} is not supported by ${tool} (the service answers 400 unsupported_file when the file is attached). ${other.length ? `Use it with ${other.join(', ')}, or convert it` : 'Convert it'} to one of ${list.extensions.join(' ')} (list: ${list.source}, read ${list.readOn}).`,
    });
  }
  const size = input.bytes ? input.bytes.length : input.size;
  if (!Number.isFinite(size) || size < 0) {
    problems.push({ rule: 'UPLOAD_SIZE_UNKNOWN', message: `Failed to validate ${subject}: the size ${String(size)} is not a byte count. Pass bytes, or size as a non-negative number.` });
  } else if (size > MAX_FILE_BYTES) {
    problems.push({ rule: 'UPLOAD_TOO_LARGE', message: `Failed to validate ${subject}: it is ${mb(size)}, over the 512 MB limit per file. Split it into smaller files.` });
  } else if (size === 0) {
    problems.push({ rule: 'UPLOAD_EMPTY', message: `Failed to validate ${subject}: the file is empty, and an empty file fails indexing (per-file status failed). Upload a file with content.` });
  }
  let encoding: TextEncoding | null = null;
  if (input.bytes && EXTENSIONS[ext]?.kind === 'text' && input.bytes.length > 0) {
    encoding = detectTextEncoding(input.bytes);
    if (!encoding) {
      problems.push({ rule: 'UPLOAD_TEXT_ENCODING', message: `Failed to validate ${subject}: ${ext} is a text format and its bytes are not utf-8, utf-16 or ascii. Re-encode it as utf-8 (e.g. iconv -f latin1 -t utf-8).` });
    }
  }
  return { ok: problems.length === 0, ext, encoding, problems };
}

/** Throws the first problem as a HarnessError (code INPUT_UNREADABLE); returns the verdict otherwise. */
export function assertUpload(input: UploadInput): UploadVerdict {
  const v = validateUpload(input);
  const first = v.problems[0];
  if (first) throw new HarnessError('INPUT_UNREADABLE', first.message, v.problems.length > 1 ? { hint: v.problems.slice(1).map((p) => p.message).join('\n') } : {});
  return v;
}
