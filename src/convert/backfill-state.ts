/**
 * The state file of a backfill: which thread, which conversation, how far. Written after every
 * batch (write to a temporary file, then rename), so an interrupted backfill resumes where the
 * conversation really is (the conversation's own item count is the truth on resume).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';

export interface BackfillState {
  version: 1;
  threadId: string;
  conversationId: string | null;
  itemsSent: number;
  status: 'in_progress' | 'completed';
  updatedAt: string;
}

export function defaultStatePath(threadId: string, dir = '.oaic-tmp/backfill'): string {
  return path.join(dir, `${threadId}.json`);
}

export function readState(file: string): BackfillState | null {
  if (!existsSync(file)) return null;
  try {
    const s = JSON.parse(readFileSync(file, 'utf8')) as BackfillState;
    if (s.version !== 1 || typeof s.threadId !== 'string' || typeof s.itemsSent !== 'number') throw new Error('not a backfill state (version 1)');
    return s;
  } catch (cause) {
    throw new HarnessError('INPUT_UNREADABLE', `Failed to read the backfill state ${file}: ${(cause as Error).message}. Delete it to start over, or pass another --state file.`, { cause });
  }
}

export function writeState(file: string, state: Omit<BackfillState, 'version' | 'updatedAt'>, now = new Date()): BackfillState {
  const full: BackfillState = { version: 1, ...state, updatedAt: now.toISOString() };
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(full, null, 2) + '\n');
  renameSync(tmp, file);
  return full;
}
