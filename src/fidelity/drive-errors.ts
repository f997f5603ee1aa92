/**
 * The error part of the emulator drive (see drive.ts): the situations in which the real corpus
 * holds an error answer (a run on a thread without user messages, a boolean metadata value, an
 * unknown run step, updating or submitting to a run that is in progress, an out-of-range
 * temperature, a server error), provoked on the emulator. Each call must fail; the error texts
 * are compared with the real ones by the test (error-texts.ts), never written here.
 */
import { APIError, toFile } from 'openai';
import type OpenAI from 'openai';
import type { DriveStep } from './drive.ts';

async function expectError(what: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    if (error instanceof APIError) return;
    throw error;
  }
  throw new Error(`${what} succeeded; an error answer was expected`);
}

const wrongType = <T>(v: unknown): T => v as T; // a deliberately wrong type, as a client in another language might send

export const ERRORS_DRIVE: readonly DriveStep[] = [
  {
    name: 'error answers: Assistants',
    async run(client: OpenAI) {
      const bare = await client.beta.assistants.create({ model: 'gpt-4o-mini' });
      const empty = await client.beta.threads.create();
      await expectError('a run on a thread without messages, assistant without instructions', () => client.beta.threads.runs.create(empty.id, { assistant_id: bare.id, max_prompt_tokens: 256, max_completion_tokens: 16 }));
      await expectError('the same, streamed', () => client.beta.threads.runs.create(empty.id, { assistant_id: bare.id, stream: true }));
      await expectError('thread metadata with a boolean', () => client.beta.threads.update(empty.id, { metadata: wrongType<Record<string, string>>({ modified: true }) }));
      const a = await client.beta.assistants.create({ model: 'gpt-4o-mini', instructions: 'Be brief.' });
      const t = await client.beta.threads.create({ messages: [{ role: 'user', content: 'Slow [[oaic:stall]]' }] });
      const m = (await client.beta.threads.messages.list(t.id)).data[0];
      if (m) await expectError('message metadata with a boolean', () => client.beta.threads.messages.update(m.id, { thread_id: t.id, metadata: wrongType<Record<string, string>>({ modified: true }) }));
      const run = await client.beta.threads.runs.create(t.id, { assistant_id: a.id });
      await client.beta.threads.runs.retrieve(run.id, { thread_id: t.id }); // → in_progress
      await expectError('updating a run in progress', () => client.beta.threads.runs.update(run.id, { thread_id: t.id, metadata: { n: '1' } }));
      await expectError('run metadata with a boolean', () => client.beta.threads.runs.update(run.id, { thread_id: t.id, metadata: wrongType<Record<string, string>>({ modified: true }) }));
      await expectError('tool outputs for a run in progress', () => client.beta.threads.runs.submitToolOutputs(run.id, { thread_id: t.id, tool_outputs: [{ tool_call_id: 'call_123', output: 'x' }] }));
      await expectError('an unknown run step', () => client.beta.threads.runs.steps.retrieve('step_123', { thread_id: t.id, run_id: run.id }));
      await client.beta.threads.runs.cancel(run.id, { thread_id: t.id });
    },
  },
  {
    name: 'error answers: Responses, and a server error',
    async run(client: OpenAI) {
      await expectError('temperature below 0', () => client.responses.create({ model: 'gpt-4o', instructions: '', input: [{ role: 'user', content: 'What is the capital?' }], stream: true, temperature: -1 }));
      const reasoned = await client.responses.create({ model: 'o4-mini', input: 'What is the meaning of life?', include: ['reasoning.encrypted_content'] });
      const reasoning = reasoned.output.find((o) => o.type === 'reasoning');
      if (reasoning) await expectError('a reasoning item without its following item', () => client.responses.create({ model: 'o4-mini', input: [{ role: 'user', content: 'What is the meaning of life?' }, reasoning, { role: 'user', content: 'And then?' }] }));
      const vs = await client.vectorStores.create({ name: 'e' });
      const file = await client.files.create({ file: await toFile(Buffer.from('text\n'), 'a.txt'), purpose: 'assistants' });
      const batch = await client.vectorStores.fileBatches.create(vs.id, { file_ids: [file.id] });
      await expectError('a server error', () => client.vectorStores.fileBatches.listFiles(batch.id, { vector_store_id: vs.id }, { headers: { 'x-oaic-fault': 'http-500-once' } }));
    },
  },
];
