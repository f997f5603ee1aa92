import { describe, expect, it } from 'vitest';
import { simulatePython } from './python-sim.ts';

describe('code_interpreter simulation', () => {
  it('prints strings and arithmetic with Python precedence', () => {
    expect(simulatePython("print('hi')\nprint(2 + 3 * 4)\nprint(2 ** 3 ** 2)\nprint(7 // 2)\nprint((1 + 2) / 4)").logs).toBe('hi\n14\n512\n3\n0.75');
  });
  it('shows a bare last expression, ignores other lines, reports bad prints', () => {
    expect(simulatePython('x = 1\n6 * 7').logs).toBe('42');
    expect(simulatePython('import sympy').logs).toBe('');
    expect(simulatePython('print(1 +)').logs).toMatch(/SyntaxError: invalid syntax$/);
  });
  it('asks for an image when the code plots, with the numbers it mentions', () => {
    expect(simulatePython('plt.bar([1, 2, 3], [4, 5, 6])')).toMatchObject({ image: true, numbers: [1, 2, 3, 4, 5, 6] });
    expect(simulatePython('print(1)').image).toBe(false);
  });
});
