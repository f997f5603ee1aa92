/** Emulator-only endpoints under `/v1/_oaic/…` (never part of the OpenAI surface). */
import { json } from '../http.ts';
import type { Route } from '../router.ts';

export const adminRoutes: Route[] = [
  { method: 'GET', pattern: '/_oaic/health', handler: () => json({ ok: true, emulator: 'oaic' }) },
  {
    method: 'GET',
    pattern: '/_oaic/namespace',
    handler: (req) => json({ key_hash: req.ns.ids.next('ns_', 8), requests: req.ns.requests, now: req.ns.clock.now() }),
  },
];
