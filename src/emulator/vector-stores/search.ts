/**
 * file_search over vector stores, shared by the Assistants file_search tool, the Responses
 * file_search tool and `POST /vector_stores/{id}/search`.
 * PLACEHOLDER until the vector-store surface lands: returns no hits. The signature is fixed.
 */
import type { Namespace } from '../store.ts';

export interface SearchHit {
  fileId: string;
  filename: string;
  /** Relevance in [0, 1]. */
  score: number;
  /** The chunk text, quoted in `file_citation` annotations. */
  text: string;
}

export function searchVectorStores(_ns: Namespace, _vectorStoreIds: readonly string[], _query: string, _maxResults = 20): SearchHit[] {
  return [];
}
