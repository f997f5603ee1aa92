/**
 * What a user of the harness calls about files: the official extension lists (with source and
 * date), the pre-upload validator, real sample files of every listed extension, and the
 * structural inspector (is this really a PNG/PDF/ZIP…?).
 */
export { ALL_EXTENSIONS, EXTENSIONS, MAX_FILE_BYTES, SUPPORTED, TOOLS, extensionOf, isSupported, type Tool } from './extensions.ts';
export { assertUpload, validateUpload, type UploadInput, type UploadProblem, type UploadVerdict } from './validate-upload.ts';
export { detectTextEncoding, type TextEncoding } from './text-encoding.ts';
export { brokenFile, generateFile, GENERATED_EXTENSIONS, sampleFile } from './generate/index.ts';
export { inspectFile, sniffImage } from './inspect.ts';
