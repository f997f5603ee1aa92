import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The oaic project root (where vitest.config.ts and suites/ live). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
