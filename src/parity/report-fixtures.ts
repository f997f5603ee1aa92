/** Test support: hand-made parity results (one at parity, one not) for the report tests. */
import type { FlowObservation } from './observation.ts';
import type { ParityResult } from './runner.ts';

const flow = (side: FlowObservation['side'], text: string): FlowObservation => ({
  side, finalText: text, toolCalls: [], hostedCalls: [], citations: [], finalStatus: 'completed', usage: { input: 10, output: 4, total: 14 },
  events: [], latencyMs: 12, objects: side === 'assistants' ? { thread: 'thread_1', run: 'run_1' } : { conversation: 'conv_1', response: 'resp_1' }, error: null,
});

export function sampleResults(): ParityResult[] {
  return [
    {
      id: 'parity.same', title: 'Same answer <b>escaped</b>', feature: 'text', profile: 'emulator', passed: true, failures: [],
      assistants: flow('assistants', 'Hi.'), responses: flow('responses', 'Hi.'),
      dimensions: [{ dimension: 'finalText', verdict: 'identical', assistants: 'Hi.', responses: 'Hi.', note: 'same text' }, { dimension: 'latency', verdict: 'equivalent', assistants: 12, responses: 12, note: 'close' }],
    },
    {
      id: 'parity.other', title: 'Another answer', feature: 'function-calling', profile: 'emulator', passed: false, failures: ['finalText: different (the texts differ)'],
      assistants: flow('assistants', 'A'), responses: flow('responses', 'B'),
      dimensions: [{ dimension: 'finalText', verdict: 'different', assistants: 'A', responses: 'B', note: 'the texts differ' }, { dimension: 'finalStatus', verdict: 'no_counterpart', assistants: 'expired', responses: 'completed', note: 'a run can be expired; a response cannot' }],
    },
  ];
}
