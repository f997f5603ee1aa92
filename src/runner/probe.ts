/**
 * Asks a live target once which API families it serves. A 404/410 on `GET /assistants` means the
 * Assistants API is gone there (api.openai.com since 2026-08-26): those scenarios skip with the
 * reason rather than fail.
 */
export async function probeTarget(baseURL: string, apiKey: string): Promise<Record<string, string>> {
  const unsupported: Record<string, string> = {};
  const probes: [string, string][] = [
    ['assistants', '/assistants?limit=1'],
    ['responses', '/responses/resp_oaic_probe'],
  ];
  for (const [api, path] of probes) {
    try {
      const r = await fetch(baseURL + path, { headers: { authorization: `Bearer ${apiKey}`, 'openai-beta': 'assistants=v2' }, signal: AbortSignal.timeout(10_000) });
      const body = await r.text();
      const routeMissing = r.status === 410 || (r.status === 404 && /Invalid URL|not found|no longer|deprecated|shut down/i.test(body) && !/No response found/i.test(body));
      if (api === 'assistants' ? routeMissing : r.status === 404 && /Invalid URL/.test(body)) {
        unsupported[api] = `${baseURL} does not serve the ${api} API (HTTP ${r.status} on GET ${path})`;
        if (api === 'assistants') unsupported['threads'] = unsupported[api];
      }
    } catch {
      // Unreachable targets fail in the scenarios themselves, with the connection error.
    }
  }
  return unsupported;
}
