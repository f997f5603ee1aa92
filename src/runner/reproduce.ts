import type { ResolvedConfig } from '../config/resolved.ts';

/** The command that reproduces one scenario's result (printed with every failure). */
export function reproduceCommand(scenarioId: string, config: ResolvedConfig): string {
  const target = config.target.kind === 'replay' ? 'replay' : config.target.kind === 'emulator' ? 'emulator' : config.target.baseURL ?? 'live';
  const parts = ['npm run oaic --', 'run', scenarioId, '--target', target];
  if (config.target.kind !== 'replay') parts.push('--mode', config.mode);
  if (config.target.kind === 'replay' && config.recordingsTarget !== 'emulator') parts.push('--recordings-from', config.recordingsTarget);
  return parts.join(' ');
}
