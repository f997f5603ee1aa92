/**
 * Streams a thread into conversation items: push messages in order (oldest first), get items
 * back at once. Tool-call steps of a run are placed before the message the run created (the
 * message_creation step tells which); steps of a run after its last message are flushed when
 * the next run starts; steps of runs that made no message come at the end (reported).
 * Constant memory per message except the steps of the run in flight.
 */
import { LossReport, type Loss } from './losses.ts';
import { convertMessage, messageWhere } from './message.ts';
import type { ConvertOptions } from './options.ts';
import { convertStep } from './steps.ts';
import type { Message, RunStep } from './wire-assistants.ts';
import type { ConvertedItem } from './wire-conversations.ts';

interface RunSteps {
  steps: { step: RunStep; index: number }[];
  next: number;
}

export interface EmittedItem {
  item: ConvertedItem;
  /** Where in the input the item came from (`messages[3](msg_…)` or `steps[2](step_…)`). */
  source: string;
}

export class ThreadConverter {
  readonly report = new LossReport();
  private readonly runs = new Map<string, RunSteps>();
  /** Runs whose steps were all emitted (their steps are released: memory stays bounded). */
  private readonly doneRuns = new Set<string>();
  private currentRun: string | null = null;
  private messageIndex = 0;
  private stepIndex = 0;
  private readonly lose = (l: Loss): void => this.report.add(l);

  constructor(private readonly options: ConvertOptions = {}) {}

  get losses(): Loss[] {
    return this.report.losses;
  }

  /** Registers run steps (any order; sorted by created_at, stable); `forRun` marks a run read even with no steps. */
  addSteps(steps: readonly RunStep[], forRun?: string): void {
    if (this.options.includeSteps === false) return;
    if (forRun !== undefined && !this.hasRun(forRun)) this.runs.set(forRun, { steps: [], next: 0 });
    for (const step of steps) {
      if (this.doneRuns.has(step.run_id)) continue;
      let run = this.runs.get(step.run_id);
      if (!run) this.runs.set(step.run_id, (run = { steps: [], next: 0 }));
      run.steps.push({ step, index: this.stepIndex++ });
    }
    for (const run of this.runs.values()) run.steps.sort((a, b) => (a.step.created_at ?? 0) - (b.step.created_at ?? 0) || a.index - b.index);
  }

  /** Whether steps of this run were registered (the streaming reader fetches them once). */
  hasRun(runId: string): boolean {
    return this.runs.has(runId) || this.doneRuns.has(runId);
  }

  push(message: Message): EmittedItem[] {
    const out: EmittedItem[] = [];
    const runId = message.run_id ?? null;
    if (this.currentRun !== null && runId !== this.currentRun) this.flushRun(this.currentRun, out);
    if (runId !== null) {
      this.currentRun = runId;
      const run = this.runs.get(runId);
      if (run) {
        const k = run.steps.findIndex((s) => s.step.step_details.type === 'message_creation' && s.step.step_details.message_creation.message_id === message.id);
        if (k >= 0) {
          this.emitSteps(run, k, out);
          run.next = k + 1;
        }
      }
    }
    const index = this.messageIndex++;
    out.push({ item: convertMessage(message, index, this.lose, this.options), source: messageWhere(index, message) });
    return out;
  }

  /** Items still pending after the last message: the last run's trailing steps, orphaned runs. */
  end(): EmittedItem[] {
    const out: EmittedItem[] = [];
    if (this.currentRun !== null) this.flushRun(this.currentRun, out);
    this.currentRun = null;
    for (const [runId, run] of [...this.runs]) {
      if (run.next >= run.steps.length) continue;
      const before = out.length;
      this.flushRun(runId, out);
      if (out.length > before) {
        this.lose({ code: 'STEP_ORPHANED', where: `run ${runId}`, what: `${out.length - before} item(s) from its tool-call steps`, why: 'no message of the thread comes from this run, so its position is unknown; the items are placed at the end' });
      }
    }
    return out;
  }

  private flushRun(runId: string, out: EmittedItem[]): void {
    const run = this.runs.get(runId);
    if (!run) return;
    this.emitSteps(run, run.steps.length, out);
    this.runs.delete(runId);
    this.doneRuns.add(runId);
  }

  private emitSteps(run: RunSteps, until: number, out: EmittedItem[]): void {
    for (let i = run.next; i < until; i++) {
      const s = run.steps[i]!;
      for (const item of convertStep(s.step, s.index, this.lose, this.options)) out.push({ item, source: `steps[${s.index}](${s.step.id})` });
    }
    run.next = Math.max(run.next, until);
  }
}
