import { defineParityScenario } from '../../src/parity/define.ts';

export default defineParityScenario({
  id: 'parity.file-search',
  title: 'File search over one vector store shared by both sides, with a citation',
  feature: 'file-search',
  instructions: 'Answer from the handbook.',
  tools: [{ type: 'file_search' }],
  files: [{ name: 'handbook.txt', content: 'Holidays: 25 days per year.\nRemote work: up to three days a week.' }],
  ask: 'How many holiday days do we get? [[oaic:search holidays]]',
  expect: { status: 'completed', mustMatch: ['finalText', 'toolCalls', 'citations', 'finalStatus', 'usage'] },
});
