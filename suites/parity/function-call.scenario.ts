import { defineParityScenario } from '../../src/parity/define.ts';

export default defineParityScenario({
  id: 'parity.function-call',
  title: 'A function call and its output, then the answer (tool loop)',
  feature: 'function-calling',
  instructions: 'Use the weather tool for weather questions.',
  tools: [{ type: 'function', name: 'get_weather', description: 'Current weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }, output: '{"city":"Oslo","sky":"clear","celsius":4}' }],
  ask: 'What is the weather in Oslo? [[oaic:call get_weather {"city":"Oslo"}]]',
  expect: { toolCalls: ['get_weather'], status: 'completed' },
});
