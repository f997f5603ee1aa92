import { defineParityScenario } from '../../src/parity/define.ts';

export default defineParityScenario({
  id: 'parity.plain-answer',
  title: 'A plain question with instructions and two earlier turns',
  feature: 'text',
  instructions: 'You are a concise assistant.',
  history: [
    { role: 'user', text: 'My name is Ada.' },
    { role: 'assistant', text: 'Nice to meet you, Ada.' },
  ],
  ask: 'What is my name?',
  expect: { status: 'completed' },
});
