import { describe, expect, it } from 'vitest';
import { simulateCode } from './code.ts';

describe('simulated code_interpreter', () => {
  it('evaluates pure arithmetic lines and print literals', () => {
    expect(simulateCode('6*7')).toBe('42');
    expect(simulateCode('(1 + 2) * -3\nprint("done")')).toBe('-9\ndone');
    expect(simulateCode('10 % 4; 7 / 2')).toBe('2\n3.5');
  });

  it('never runs anything else', () => {
    expect(simulateCode('import os; os.remove("/")')).toBe('(simulated: the emulator does not run code)');
    expect(simulateCode('1 +')).toBe('(simulated: the emulator does not run code)');
  });
});
