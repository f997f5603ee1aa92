/**
 * The file extensions the Assistants tools accept, as data. Source: the official tables of the
 * Assistants Code Interpreter and File Search pages (the File Search table is marked "Keep this
 * table in sync with RETRIEVAL_SUPPORTED_EXTENSIONS in the agentapi service"), read from public
 * mirrors fetched 2026-06-27 and fact-checked 2026-11-22 (see docs/discoveries/file-formats.md):
 * - https://developers.openai.com/api/docs/assistants/tools/code-interpreter.md
 * - https://developers.openai.com/api/docs/assistants/tools/file-search.md
 * The lists are docs-level facts (enforcement changed over time, e.g. `.h` was accepted for months
 * and then rejected with 400 unsupported_file in 2026); they are not asserted against a live server.
 */

export const TOOLS = ['code_interpreter', 'file_search'] as const;
export type Tool = (typeof TOOLS)[number];

/** `text`: must be utf-8, utf-16 or ascii (text/* MIME types); `binary`: any bytes. */
export type ContentKind = 'text' | 'binary';

export interface ExtensionInfo {
  ext: string;
  mime: string;
  kind: ContentKind;
}

/** The MIME types of the official tables. */
export const EXTENSIONS: Record<string, ExtensionInfo> = Object.fromEntries(
  (
    [
      ['.c', 'text/x-c', 'text'],
      ['.cpp', 'text/x-c++', 'text'],
      ['.cs', 'text/x-csharp', 'text'],
      ['.css', 'text/css', 'text'],
      ['.csv', 'text/csv', 'text'],
      ['.doc', 'application/msword', 'binary'],
      ['.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'binary'],
      ['.gif', 'image/gif', 'binary'],
      ['.go', 'text/x-golang', 'text'],
      ['.html', 'text/html', 'text'],
      ['.java', 'text/x-java', 'text'],
      ['.jpeg', 'image/jpeg', 'binary'],
      ['.jpg', 'image/jpeg', 'binary'],
      ['.js', 'text/javascript', 'text'],
      ['.json', 'application/json', 'text'],
      ['.md', 'text/markdown', 'text'],
      ['.pdf', 'application/pdf', 'binary'],
      ['.php', 'text/x-php', 'text'],
      ['.pkl', 'application/octet-stream', 'binary'],
      ['.png', 'image/png', 'binary'],
      ['.pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 'binary'],
      ['.py', 'text/x-python', 'text'],
      ['.rb', 'text/x-ruby', 'text'],
      ['.sh', 'application/x-sh', 'text'],
      ['.tar', 'application/x-tar', 'binary'],
      ['.tex', 'text/x-tex', 'text'],
      ['.ts', 'application/typescript', 'text'],
      ['.txt', 'text/plain', 'text'],
      ['.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'binary'],
      ['.xml', 'application/xml', 'text'],
      ['.zip', 'application/zip', 'binary'],
    ] as const
  ).map(([ext, mime, kind]) => [ext, { ext, mime, kind }]),
);

export interface ToolList {
  tool: Tool;
  extensions: readonly string[];
  source: string;
  /** When the source was read (mirror fetch date). */
  readOn: string;
  notes: readonly string[];
}

export const SUPPORTED: Record<Tool, ToolList> = {
  code_interpreter: {
    tool: 'code_interpreter',
    // 30 entries; no .go.
    extensions: ['.c', '.cs', '.cpp', '.csv', '.doc', '.docx', '.html', '.java', '.json', '.md', '.pdf', '.php', '.pptx', '.py', '.rb', '.tex', '.txt', '.css', '.js', '.sh', '.ts', '.jpeg', '.jpg', '.gif', '.pkl', '.png', '.tar', '.xlsx', '.xml', '.zip'],
    source: 'https://developers.openai.com/api/docs/assistants/tools/code-interpreter.md',
    readOn: '2026-06-27',
    notes: ['The seed list misses .cs, .doc, .sh and .pkl.'],
  },
  file_search: {
    tool: 'file_search',
    // 21 entries.
    extensions: ['.c', '.cpp', '.cs', '.css', '.doc', '.docx', '.go', '.html', '.java', '.js', '.json', '.md', '.pdf', '.php', '.pptx', '.py', '.rb', '.sh', '.tex', '.ts', '.txt'],
    source: 'https://developers.openai.com/api/docs/assistants/tools/file-search.md',
    readOn: '2026-06-27',
    notes: [
      'text/* files must be utf-8, utf-16 or ascii.',
      'No retrieval over .csv/.jsonl (v1-era lists that include .csv are obsolete for v2).',
      'Rejected with 400 unsupported_file: .csv, .xlsx, images, .h (observed 2026).',
      'The seed list misses .cs, .doc and .sh.',
    ],
  },
};

/** Maximum size of one file (spec createFile: "Individual files can be up to 512 MB"). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;
export const MAX_FILE_SOURCE = 'OpenAPI spec createFile (openai/openai-openapi f85dbe2, 2026-08-21); Assistants deep dive';

/** Every extension listed for at least one tool. */
export const ALL_EXTENSIONS: readonly string[] = [...new Set([...SUPPORTED.code_interpreter.extensions, ...SUPPORTED.file_search.extensions])].sort();

/** `report.PDF` → `.pdf`; no dot → ''. */
export function extensionOf(filename: string): string {
  const base = filename.split(/[\\/]/).pop() ?? '';
  const i = base.lastIndexOf('.');
  return i <= 0 ? '' : base.slice(i).toLowerCase();
}

export function isSupported(tool: Tool, ext: string): boolean {
  return SUPPORTED[tool].extensions.includes(ext.toLowerCase());
}
