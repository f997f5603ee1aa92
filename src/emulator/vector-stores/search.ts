/**
 * file_search over vector stores, shared by the Assistants file_search tool, the Responses
 * file_search tool and `POST /vector_stores/{id}/search`. Deterministic lexical ranking: Okapi
 * BM25 (k1 = 1.2, b = 0.75, the always-positive idf ln(1 + (N - n + 0.5) / (n + 0.5))) over the
 * chunks of the `completed` files of the given stores, mapped into [0, 1] by s / (s + 1). Ties go to
 * the earlier store, file and chunk. Searching is a read: one indexing poll for the stores' files.
 */
import type { Namespace } from '../store.ts';
import { type Filter, matches } from './filters.ts';
import { renderStore, step, stores } from './store.ts';
import type { Attributes } from './types.ts';

export interface SearchHit {
  fileId: string;
  filename: string;
  /** Relevance in [0, 1]. */
  score: number;
  /** The chunk text, quoted in `file_citation` annotations. */
  text: string;
}

export interface DetailedHit extends SearchHit {
  attributes: Attributes;
  vectorStoreId: string;
  chunkIndex: number;
}

export interface SearchOptions {
  maxResults?: number;
  filter?: Filter;
  scoreThreshold?: number;
}

const K1 = 1.2;
const B = 0.75;

/**
 * Lower-cased letter/number runs; Han, Hiragana and Katakana characters are terms on their own
 * (those scripts do not separate words with spaces). The same tokenizer for queries and chunks.
 */
export function terms(text: string): string[] {
  return text.toLowerCase().match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+|\p{N}+/gu) ?? [];
}

interface Doc {
  hit: Omit<DetailedHit, 'score'>;
  tf: Map<string, number>;
  length: number;
}

export function searchDetailed(ns: Namespace, vectorStoreIds: readonly string[], queries: readonly string[], options: SearchOptions = {}): DetailedHit[] {
  const docs: Doc[] = [];
  // Callers pass request data through: tolerate anything that is not a list of strings.
  const ids = Array.isArray(vectorStoreIds) ? vectorStoreIds.filter((x): x is string => typeof x === 'string') : [];
  for (const id of new Set(ids)) {
    const store = stores(ns).get(id);
    if (!store || renderStore(ns, store).status === 'expired') continue;
    step(store.files.values());
    store.lastActiveAt = ns.clock.now();
    for (const f of store.files.values()) {
      const { status, outcome } = f.state;
      if (status !== 'completed' || outcome.status !== 'completed') continue;
      if (options.filter && !matches(options.filter, f.attributes)) continue;
      for (const c of outcome.chunks) {
        const tf = new Map<string, number>();
        const ts = terms(c.text);
        for (const t of ts) tf.set(t, (tf.get(t) ?? 0) + 1);
        docs.push({ hit: { fileId: f.id, filename: f.filename, text: c.text, attributes: f.attributes, vectorStoreId: store.id, chunkIndex: c.index }, tf, length: ts.length });
      }
    }
  }
  const queryTerms = [...new Set((Array.isArray(queries) ? queries : []).filter((q): q is string => typeof q === 'string').flatMap(terms))];
  if (docs.length === 0 || queryTerms.length === 0) return [];
  const avg = docs.reduce((s, d) => s + d.length, 0) / docs.length || 1;
  const idf = new Map(queryTerms.map((t) => {
    const n = docs.reduce((s, d) => s + (d.tf.has(t) ? 1 : 0), 0);
    return [t, Math.log(1 + (docs.length - n + 0.5) / (n + 0.5))] as const;
  }));
  const scored = docs.map((d, order) => {
    let s = 0;
    for (const t of queryTerms) {
      const f = d.tf.get(t) ?? 0;
      if (f) s += (idf.get(t) ?? 0) * ((f * (K1 + 1)) / (f + K1 * (1 - B + (B * d.length) / avg)));
    }
    return { order, score: Math.round((s / (s + 1)) * 1e6) / 1e6 };
  });
  const threshold = options.scoreThreshold ?? 0;
  return scored
    .filter((x) => x.score > 0 && x.score >= threshold)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, Number.isInteger(options.maxResults) && (options.maxResults ?? 0) > 0 ? options.maxResults : 20)
    .map((x) => ({ ...(docs[x.order]?.hit as Omit<DetailedHit, 'score'>), score: x.score }));
}

export function searchVectorStores(ns: Namespace, vectorStoreIds: readonly string[], query: string, maxResults = 20): SearchHit[] {
  return searchDetailed(ns, vectorStoreIds, [query], { maxResults }).map(({ fileId, filename, score, text }) => ({ fileId, filename, score, text }));
}
