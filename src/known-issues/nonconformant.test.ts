import { describe, expect, it } from 'vitest';
import { checkFiles } from '../checks/check-files.ts';
import { PROJECT_ROOT } from '../cli/project-root.ts';
import { DELIBERATELY_NONCONFORMANT, splitRecordings } from './nonconformant.ts';

describe('deliberately non-conformant recordings', () => {
  const { conformant, deliberate } = splitRecordings(PROJECT_ROOT);
  it('exist for every scenario listed, one per SDK version', () => {
    for (const id of Object.keys(DELIBERATELY_NONCONFORMANT)) expect(deliberate.get(id)?.length ?? 0, id).toBeGreaterThanOrEqual(1);
    expect(conformant.length).toBeGreaterThan(10);
  });
  for (const [id, rules] of Object.entries(DELIBERATELY_NONCONFORMANT)) {
    it(`${id}: oaic check flags exactly ${rules.join(', ')}`, async () => {
      const r = await checkFiles(deliberate.get(id) ?? []);
      expect([...new Set(r.violations.filter((v) => v.severity === 'error').map((v) => v.rule))].sort()).toEqual([...rules].sort());
    });
  }
});
