/**
 * The file_search extension list as data: the 21 extensions of the official File Search table
 * ("Keep this table in sync with RETRIEVAL_SUPPORTED_EXTENSIONS"), and the 400 the service sends
 * when a vector store is given a file with any other extension.
 */
import { ApiError } from '../errors.ts';

export const RETRIEVAL_EXTENSIONS = ['.c', '.cpp', '.cs', '.css', '.doc', '.docx', '.go', '.html', '.java', '.js', '.json', '.md', '.pdf', '.php', '.pptx', '.py', '.rb', '.sh', '.tex', '.ts', '.txt'] as const;

const SUPPORTED = new Set<string>(RETRIEVAL_EXTENSIONS);

/** `.PDF` → `.pdf`; a name without a dot has the extension `''`. */
export function extensionOf(filename: string): string {
  const base = filename.slice(filename.lastIndexOf('/') + 1);
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i).toLowerCase();
}

export function isRetrievalSupported(filename: string): boolean {
  return SUPPORTED.has(extensionOf(filename));
}

/** The service's text, one bracketed list of the offending extensions (in request order, no duplicates). */
export function unsupportedFiles(filenames: readonly string[], param: string): ApiError {
  const exts = [...new Set(filenames.map((f) => extensionOf(f) || '(none)'))];
  return new ApiError(
    400,
    `Files with extensions [${exts.join(', ')}] are not supported for retrieval. See https://platform.openai.com/docs/assistants/tools/file-search/supported-files`,
    'invalid_request_error',
    param,
    'unsupported_file',
  );
}
