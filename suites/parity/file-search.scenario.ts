import { defineParityScenario } from '../../src/parity/define.ts';

export default defineParityScenario({
  id: 'parity.file-search',
  title: 'File search over one vector store shared by both sides, with a citation',
  feature: 'file-search',
  instructions: 'Answer from the handbook.',
  tools: [{ type: 'file_search' }],
  files: [{ name: 'handbook.txt', content: 'Holidays: 25 days per year.\nRemote work: up to three days a week.' }],
  ask: 'How many holiday days do we get? [[oaic:search holidays]]',
  // The emulator's Responses surface keeps file_search_call items out of the model's context,
  // its Assistants surface puts the results in: text and usage differ (reported, not required).
  expect: { status: 'completed', mustMatch: ['toolCalls', 'citations', 'finalStatus'] },
});
