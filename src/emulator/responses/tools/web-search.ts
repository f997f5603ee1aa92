/**
 * SIMULATED web search (`{type: 'web_search'}` / `'web_search_preview'`): no network is used.
 * The model searches only on `[[oaic:websearch QUERY]]` when a web search tool is declared; the
 * "results" are two deterministic pages under https://example.com (or the first
 * `filters.allowed_domains` entry) derived from the query. The call item has the real shape
 * (`ws_…`, `action: {type: 'search', queries, query}`, `sources` with
 * `include: ['web_search_call.action.sources']`); the results enter the model context as the tool
 * output, and the answer cites them with `url_citation` annotations over a trailing
 * `([host](url))` link, as the service writes its citations.
 */
import type { ContextTurn } from '../../model/context.ts';
import type { IdGenerator } from '../../ids.ts';
import type { Item, Json } from '../../conversations/items.ts';

export const WEB_SEARCH_TYPES = ['web_search', 'web_search_preview'] as const;

const DEFAULT_LOCATION = { type: 'approximate', city: null, country: 'US', region: null, timezone: null };

/** The tool as the Response echoes it (real traffic: defaults medium context and a US location; preview has no `filters`). */
export function normalizeWebSearchTool(t: Json): Json {
  const given = t['user_location'];
  const location = given && typeof given === 'object' ? { type: 'approximate', city: null, country: null, region: null, timezone: null, ...(given as Json) } : DEFAULT_LOCATION;
  const filters = t['type'] === 'web_search' ? { filters: t['filters'] ?? null } : {};
  return { type: t['type'], ...filters, search_context_size: t['search_context_size'] ?? 'medium', user_location: location };
}

export interface WebPage {
  url: string;
  title: string;
}

const slug = (q: string): string => q.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'search';

/** The two simulated result pages of a query. */
export function simulatedPages(query: string, tool: Json): WebPage[] {
  const domains = ((tool['filters'] ?? {}) as Json)['allowed_domains'];
  const host = Array.isArray(domains) && typeof domains[0] === 'string' ? domains[0] : 'example.com';
  return [1, 2].map((n) => ({ url: `https://${host}/oaic-simulated/${slug(query)}/${n}?utm_source=openai`, title: `Simulated result ${n} for "${query}"` }));
}

export interface WebSearchRun {
  item: Item;
  turns: ContextTurn[];
  pages: WebPage[];
}

export function runWebSearch(ids: IdGenerator, query: string, tool: Json, include: readonly string[]): WebSearchRun {
  const callId = ids.next('call_');
  const pages = simulatedPages(query, tool);
  const action: Json = { type: 'search', queries: [query], query };
  if (include.includes('web_search_call.action.sources')) action['sources'] = pages.map((p) => ({ type: 'url', url: p.url }));
  return {
    item: { id: ids.next('ws_', 48), type: 'web_search_call', status: 'completed', action },
    turns: [
      { kind: 'tool_call', call: { callId, name: 'web_search', arguments: JSON.stringify({ query }) } },
      { kind: 'tool_output', output: { callId, output: pages.map((p) => `${p.title} (${p.url})`).join(' | ') } },
    ],
    pages,
  };
}

/** The answer text with a trailing citation link per page, and its url_citation annotations. */
export function citeUrls(text: string, pages: readonly WebPage[]): { text: string; annotations: Json[] } {
  let out = text;
  const annotations: Json[] = [];
  for (const p of pages) {
    const link = `([${new URL(p.url).host}](${p.url}))`;
    out += ' ';
    // Indices count code points (Python-style), not UTF-16 units.
    const start = [...out].length;
    out += link;
    annotations.push({ type: 'url_citation', end_index: [...out].length, start_index: start, title: p.title, url: p.url });
  }
  return { text: out, annotations };
}
