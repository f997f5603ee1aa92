import { describe, expect, it } from 'vitest';
import { collapseOrder, directivesFor, planOf, type NamedEvent } from './stream-orders.ts';

const ev = (event: string, data: unknown = {}): NamedEvent => ({ event, data });

describe('stream orders', () => {
  const codeRun = [
    ev('thread.run.created'), ev('thread.run.step.created', { id: 's1', type: 'message_creation' }), ev('thread.message.delta'), ev('thread.message.delta'), ev('thread.message.completed'),
    ev('thread.run.step.created', { id: 's2', type: 'tool_calls', step_details: { type: 'tool_calls', tool_calls: [] } }),
    ev('thread.run.step.delta', { id: 's2', delta: { step_details: { type: 'tool_calls', tool_calls: [{ index: 0, type: 'code_interpreter' }] } } }),
    ev('thread.run.step.created', { id: 's3', type: 'message_creation' }), ev('thread.message.incomplete'), ev('thread.run.completed', { status: 'incomplete' }), ev('done', '[DONE]'),
  ];

  it('collapses runs of the same delta and applies a rename only where its condition holds', () => {
    expect(collapseOrder(codeRun).filter((n) => n === 'thread.message.delta')).toHaveLength(1);
    const renamed = collapseOrder(codeRun, [{ event: 'thread.run.completed', status: 'incomplete', as: 'thread.run.incomplete' }]);
    expect(renamed.slice(-2)).toEqual(['thread.run.incomplete', 'done']);
    expect(collapseOrder(codeRun, [{ event: 'thread.run.completed', status: 'completed', as: 'x' }])).not.toContain('x');
  });

  it('reads the plan of a real stream and turns it into directives', () => {
    const plan = planOf(codeRun);
    expect(plan).toEqual({ steps: [{ kind: 'message', ended: 'completed' }, { kind: 'tool', tools: ['code_interpreter'] }, { kind: 'message', ended: 'incomplete' }], runEnd: 'thread.run.completed' });
    const text = directivesFor(plan)!;
    expect(text).toMatch(/\[\[oaic:say [^\]]+\]\] \[\[oaic:code [^\]]+\]\] \[\[oaic:incomplete max_completion_tokens\]\]$/);
    expect(directivesFor({ steps: [{ kind: 'tool', tools: ['computer_use'] }], runEnd: null })).toBeNull();
  });
});
