/**
 * Assistants stream orders: the sequence of event names of one stream, runs of the same delta
 * event collapsed into one, and what a real stream did (its plan: steps in order, how the message
 * and the run ended) turned into the directives that make the emulator do the same
 * (src/emulator/model/DIRECTIVES.md). The plan is read from the real events, so new kinds of real
 * streams in the corpus get their emulated counterpart without editing this file.
 */
import { isRecord } from '../checks/observe.ts';

export interface NamedEvent {
  event: string | null;
  data: unknown;
}

/** An event name rewritten before comparing (a documented difference, see allow-list.ts). */
export interface OrderRename {
  event: string;
  /** Only when the event's data has this status (any status when absent). */
  status?: string;
  /** Only when the event's data has a non-null `incomplete_details`. */
  incompleteDetails?: true;
  as: string;
}

const renameApplies = (r: OrderRename, e: NamedEvent): boolean => {
  const d = isRecord(e.data) ? e.data : {};
  return r.event === e.event && (r.status === undefined || d['status'] === r.status) && (r.incompleteDetails === undefined || (d['incomplete_details'] ?? null) !== null);
};

export function collapseOrder(events: readonly NamedEvent[], renames: readonly OrderRename[] = []): string[] {
  const out: string[] = [];
  for (const e of events) {
    const name = renames.find((r) => renameApplies(r, e))?.as ?? e.event ?? '(unnamed)';
    if (name.endsWith('.delta') && out[out.length - 1] === name) continue;
    out.push(name);
  }
  return out;
}

export type PlanStep = { kind: 'message'; ended: 'completed' | 'incomplete' } | { kind: 'tool'; tools: string[] };

export interface StreamPlan {
  steps: PlanStep[];
  /** The run's terminal event name in the stream (`thread.run.completed`, `thread.run.requires_action`, …). */
  runEnd: string | null;
}

/** What the real stream did, read from its events. */
export function planOf(events: readonly NamedEvent[]): StreamPlan {
  const steps: PlanStep[] = [];
  const toolsOf = new Map<string, Set<string>>();
  let runEnd: string | null = null;
  for (const e of events) {
    const d = isRecord(e.data) ? e.data : {};
    if (e.event === 'thread.run.step.created') {
      if (d['type'] === 'tool_calls') {
        const tools = new Set<string>();
        toolsOf.set(String(d['id']), tools);
        steps.push({ kind: 'tool', tools: [] });
      } else steps.push({ kind: 'message', ended: 'completed' });
    }
    const details = isRecord(d['delta']) ? d['delta']['step_details'] : d['step_details'];
    if (String(e.event).startsWith('thread.run.step.') && isRecord(details) && Array.isArray(details['tool_calls'])) {
      const tools = toolsOf.get(String(d['id']));
      for (const c of details['tool_calls']) if (isRecord(c) && typeof c['type'] === 'string') tools?.add(c['type']);
    }
    if (e.event === 'thread.message.incomplete') {
      const last = [...steps].reverse().find((s) => s.kind === 'message');
      if (last?.kind === 'message') last.ended = 'incomplete';
    }
    if (/^thread\.run\.(completed|incomplete|failed|cancelled|expired|requires_action)$/.test(String(e.event))) runEnd = String(e.event);
  }
  let toolIndex = 0;
  const ids = [...toolsOf.values()];
  for (const s of steps) if (s.kind === 'tool') s.tools = [...(ids[toolIndex++] ?? [])].sort();
  return { steps, runEnd };
}

/** Directives per tool type (a tool step of the real stream becomes one of these). */
const TOOL_DIRECTIVE: Readonly<Record<string, string>> = {
  code_interpreter: '[[oaic:code print(3 + 4)]]',
  file_search: '[[oaic:search capital of France]]',
  function: '[[oaic:call get_weather {"city":"Paris"}]]',
};

/** The user message that makes the emulator's run follow the plan; null when a step has no directive. */
export function directivesFor(plan: StreamPlan): string | null {
  const parts: string[] = ['Please help.'];
  plan.steps.forEach((s, i) => {
    if (s.kind === 'message') {
      if (plan.steps.slice(i + 1).some((n) => n.kind === 'tool')) parts.push(`[[oaic:say Let me work on that (${i}).]]`);
      if (s.ended === 'incomplete') parts.push('[[oaic:incomplete max_completion_tokens]]');
    } else for (const t of s.tools) parts.push(TOOL_DIRECTIVE[t] ?? `[[unknown tool ${t}]]`);
  });
  if (plan.runEnd === 'thread.run.failed') parts.push('[[oaic:fail server_error]]');
  if (plan.runEnd === 'thread.run.expired') parts.push('[[oaic:expire]]');
  const text = parts.join(' ');
  return text.includes('[[unknown') ? null : text;
}
