import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function readVersion(pkgJsonPath: string): string {
  return (JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { version: string }).version;
}

/** The harness's own version, from package.json. */
export const HARNESS_VERSION: string = readVersion(new URL('../../package.json', import.meta.url).pathname);

/** Version of an installed SDK package (`openai` or an npm alias such as `openai-v4`). */
export function sdkVersion(packageName = 'openai'): string {
  return readVersion(require.resolve(`${packageName}/package.json`));
}
