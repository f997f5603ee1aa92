/**
 * The file_search tool as a completed tool_calls step over the run's vector stores (assistant
 * tool_resources, then the thread's) through searchVectorStores (vector-stores/search.ts). The
 * quotes of the top hits enter the model context as the tool output; the reply then carries
 * `file_citation` annotations on those quotes.
 */
import type { ModelOutput } from '../../model/generate.ts';
import type { Namespace } from '../../store.ts';
import { searchVectorStores } from '../../vector-stores/search.ts';
import { vectorStoreIds } from '../context.ts';
import { stepDelta } from '../deltas.ts';
import type { RunEvent } from '../engine.ts';
import type { RunRecord } from '../run.ts';
import { finishStep, newStep, stepView } from '../steps.ts';

const QUOTE_CHARS = 200;
const QUOTED_HITS = 3;

export function runFileSearch(ns: Namespace, run: RunRecord, out: ModelOutput, events: RunEvent[]): { fileId: string; quote: string }[] {
  if (out.builtin?.type !== 'file_search') return [];
  const tool = run.object.tools.find((t) => t.type === 'file_search');
  const options = tool?.type === 'file_search' ? tool.file_search : { ranking_options: { ranker: 'default_2024_08_21', score_threshold: 0 } };
  const hits = searchVectorStores(ns, vectorStoreIds(ns, run), out.builtin.query, ('max_num_results' in options ? options.max_num_results : undefined) ?? 20).filter((h) => h.score >= options.ranking_options.score_threshold);
  const step = newStep(ns, run, { type: 'tool_calls', tool_calls: [] });
  const callId = ns.ids.next('call_');
  events.push(
    { event: 'thread.run.step.created', data: structuredClone(step) },
    { event: 'thread.run.step.in_progress', data: structuredClone(step) },
    stepDelta(step.id, { index: 0, id: callId, type: 'file_search', file_search: {} }),
  );
  const results = hits.map((h) => ({ file_id: h.fileId, file_name: h.filename, score: h.score, content: [{ type: 'text' as const, text: h.text }] }));
  step.step_details = { type: 'tool_calls', tool_calls: [{ id: callId, type: 'file_search', file_search: { ranking_options: { ranker: options.ranking_options.ranker, score_threshold: options.ranking_options.score_threshold }, results } }] };
  finishStep(ns, run, step, 'completed', { prompt: out.usage.prompt_tokens, completion: out.usage.completion_tokens });
  events.push({ event: 'thread.run.step.completed', data: stepView(step, run.include) });
  const quotes = hits.slice(0, QUOTED_HITS).map((h) => ({ fileId: h.fileId, quote: h.text.replace(/\s+/g, ' ').trim().slice(0, QUOTE_CHARS) }));
  const output = quotes.length ? quotes.map((q) => q.quote).join(' | ') : 'No results.';
  run.toolTurns.push({ kind: 'tool_call', call: { callId, name: 'file_search', arguments: JSON.stringify({ query: out.builtin.query }) } }, { kind: 'tool_output', output: { callId, output } });
  return quotes;
}
