import { describe, expect, it } from 'vitest';
import { ACTIVE, RUN_STATUSES, TERMINAL, TRANSITIONS, canTransition, nextStatus, type RunStatus } from './states.ts';

describe('run state table', () => {
  it('reaches every status from queued', () => {
    const seen = new Set<RunStatus>(['queued']);
    const queue: RunStatus[] = ['queued'];
    while (queue.length) {
      const from = queue.shift()!;
      for (const edges of Object.values(TRANSITIONS)) {
        const to = edges[from];
        if (to && !seen.has(to)) (seen.add(to), queue.push(to));
      }
    }
    expect([...seen].sort()).toEqual([...RUN_STATUSES].sort());
  });

  it('has no way out of a terminal status, and active is the complement of terminal', () => {
    for (const s of TERMINAL) for (const edges of Object.values(TRANSITIONS)) expect(edges[s]).toBeUndefined();
    for (const s of RUN_STATUSES) expect(ACTIVE.has(s)).toBe(!TERMINAL.has(s));
  });

  it('answers moves by lookup', () => {
    expect(nextStatus('requires_action', 'submit_tools')).toBe('queued');
    expect(nextStatus('completed', 'cancel')).toBeNull();
    expect(canTransition('cancelling', 'cancel')).toBe(false);
    expect(canTransition('requires_action', 'cancel')).toBe(true);
  });
});
