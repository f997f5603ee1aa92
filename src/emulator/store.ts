/**
 * Emulator state, namespaced per API key: every key sees its own assistants, threads, files…
 * The harness gives each scenario its own key (`emu-<scenario-id>`), so scenarios are isolated
 * and deterministic even when run concurrently against one server.
 */
import { type Clock, logicalClock, realClock } from './clock.ts';
import { IdGenerator } from './ids.ts';

export class Namespace {
  readonly ids: IdGenerator;
  readonly clock: Clock;
  private readonly collections = new Map<string, Map<string, unknown>>();
  /** Counter for `x-request-id`. */
  requests = 0;

  constructor(readonly key: string, clockKind: 'logical' | 'real') {
    this.ids = new IdGenerator(key);
    this.clock = clockKind === 'logical' ? logicalClock() : realClock();
  }

  /** A typed collection (insertion-ordered map by id). */
  collection<T>(name: string): Map<string, T> {
    let c = this.collections.get(name);
    if (!c) this.collections.set(name, (c = new Map()));
    return c as Map<string, T>;
  }
}

export class Store {
  private readonly namespaces = new Map<string, Namespace>();
  constructor(private readonly clockKind: 'logical' | 'real' = 'logical') {}

  namespace(key: string): Namespace {
    let ns = this.namespaces.get(key);
    if (!ns) this.namespaces.set(key, (ns = new Namespace(key, this.clockKind)));
    return ns;
  }

  /** Forget a namespace (used by `DELETE /v1/_oaic/namespace`). */
  reset(key: string): void {
    this.namespaces.delete(key);
  }
}
