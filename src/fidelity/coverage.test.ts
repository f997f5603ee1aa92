/**
 * Issue 3, "Done when": each run status and each stream event name of the spec appears in at
 * least one committed recording (recordings/**\/*.har). The inventory is inline
 * (spec-inventory.ts) so this runs without ../shared; when the spec is there, the inline lists
 * are checked against it. On failure the message names every status / event missing, per list.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { HARNESS_ROOT } from '../cli/project-root.ts';
import { SHARED_OPENAPI, SHARED_SKIP_REASON } from '../testing/shared-corpus.ts';
import type { Traffic } from '../traffic/types.ts';
import { missing, scanRecordings, scanTraffic, type Seen } from './coverage.ts';
import { SPEC_INVENTORY, UNREACHABLE_IN_SPEC, type SpecInventory } from './spec-inventory.ts';
import { inventoryFromSpec } from './spec-inventory-extract.ts';

const RECORDINGS = path.join(HARNESS_ROOT, 'recordings');
const LISTS: readonly (keyof SpecInventory)[] = ['runStatuses', 'assistantsStreamEvents', 'responsesStreamEvents'];

describe('scanTraffic', () => {
  it('finds run statuses in bodies, lists and event data, and event names per API', () => {
    const sse = (path: string, events: [string | null, unknown][]): Traffic['exchanges'][number] => ({
      index: 0, method: 'POST', path, query: '', requestContentType: null, requestBody: null, status: 200, responseHeaders: {}, responseContentType: 'text/event-stream', responseBody: null,
      sse: events.map(([event, data], index) => ({ index, event, data: typeof data === 'string' ? data : JSON.stringify(data) })),
    });
    const list = { ...sse('/v1/threads/t/runs', []), sse: null, responseBody: { object: 'list', data: [{ object: 'thread.run', status: 'expired' }] } };
    const traffic: Traffic = { source: 't', exchanges: [
      list,
      sse('/v1/threads/t/runs', [['thread.run.created', { object: 'thread.run', status: 'queued' }], ['done', '[DONE]']]),
      sse('/v1/responses', [[null, { type: 'response.created', response: {} }], ['response.completed', { type: 'response.completed' }]]),
    ] };
    const seen: Seen = { runStatuses: new Map(), assistantsStreamEvents: new Map(), responsesStreamEvents: new Map() };
    scanTraffic(traffic, 'a.har', seen);
    expect([...seen.runStatuses.keys()].sort()).toEqual(['expired', 'queued']);
    expect([...seen.assistantsStreamEvents.keys()]).toEqual(['thread.run.created', 'done']);
    expect([...seen.responsesStreamEvents.keys()]).toEqual(['response.created', 'response.completed']);
    const gaps = missing({ runStatuses: ['queued', 'failed'], assistantsStreamEvents: ['done'], responsesStreamEvents: ['response.failed'] }, seen);
    expect(gaps).toEqual({ runStatuses: ['failed'], assistantsStreamEvents: [], responsesStreamEvents: ['response.failed'] });
  });
});

describe('committed recordings cover the spec', () => {
  const { seen, files } = scanRecordings(RECORDINGS);
  const gaps = missing(SPEC_INVENTORY, seen);
  process.stdout.write(
    `\nrecordings scanned: ${files.length}\n` +
      LISTS.map((k) => `${k}: ${SPEC_INVENTORY[k].length - gaps[k].length}/${SPEC_INVENTORY[k].length} recorded; missing (${gaps[k].length}): ${gaps[k].join(', ') || 'none'}`).join('\n') +
      '\n',
  );

  it('finds committed recordings to scan', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const list of LISTS) {
    it(`every ${list} entry of the spec appears in at least one recording (but the documented unreachable ones)`, () => {
      // Unreachable entries must still be missing: a recording that holds one retires its entry.
      const unreachable = SPEC_INVENTORY[list].filter((name) => name in UNREACHABLE_IN_SPEC);
      expect(unreachable.filter((name) => !gaps[list].includes(name)), `recorded now, so drop them from UNREACHABLE_IN_SPEC (spec-inventory.ts)`).toEqual([]);
      expect(gaps[list].filter((name) => !(name in UNREACHABLE_IN_SPEC)), `${list} missing from every recordings/**/*.har: ${gaps[list].join(', ')}. Add a scenario that reaches each (see src/emulator/model/DIRECTIVES.md) and record it with \`npm run oaic -- record <scenario-id>\`.`).toEqual([]);
    });
  }
});

describe.skipIf(!existsSync(SHARED_OPENAPI))(`the inline spec inventory matches ../shared/openapi/openapi.yaml${existsSync(SHARED_OPENAPI) ? '' : ` (${SHARED_SKIP_REASON})`}`, () => {
  const fromSpec = existsSync(SHARED_OPENAPI) ? inventoryFromSpec(parse(readFileSync(SHARED_OPENAPI, 'utf8'), { maxAliasCount: -1 })) : null;
  for (const list of LISTS) {
    it(`${list}: same names`, () => {
      expect(fromSpec?.[list].length).toBeGreaterThan(0);
      expect([...SPEC_INVENTORY[list]].sort()).toEqual(fromSpec?.[list]);
    });
  }
});
