/** Files and the vector store an intent needs, created once and shared by both flows. */
import type OpenAI from 'openai';
import { toFile } from 'openai';
import type { ParityIntent } from './intent.ts';

export interface SharedResources {
  fileIds: string[];
  vectorStoreId: string | null;
}

export async function createResources(client: OpenAI, intent: ParityIntent): Promise<SharedResources> {
  if (!intent.files?.length) return { fileIds: [], vectorStoreId: null };
  const fileIds: string[] = [];
  for (const f of intent.files) fileIds.push((await client.files.create({ file: await toFile(Buffer.from(f.content, 'utf8'), f.name), purpose: 'assistants' })).id);
  const store = await client.vectorStores.create({ name: `parity ${intent.id}` });
  await client.vectorStores.fileBatches.createAndPoll(store.id, { file_ids: fileIds }, { pollIntervalMs: 60 });
  return { fileIds, vectorStoreId: store.id };
}
