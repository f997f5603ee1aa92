/**
 * Coverage of the committed recordings: which run statuses and which stream event names appear
 * in at least one recordings/**\/*.har (read with harToTraffic), and in which files; and what of
 * the spec inventory (spec-inventory.ts) is in none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { eventData, isRecord } from '../checks/observe.ts';
import { harToTraffic, type HarLog } from '../traffic/har.ts';
import type { Traffic } from '../traffic/types.ts';
import type { SpecInventory } from './spec-inventory.ts';

export type Seen = Record<keyof SpecInventory, Map<string, Set<string>>>;

export function listHarFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.har')) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

const add = (m: Map<string, Set<string>>, key: string, file: string) => {
  let s = m.get(key);
  if (!s) m.set(key, (s = new Set()));
  s.add(file);
};

/** Every run status in any run object (bodies, list pages, event data) and every stream event name. */
export function scanTraffic(traffic: Traffic, file: string, seen: Seen): void {
  const walk = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(walk);
    else if (isRecord(v)) {
      if (v['object'] === 'thread.run' && typeof v['status'] === 'string') add(seen.runStatuses, v['status'], file);
      Object.values(v).forEach(walk);
    }
  };
  for (const ex of traffic.exchanges) {
    walk(ex.responseBody);
    const responses = /^(\/v1)?\/responses(\/|$)/.test(ex.path);
    for (const ev of ex.sse ?? []) {
      const data = eventData(ev);
      walk(data);
      if (responses) {
        const type = isRecord(data) && typeof data['type'] === 'string' ? data['type'] : ev.event;
        if (type) add(seen.responsesStreamEvents, type, file);
      } else if (ev.event) add(seen.assistantsStreamEvents, ev.event, file);
    }
  }
}

export function scanRecordings(dir: string): { seen: Seen; files: string[] } {
  const seen: Seen = { runStatuses: new Map(), assistantsStreamEvents: new Map(), responsesStreamEvents: new Map() };
  const files = listHarFiles(dir);
  for (const f of files) {
    const rel = path.relative(dir, f);
    scanTraffic(harToTraffic(JSON.parse(readFileSync(f, 'utf8')) as HarLog, rel), rel, seen);
  }
  return { seen, files };
}

/** Per list of the inventory, the names no recording holds. */
export function missing(inventory: SpecInventory, seen: Seen): Record<keyof SpecInventory, string[]> {
  const pick = (k: keyof SpecInventory) => inventory[k].filter((n) => !seen[k].has(n));
  return { runStatuses: pick('runStatuses'), assistantsStreamEvents: pick('assistantsStreamEvents'), responsesStreamEvents: pick('responsesStreamEvents') };
}
