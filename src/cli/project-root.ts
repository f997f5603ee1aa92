import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where the harness itself (src/, bin/, node_modules/) is installed. */
export const HARNESS_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The oaic project root (where vitest.config.ts and suites/ live): the harness root, unless
 * OAIC_PROJECT_ROOT points the CLI at another project (the end-to-end tests use a temp project).
 */
export const PROJECT_ROOT = process.env['OAIC_PROJECT_ROOT'] ? path.resolve(process.env['OAIC_PROJECT_ROOT']) : HARNESS_ROOT;
