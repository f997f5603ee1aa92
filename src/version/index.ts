import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

function readVersion(pkgJsonPath: string): string {
  return (JSON.parse(readFileSync(pkgJsonPath, 'utf8')) as { version: string }).version;
}

/** The harness's own version, from package.json. */
export const HARNESS_VERSION: string = readVersion(new URL('../../package.json', import.meta.url).pathname);

/**
 * Version of an installed SDK package (`openai` or an npm alias such as `openai-v4.52.4`).
 * The SDK's `exports` map hides `package.json`, so walk up from the resolved entry point.
 */
export function sdkVersion(packageName = 'openai'): string {
  let dir = path.dirname(require.resolve(packageName));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate) && path.basename(dir) === packageName.split('/').pop()) return readVersion(candidate);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`cannot find package.json of ${packageName}`);
    dir = parent;
  }
}
