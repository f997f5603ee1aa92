/**
 * A Polly persister on plain paths (`recordings/<target>/<area>/<name>.har`), without persister-fs's
 * hash-suffixed directories and its express dependency. Reading happens only in replay (a record
 * run always starts a fresh recording); saving hands the HAR to the session, which scrubs it, adds
 * the metadata and writes it atomically only when the scenario passed.
 */
import Persister from '@pollyjs/persister';
import { rmSync } from 'node:fs';
import type { HarLog } from '../traffic/har.ts';
import { readHar } from './har-file.ts';
import { withReplayIds } from './rehash.ts';

const POLLY_CREATOR = 'Polly.JS';

export interface OaicPersisterOptions {
  file: string;
  scenarioId: string;
  /** Only replay reads the existing file; record replaces it as a whole. */
  read: boolean;
  save: (har: HarLog) => void;
}

export const PERSISTER_ID = 'oaic-har';

export class OaicHarPersister extends Persister<OaicPersisterOptions> {
  static override readonly id = PERSISTER_ID;

  override async onFindRecording(): Promise<never> {
    const { read, file, scenarioId } = this.options;
    const har = read ? readHar(file, scenarioId) : null;
    if (!har) return null as never;
    // HAR files made elsewhere (imports) carry no Polly ids and another creator: make them replayable.
    const ready = har.log.entries.every((e) => typeof e._id === 'string' && typeof e._order === 'number') ? har : await withReplayIds(har);
    return { log: { ...ready.log, creator: { ...ready.log.creator, name: POLLY_CREATOR } } } as never;
  }

  override async onSaveRecording(_recordingId: string, har: unknown): Promise<void> {
    this.options.save(JSON.parse(JSON.stringify(har)) as HarLog);
  }

  override async onDeleteRecording(): Promise<void> {
    rmSync(this.options.file, { force: true });
  }
}
