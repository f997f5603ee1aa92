/**
 * Delta accumulation for Assistants streams: message text deltas and run-step tool-call deltas,
 * concatenated per content / tool-call index, compared with the completed object.
 */
import { isRecord, num, str, type Json } from './observe.ts';

export interface DeltaProblem {
  kind: 'index' | 'mismatch';
  path: string;
  observed: unknown;
  expected: unknown;
  message: string;
}

/** Accumulated strings per index, per field (`text`, `function.arguments`, `code_interpreter.input`). */
export class DeltaAccumulator {
  readonly parts = new Map<number, Map<string, string>>();
  ids = new Map<number, string>();
  private maxIndex = -1;

  /** Applies one delta array (`content` or `tool_calls`); returns index problems. */
  apply(entries: unknown, fields: readonly string[], at: string): DeltaProblem[] {
    const problems: DeltaProblem[] = [];
    if (!Array.isArray(entries)) return problems;
    entries.forEach((e: unknown, i) => {
      const index = isRecord(e) ? num(e['index']) : undefined;
      const known = this.maxIndex;
      if (index === undefined || !Number.isInteger(index) || index < 0 || index > known + 1) {
        problems.push({ kind: 'index', path: `${at}[${i}].index`, observed: isRecord(e) ? e['index'] : e, expected: `an integer in 0..${known + 1}`, message: `Delta index ${JSON.stringify(isRecord(e) ? e['index'] : e)} is not the next or a known index` });
        return;
      }
      const entry = e as Json;
      let slot = this.parts.get(index);
      if (!slot) {
        slot = new Map<string, string>();
        this.parts.set(index, slot);
        if (index > this.maxIndex) this.maxIndex = index;
      }
      const id = str(entry['id']);
      if (id) this.ids.set(index, id);
      for (const f of fields) {
        const v = str(pick(entry, f));
        if (v !== undefined) slot.set(f, (slot.get(f) ?? '') + v);
      }
    });
    return problems;
  }

  /**
   * Compares the accumulated strings with the final array (content or tool_calls). `strict`: the
   * object was created in the observed traffic, so text that no delta carried is a mismatch too.
   */
  compare(final: unknown, at: string, fields: readonly string[], strict: boolean): DeltaProblem[] {
    const problems: DeltaProblem[] = [];
    const arr = Array.isArray(final) ? final : [];
    if (strict) {
      arr.forEach((item: unknown, index) => {
        for (const f of fields) {
          const want = pick(item, f);
          if (typeof want === 'string' && want !== '' && this.parts.get(index)?.get(f) === undefined) problems.push({ kind: 'mismatch', path: `${at}[${index}].${f}`, observed: '', expected: want, message: `The final object has ${f} at index ${index} that no delta carried` });
        }
      });
    }
    for (const [index, slot] of this.parts) {
      const item: unknown = arr[index];
      if (!isRecord(item)) {
        problems.push({ kind: 'index', path: `${at}[${index}]`, observed: index, expected: `< ${arr.length}`, message: `Deltas reached index ${index}, the final object has ${arr.length} entries` });
        continue;
      }
      const id = this.ids.get(index);
      if (id !== undefined && str(item['id']) !== undefined && item['id'] !== id) problems.push({ kind: 'mismatch', path: `${at}[${index}].id`, observed: id, expected: item['id'], message: `Deltas at index ${index} name ${id}, the final object ${String(item['id'])}` });
      for (const [f, acc] of slot) {
        const want = pick(item, f);
        if (typeof want === 'string' && want !== acc) problems.push({ kind: 'mismatch', path: `${at}[${index}].${f}`, observed: acc, expected: want, message: `Concatenated deltas at index ${index} (${f}) differ from the final value` });
      }
    }
    return problems;
  }

  /** Accumulated `function.arguments` by tool-call id (for required_action). */
  argumentsById(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [index, slot] of this.parts) {
      const id = this.ids.get(index);
      const args = slot.get('function.arguments');
      if (id !== undefined && args !== undefined) out.set(id, args);
    }
    return out;
  }
}

const PATHS = new Map<string, readonly string[]>();

/** `pick(o, 'a.b.c')`: the value at a dotted path, undefined when any step is missing. */
export function pick(v: unknown, dotted: string): unknown {
  let keys = PATHS.get(dotted);
  if (!keys) PATHS.set(dotted, (keys = dotted.split('.')));
  let cur: unknown = v;
  for (const k of keys) cur = isRecord(cur) ? cur[k] : undefined;
  return cur;
}

export const MESSAGE_DELTA_FIELDS = ['text.value'] as const;
export const STEP_DELTA_FIELDS = ['function.arguments', 'code_interpreter.input'] as const;
