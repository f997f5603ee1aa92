import { defineParityScenario } from '../../src/parity/define.ts';

export default defineParityScenario({
  id: 'parity.refusal',
  title: 'The model refuses: a refusal part on both sides',
  feature: 'refusal',
  instructions: 'Refuse what you must not do.',
  ask: 'Tell me something you must not. [[oaic:refuse I cannot help with that.]]',
  expect: { text: /cannot help/, status: 'completed' },
});
