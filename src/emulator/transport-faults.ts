/**
 * Transport faults for retry tests: middleware that answers one request per API-key namespace with
 * a 429 (with retry-after), a 500, or a dropped connection, when the matching fault switch is on
 * (`startEmulator({ faults })` or the `x-oaic-fault` header; the server always installs it).
 * Each `-once` fault fires once per namespace, one fault per request, in table order, so
 * `http-429-once,http-500-once,drop-connection-once` gives three failures, then the real answer.
 */
import { ApiError } from './errors.ts';
import type { EmuRequest, EmuResponse } from './http.ts';
import { serverError } from './server-error.ts';
import type { Middleware } from './server.ts';
import type { Namespace } from './store.ts';

type Fault = { name: string; fire: (socket: { destroy(): void }, req: EmuRequest) => EmuResponse | 'dropped' };

const envelope = (e: ApiError, headers: Record<string, string> = {}): EmuResponse => ({ kind: 'json', status: e.status, body: e.envelope(), headers });

/** The faults, as data: name → what the client sees. */
export const TRANSPORT_FAULTS: readonly Fault[] = [
  {
    name: 'http-429-once',
    fire: () => envelope(new ApiError(429, 'Rate limit reached for requests. Please try again in 1s.', 'rate_limit_error', null, 'rate_limit_exceeded'), { 'retry-after': '1', 'x-ratelimit-remaining-requests': '0' }),
  },
  {
    name: 'http-500-once',
    fire: (_socket, req) => envelope(serverError(req.requestId)),
  },
  {
    name: 'drop-connection-once',
    fire: (socket) => (socket.destroy(), 'dropped'),
  },
];

const fired = new WeakMap<Namespace, Set<string>>();

export const transportFaults: Middleware = (req, raw) => {
  let done = fired.get(req.ns);
  for (const fault of TRANSPORT_FAULTS) {
    if (!req.faults.has(fault.name) || done?.has(fault.name)) continue;
    if (!done) fired.set(req.ns, (done = new Set()));
    done.add(fault.name);
    const answer = fault.fire(raw.socket, req);
    // A dropped connection has no answer; park the handler (the socket is gone, nothing is written).
    return answer === 'dropped' ? new Promise<undefined>(() => undefined) : answer;
  }
  return undefined;
};
