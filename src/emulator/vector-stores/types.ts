/**
 * Wire types of the Vector Stores API as the service sends them (field names, nulls and order
 * follow the real objects in ../shared/corpus; see docs/discoveries/vector-stores.md), apart from
 * the emulator's internal records in store.ts.
 */

export interface FileCounts {
  in_progress: number;
  completed: number;
  failed: number;
  cancelled: number;
  total: number;
}

export type Metadata = Record<string, string>;
export type Attributes = Record<string, string | number | boolean>;

export interface ExpiresAfter {
  anchor: 'last_active_at';
  days: number;
}

export interface VectorStoreObject {
  id: string;
  object: 'vector_store';
  name: string | null;
  description: string | null;
  status: 'expired' | 'in_progress' | 'completed';
  usage_bytes: number;
  created_at: number;
  file_counts: FileCounts;
  metadata: Metadata;
  expires_after: ExpiresAfter | null;
  expires_at: number | null;
  last_active_at: number | null;
}

export type VectorStoreFileStatus = 'in_progress' | 'completed' | 'cancelled' | 'failed';

export interface LastError {
  code: 'server_error' | 'unsupported_file' | 'invalid_file';
  message: string;
}

export interface StaticChunking {
  type: 'static';
  static: { max_chunk_size_tokens: number; chunk_overlap_tokens: number };
}

export interface VectorStoreFileObject {
  id: string;
  object: 'vector_store.file';
  usage_bytes: number;
  created_at: number;
  vector_store_id: string;
  status: VectorStoreFileStatus;
  last_error: LastError | null;
  chunking_strategy: StaticChunking;
  attributes: Attributes;
}

export interface FileBatchObject {
  id: string;
  /** Real responses say `vector_store.file_batch`; the spec enum says `vector_store.files_batch`. */
  object: 'vector_store.file_batch';
  created_at: number;
  vector_store_id: string;
  status: 'in_progress' | 'completed' | 'cancelled' | 'failed';
  file_counts: FileCounts;
}

export interface SearchResultItem {
  file_id: string;
  filename: string;
  score: number;
  attributes: Attributes;
  content: { type: 'text'; text: string }[];
}

export interface SearchResultsPage {
  object: 'vector_store.search_results.page';
  search_query: string[];
  data: SearchResultItem[];
  has_more: boolean;
  next_page: string | null;
}
