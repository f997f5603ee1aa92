/**
 * Loads the SDK package a scenario runs against: `openai` or an npm alias from the SDK matrix
 * (`openai-v6.16.0`, installed side by side). Scenarios get it as `ctx.sdk`.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import type { SdkHandle } from '../scenario/types.ts';
import { sdkVersion } from '../version/index.ts';

const cache = new Map<string, Promise<SdkHandle>>();

export function loadSdk(name = 'openai', cwd = process.cwd()): Promise<SdkHandle> {
  let p = cache.get(name);
  if (!p) {
    p = (async () => {
      try {
        const require = createRequire(path.join(cwd, 'package.json'));
        const entry = require.resolve(name);
        const module = (await import(entry)) as typeof import('openai');
        return { name, version: sdkVersion(name), module };
      } catch (cause) {
        throw new HarnessError('CONFIG_INVALID', `Failed to load the SDK package ${name}: ${(cause as Error).message}. Install it (npm ci installs the SDK matrix aliases) or drop it from --sdk.`, { cause });
      }
    })();
    cache.set(name, p);
  }
  return p;
}
