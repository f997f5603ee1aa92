/**
 * Real Assistants objects from ../shared/corpus (recorded from the live service by other
 * projects): every message list and run-step list the corpus holds converts without an error,
 * into items the spec's schemas accept, and what the model sees is unchanged.
 */
import { describe, expect, it } from 'vitest';
import { listNormalized, SHARED_CORPUS_PRESENT, SHARED_SKIP_REASON } from '../testing/shared-corpus.ts';
import { turnsOfItems, turnsOfMessages } from './context-view.ts';
import { convertThreadExport } from './convert-thread.ts';
import { parseMessage, parseRunStep } from './parse.ts';
import { validateItems } from './validate-items.ts';
import type { Message, RunStep } from './wire-assistants.ts';

function corpusThreads(): { name: string; messages: Message[]; steps: RunStep[] }[] {
  const out: { name: string; messages: Message[]; steps: RunStep[] }[] = [];
  for (const rec of listNormalized()) {
    const byThread = new Map<string, { messages: Map<string, Message>; steps: Map<string, RunStep> }>();
    for (const it of rec.interactions) {
      const m = /^\/v1\/threads\/([^/]+)\/(messages|runs\/[^/]+\/steps)$/.exec(it.path.split('?')[0] ?? '');
      const data = (it.response_json as { object?: string; data?: unknown[] } | null)?.data;
      if (!m || it.method.toUpperCase() !== 'GET' || !Array.isArray(data)) continue;
      const t = byThread.get(m[1]!) ?? { messages: new Map(), steps: new Map() };
      byThread.set(m[1]!, t);
      for (const d of data) {
        const o = d as { object?: string; id: string };
        if (o.object === 'thread.message') t.messages.set(o.id, parseMessage(d, `${rec.name}:${o.id}`));
        if (o.object === 'thread.run.step') t.steps.set(o.id, parseRunStep(d, `${rec.name}:${o.id}`));
      }
    }
    for (const [id, t] of byThread) {
      const messages = [...t.messages.values()].sort((a, b) => a.created_at - b.created_at || a.id.localeCompare(b.id));
      out.push({ name: `${rec.name}/${id}`, messages, steps: [...t.steps.values()] });
    }
  }
  return out;
}

describe.skipIf(!SHARED_CORPUS_PRESENT)(`conversion of real threads (${SHARED_CORPUS_PRESENT ? 'corpus' : SHARED_SKIP_REASON})`, () => {
  const threads = SHARED_CORPUS_PRESENT ? corpusThreads() : [];
  it('finds threads with messages in the corpus', () => {
    expect(threads.filter((t) => t.messages.length > 0).length).toBeGreaterThan(3);
  });
  it.each(threads.map((t) => [t.name, t] as const))('%s converts into valid items that keep what the model sees', (_name, t) => {
    const r = convertThreadExport({ messages: t.messages, steps: t.steps });
    expect(validateItems(r.items)).toEqual([]);
    expect(turnsOfItems(r.items).filter((x) => x.kind === 'message')).toEqual(turnsOfMessages(t.messages));
  });
});
