/**
 * Traffic checks every known-issue scenario declares. The per-version verdicts are decided in
 * the scenario (they depend on the SDK version, which traffic does not carry); these checks hold
 * for every version: errors the emulator sends keep the service's envelope, and every exchange
 * either completed or says why not.
 */
import { defineCheck } from '../checks/check.ts';
import { violation } from '../checks/violation.ts';

export const errorEnvelope = defineCheck({
  id: 'ki-error-envelope',
  description: 'Every 4xx/5xx JSON body is {"error":{"message","type","param","code"}}',
  run: (traffic) =>
    traffic.exchanges.flatMap((x) => {
      if (x.status < 400 || !x.responseContentType?.includes('json')) return [];
      const e = (x.responseBody as { error?: Record<string, unknown> } | null)?.error;
      const ok = !!e && typeof e['message'] === 'string' && typeof e['type'] === 'string' && 'param' in e && 'code' in e;
      return ok ? [] : [violation('KI_ERROR_ENVELOPE', { exchange: x.index }, x.responseBody, '{ error: { message, type, param, code } }', `${x.method} ${x.path} → ${x.status} without the service's error envelope.`)];
    }),
});

export const exchangesComplete = defineCheck({
  id: 'ki-exchanges-complete',
  description: 'Every exchange got a response or records its transport error (aborts included)',
  run: (traffic) =>
    traffic.exchanges.flatMap((x) => (x.status === 0 && !x.transportError ? [violation('KI_EXCHANGE_INCOMPLETE', { exchange: x.index }, x.status, 'a status or a transportError', `${x.method} ${x.path} has neither a response nor a transport error.`)] : [])),
});

export const KNOWN_ISSUE_CHECKS = [errorEnvelope, exchangesComplete] as const;
