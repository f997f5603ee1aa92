/** The only module that imports chalk. Honours NO_COLOR and --no-color (setColor(false)). */
import { Chalk } from 'chalk';

const autoLevel = (): 0 | 1 => (process.env['NO_COLOR'] ? 0 : process.env['FORCE_COLOR'] || process.stdout.isTTY ? 1 : 0);
let chalk = new Chalk({ level: autoLevel() });

export function setColor(enabled: boolean): void {
  chalk = new Chalk({ level: enabled ? autoLevel() : 0 });
}

export const c = {
  pass: (s: string) => chalk.green(s),
  fail: (s: string) => chalk.red(s),
  warn: (s: string) => chalk.yellow(s),
  dim: (s: string) => chalk.dim(s),
  bold: (s: string) => chalk.bold(s),
  code: (s: string) => chalk.cyan(s),
};

export const STATE_MARK = {
  passed: () => c.pass('✓'),
  failed: () => c.fail('✗'),
  errored: () => c.fail('!'),
  skipped: () => c.warn('↷'),
} as const;
