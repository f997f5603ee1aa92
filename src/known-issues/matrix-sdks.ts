/**
 * The SDK matrix: `openai` plus every `openai-v<version>` npm alias in package.json
 * (devDependencies), sorted by version. Read from package.json so adding an alias adds a column.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compareVersions } from './semver.ts';
import type { SdkColumn } from './matrix.ts';

export function matrixSdks(root: string): SdkColumn[] {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { dependencies?: Record<string, string>; devDependencies?: Record<string, string> };
  const deps = { ...pkg.dependencies, ...pkg.devDependencies };
  const cols: SdkColumn[] = [];
  for (const [name, spec] of Object.entries(deps)) {
    if (name === 'openai') cols.push({ name, version: spec.replace(/^[\^~=]/, '') });
    const m = /^npm:openai@(\d+\.\d+\.\d+)$/.exec(spec);
    if (m && name.startsWith('openai-v')) cols.push({ name, version: m[1]! });
  }
  return cols.sort((a, b) => compareVersions(a.version, b.version));
}

/** Alias names of the matrix without the default `openai` (what scenarios list in `sdks`). */
export const SDK_ALIASES = ['openai-v4.52.4', 'openai-v4.58.0', 'openai-v4.91.0', 'openai-v5.1.0', 'openai-v5.1.1', 'openai-v5.10.3', 'openai-v6.16.0', 'openai-v7.5.0', 'openai-v7.6.0'] as const;
/** Every SDK of the matrix, for `sdks: [...]` in SDK-side scenarios. */
export const ALL_SDKS: readonly string[] = [...SDK_ALIASES, 'openai'];
