import { defineParityScenario } from '../../src/parity/define.ts';

export default defineParityScenario({
  id: 'parity.code-interpreter',
  title: 'Code interpreter runs code, then the model answers',
  feature: 'code-interpreter',
  instructions: 'Use the code interpreter for arithmetic.',
  tools: [{ type: 'code_interpreter' }],
  ask: 'What is 6 times 7? [[oaic:code print(6*7)]]',
  expect: { status: 'completed', mustMatch: ['finalText', 'toolCalls', 'citations', 'finalStatus', 'usage'] },
});
