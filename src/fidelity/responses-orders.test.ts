import { describe, expect, it } from 'vitest';
import { responsesOrder, responsesPlanOf, responsesRequestFor, unsupportedFeatures } from './responses-orders.ts';
import type { NamedEvent } from './stream-orders.ts';

const ev = (type: string, extra: Record<string, unknown> = {}): NamedEvent => ({ event: null, data: { type, ...extra } });

describe('Responses stream plans', () => {
  const stream = [
    ev('response.queued', { sequence_number: 1 }), ev('response.in_progress'),
    ev('response.output_item.added', { item: { type: 'reasoning' } }), ev('response.reasoning_summary_part.added'), ev('response.reasoning_summary_part.added'), ev('response.output_item.done'),
    ev('response.output_item.added', { item: { type: 'message' } }), ev('response.output_text.delta'), ev('response.output_text.annotation.added'), ev('response.output_text.delta'), ev('response.output_text.delta'), ev('response.completed'),
  ];

  it('collapses delta runs by event type and reads background, resumption, items, summary parts and annotations', () => {
    expect(responsesOrder(stream).filter((t) => t === 'response.output_text.delta')).toHaveLength(2);
    const plan = responsesPlanOf(stream);
    expect(plan).toMatchObject({ background: true, resumed: true, resumeAfter: 0, annotationMidText: true });
    expect(plan.items).toEqual([{ type: 'reasoning', summaryParts: 2, annotations: 0 }, { type: 'message', summaryParts: 0, annotations: 1 }]);
    expect(unsupportedFeatures(plan)).toEqual(['annotation-mid-text', 'annotations-without-file-search', 'summary-parts>1']);
  });

  it('asks for a reasoning model, the tools and directives the plan needs', () => {
    const req = responsesRequestFor({ background: false, resumed: false, resumeAfter: -1, annotationMidText: false, items: [{ type: 'reasoning', summaryParts: 0, annotations: 0 }, { type: 'function_call', summaryParts: 0, annotations: 0 }] }, 'vs_1');
    expect(req).toMatchObject({ model: 'o4-mini', stream: true, reasoning: { summary: null }, tools: [{ type: 'function', name: 'get_weather' }] });
    expect(String(req['input'])).toContain('[[oaic:call get_weather');
    expect(req).not.toHaveProperty('background');
  });
});
