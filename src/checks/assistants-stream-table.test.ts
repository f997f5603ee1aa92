import { describe, expect, it } from 'vitest';
import { ASSISTANT_EVENT_SCOPE, CLOSING_RUN_STATES, RUN_STREAM_ENDINGS, SCOPE_MACHINE, suffixOf } from './assistants-stream-table.ts';
import { RUN_EVENT_STATUS } from './run-states.ts';

describe('assistants-stream-table', () => {
  it('covers the 25 AssistantStreamEvent names, no step.incomplete and no message.failed', () => {
    expect(Object.keys(ASSISTANT_EVENT_SCOPE)).toHaveLength(25);
    expect(ASSISTANT_EVENT_SCOPE['thread.run.step.incomplete']).toBeUndefined();
    expect(ASSISTANT_EVENT_SCOPE['thread.message.failed']).toBeUndefined();
  });
  it('every run event has a status and every machine only names its own states', () => {
    for (const [name, scope] of Object.entries(ASSISTANT_EVENT_SCOPE)) if (scope === 'run') expect(RUN_EVENT_STATUS[name]).toBeDefined();
    for (const m of Object.values(SCOPE_MACHINE)) for (const next of Object.values(m)) for (const s of next) expect(m).toHaveProperty(s);
  });
  it('endings are terminal run states or requires_action', () => {
    for (const e of RUN_STREAM_ENDINGS) expect(SCOPE_MACHINE.run[e]).toBeDefined();
    for (const e of Object.keys(CLOSING_RUN_STATES)) expect(RUN_STREAM_ENDINGS).toContain(e);
    expect(suffixOf('thread.run.step.delta')).toBe('delta');
  });
});
