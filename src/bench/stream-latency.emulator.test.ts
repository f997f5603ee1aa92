import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type EmulatorHandle } from '../emulator/server.ts';
import { formatStreamLatency, measureStreamLatency, STREAM_DELTAS } from './stream-latency.ts';

// Shape only: the milliseconds are for `npm run bench`, never asserted in a timed test.
describe('measureStreamLatency', () => {
  let emu: EmulatorHandle;
  beforeAll(async () => {
    emu = await startEmulator();
  });
  afterAll(() => emu.close());

  it('streams exactly 1,000 deltas on both APIs (it throws otherwise) and prints one target line each', async () => {
    const rows = await measureStreamLatency(emu.baseURL, process.pid, 1);
    expect(rows.map((r) => [r.api, r.deltas, r.rounds])).toEqual([['responses', STREAM_DELTAS, 1], ['assistants', STREAM_DELTAS, 1]]);
    for (const r of rows) expect(formatStreamLatency(r)).toMatch(/^stream \((responses|assistants), 1000 deltas, SDK\) .* ms median +target < 100 ms (MET|NOT MET)/);
  });
});
