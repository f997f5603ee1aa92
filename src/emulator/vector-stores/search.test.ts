import { describe, expect, it } from 'vitest';
import { putFile } from '../files/store.ts';
import { Namespace } from '../store.ts';
import { AUTO_CHUNKING } from './chunk.ts';
import { parseFilter } from './filters.ts';
import { searchDetailed, searchVectorStores, terms } from './search.ts';
import { attachFile, createStore, renderStore, type StoreRecord } from './store.ts';
import type { Attributes } from './types.ts';

const DOCS: Record<string, string> = {
  'refunds.md': 'Refunds are issued within 14 days of the return. A refund goes back to the original payment method.',
  'shipping.txt': 'Shipping takes 3 to 5 business days. Express shipping is available for an extra fee.',
  'warranty.txt': 'The warranty covers manufacturing defects for two years. It does not cover water damage.',
};

function setup(faults: ReadonlySet<string> = new Set(), attrs: Record<string, Attributes> = {}): { ns: Namespace; store: StoreRecord; ids: Record<string, string> } {
  const ns = new Namespace('search-test', 'logical');
  const store = createStore(ns, { name: null, description: null, metadata: {}, expiresAfter: null });
  const ids: Record<string, string> = {};
  for (const [name, text] of Object.entries(DOCS)) {
    const f = putFile(ns, { filename: name, purpose: 'assistants', content: Buffer.from(text) });
    ids[name] = f.id;
    attachFile(ns, store, { fileId: f.id, chunking: AUTO_CHUNKING, attributes: attrs[name] ?? {}, batchId: null }, faults);
  }
  return { ns, store, ids };
}

describe('searchVectorStores', () => {
  it('ranks the file that holds the query terms first, with scores in [0, 1] in descending order', () => {
    const { ns, store, ids } = setup();
    const hits = searchVectorStores(ns, [store.id], 'how many days for a refund?');
    expect(hits[0]).toMatchObject({ fileId: ids['refunds.md'], filename: 'refunds.md', text: DOCS['refunds.md'] });
    for (const h of hits) expect(h.score).toBeGreaterThan(0), expect(h.score).toBeLessThanOrEqual(1);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
    expect(searchVectorStores(ns, [store.id], 'water damage warranty')[0]?.fileId).toBe(ids['warranty.txt']);
  });

  it('is deterministic and returns nothing for unrelated queries, unknown stores or empty queries', () => {
    const a = setup();
    const b = setup();
    expect(searchVectorStores(a.ns, [a.store.id], 'express shipping fee')).toEqual(searchVectorStores(b.ns, [b.store.id], 'express shipping fee'));
    expect(searchVectorStores(a.ns, [a.store.id], 'zebra quantum')).toEqual([]);
    expect(searchVectorStores(a.ns, ['vs_missing'], 'refund')).toEqual([]);
    expect(searchVectorStores(a.ns, [a.store.id], '  ?! ')).toEqual([]);
    // Request data passed straight through by the tool surfaces must not throw.
    expect(searchVectorStores(a.ns, 'vs_x' as unknown as string[], 'refund')).toEqual([]);
    expect(searchVectorStores(a.ns, [a.store.id], 42 as unknown as string)).toEqual([]);
    expect(searchVectorStores(a.ns, [a.store.id], 'refund', Number.NaN).length).toBeGreaterThan(0);
  });

  it('respects maxResults, filters on attributes and the score threshold', () => {
    const { ns, store, ids } = setup(new Set(), { 'refunds.md': { team: 'billing', year: 2024 }, 'shipping.txt': { team: 'ops', year: 2023 } });
    expect(searchVectorStores(ns, [store.id], 'days', 1)).toHaveLength(1);
    const billing = searchDetailed(ns, [store.id], ['days'], { filter: parseFilter({ type: 'eq', key: 'team', value: 'billing' }) });
    expect(billing.map((h) => h.fileId)).toEqual([ids['refunds.md']]);
    const recent = searchDetailed(ns, [store.id], ['days'], { filter: parseFilter({ type: 'or', filters: [{ type: 'gte', key: 'year', value: 2024 }, { type: 'in', key: 'team', value: ['ops'] }] }) });
    expect(recent.map((h) => h.fileId).sort()).toEqual([ids['refunds.md'], ids['shipping.txt']].sort());
    expect(searchDetailed(ns, [store.id], ['days'], { scoreThreshold: 1 })).toEqual([]);
  });

  it('splits Han and kana text into single-character terms, so CJK queries match', () => {
    expect(terms('東京タワー is 333 m')).toEqual(['東', '京', 'タ', 'ワ', 'ー', 'is', '333', 'm']);
    const ns = new Namespace('cjk', 'logical');
    const store = createStore(ns, { name: null, description: null, metadata: {}, expiresAfter: null });
    for (const [name, text] of [['tokyo.txt', '東京タワーは高さ三百三十三メートルです。'], ['osaka.txt', '大阪城は豊臣秀吉が築いた。']] as const) {
      const f = putFile(ns, { filename: name, purpose: 'assistants', content: Buffer.from(text) });
      attachFile(ns, store, { fileId: f.id, chunking: AUTO_CHUNKING, attributes: {}, batchId: null }, new Set());
    }
    expect(searchVectorStores(ns, [store.id], '東京タワーの高さ')[0]?.filename).toBe('tokyo.txt');
  });

  it('skips expired stores', () => {
    const ns = new Namespace('expiry', 'logical');
    const store = createStore(ns, { name: null, description: null, metadata: {}, expiresAfter: { anchor: 'last_active_at', days: 1 } });
    const f = putFile(ns, { filename: 'a.txt', purpose: 'assistants', content: Buffer.from('refund policy') });
    attachFile(ns, store, { fileId: f.id, chunking: AUTO_CHUNKING, attributes: {}, batchId: null }, new Set());
    expect(searchVectorStores(ns, [store.id], 'refund')).toHaveLength(1);
    ns.clock.tick(86_400);
    expect(renderStore(ns, store).status).toBe('expired');
    expect(searchVectorStores(ns, [store.id], 'refund')).toEqual([]);
  });

  it('finds nothing in files still indexing (the stuck fault), then finds them once indexed', () => {
    const { ns, store, ids } = setup(new Set(['vs-stuck-in-progress=2']));
    // Each search is one poll: stepsLeft 3 -> 2 -> 1 (still in_progress) -> 0 (completed).
    expect(searchVectorStores(ns, [store.id], 'refund')).toEqual([]);
    expect(searchVectorStores(ns, [store.id], 'refund')).toEqual([]);
    expect(searchVectorStores(ns, [store.id], 'refund')[0]?.fileId).toBe(ids['refunds.md']);
  });
});
