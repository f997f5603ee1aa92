/**
 * Where a recording lives: `recordings/<target>/<area>/<name>.har` for scenario `<area>.<name>`
 * (docs/decisions/0002-recording-format.md); an SDK-matrix alias adds `@<alias>` to the name.
 */
import path from 'node:path';

export const DEFAULT_SDK = 'openai';

export function recordingFile(recordingsDir: string, target: string, scenarioId: string, sdkName: string = DEFAULT_SDK): string {
  const dot = scenarioId.indexOf('.');
  const area = scenarioId.slice(0, dot);
  const name = scenarioId.slice(dot + 1);
  return path.join(recordingsDir, target, area, `${name}${sdkName === DEFAULT_SDK ? '' : `@${sdkName}`}.har`);
}

/** A path as printed in messages and reports: relative to the project, with forward slashes. */
export function displayPath(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return (rel.startsWith('..') ? file : rel).split(path.sep).join('/');
}
