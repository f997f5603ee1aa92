import { defineParityScenario } from '../../src/parity/define.ts';

export default defineParityScenario({
  id: 'parity.long-history',
  title: 'A thread of 45 earlier turns (more than two batches of 20 conversation items)',
  feature: 'history',
  instructions: 'Keep track of what the user asks you to remember.',
  history: Array.from({ length: 45 }, (_, i) => ({ role: i % 2 ? ('assistant' as const) : ('user' as const), text: `turn ${i}: ${i % 2 ? 'noted' : `remember the number ${i * 7}`}` })),
  ask: 'Which numbers did I ask you to remember?',
  expect: { status: 'completed' },
});
