import { describe, expect, it } from 'vitest';
import { DELTA_FAMILIES, PROGRESS_MACHINE, RESPONSE_EVENT_KIND, RESPONSE_MACHINE } from './responses-stream-table.ts';
import { SPEC_SCHEMAS } from './schemas/spec-schemas.ts';

describe('responses-stream-table', () => {
  it('classifies every ResponseStreamEvent type of the spec', () => {
    const missing = Object.keys(SPEC_SCHEMAS.responseEvents).filter((t) => !(t in RESPONSE_EVENT_KIND));
    expect(missing).toEqual([]);
  });
  it('machines only name states they define', () => {
    for (const m of [RESPONSE_MACHINE, PROGRESS_MACHINE]) for (const next of Object.values(m)) for (const s of next) expect(m).toHaveProperty(s);
  });
  it('every delta family has both its .delta and .done events', () => {
    for (const f of Object.keys(DELTA_FAMILIES)) {
      expect(RESPONSE_EVENT_KIND[`${f}.delta`]).toEqual({ scope: 'delta', family: f, op: 'delta' });
      expect(RESPONSE_EVENT_KIND[`${f}.done`]).toEqual({ scope: 'delta', family: f, op: 'done' });
    }
  });
});
