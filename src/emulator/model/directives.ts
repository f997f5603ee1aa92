/**
 * Scenarios steer the emulator's model with directives in the last user message:
 * `[[oaic:<verb> <args>]]`. Several may appear; unknown verbs are ignored (a live target just sees
 * text). The directive table is data: verb → parser of its argument text.
 */
export type Directive =
  | { verb: 'call'; name: string; arguments: string }
  | { verb: 'fail'; code: string; message: string | null }
  | { verb: 'incomplete'; reason: string }
  | { verb: 'expire' }
  | { verb: 'refuse'; text: string | null }
  | { verb: 'say'; text: string }
  | { verb: 'deltas'; count: number }
  | { verb: 'delay'; ms: number }
  | { verb: 'code'; source: string }
  | { verb: 'search'; query: string }
  | { verb: 'websearch'; query: string }
  | { verb: 'openpage'; url: string }
  | { verb: 'image'; prompt: string }
  | { verb: 'mcp'; label: string; tool: string; arguments: string }
  | { verb: 'shell'; commands: string[] }
  | { verb: 'mcpfail'; what: 'list' | 'call'; message: string | null }
  | { verb: 'stall'; ms: number }
  | { verb: 'cancel' };

type Parser = (args: string) => Directive | null;

const PARSERS: Record<string, Parser> = {
  call: (a) => {
    const m = /^(\S+)\s*(.*)$/s.exec(a);
    return m ? { verb: 'call', name: m[1]!, arguments: m[2] || '{}' } : null;
  },
  fail: (a) => {
    const m = /^(\S+)\s*(.*)$/s.exec(a);
    return { verb: 'fail', code: m?.[1] ?? 'server_error', message: m?.[2] ? m[2] : null };
  },
  incomplete: (a) => ({ verb: 'incomplete', reason: a || 'max_completion_tokens' }),
  expire: () => ({ verb: 'expire' }),
  refuse: (a) => ({ verb: 'refuse', text: a || null }),
  say: (a) => ({ verb: 'say', text: a }),
  deltas: (a) => (Number.isInteger(Number(a)) && Number(a) > 0 ? { verb: 'deltas', count: Number(a) } : null),
  delay: (a) => (Number(a) >= 0 ? { verb: 'delay', ms: Number(a) } : null),
  code: (a) => ({ verb: 'code', source: a }),
  search: (a) => ({ verb: 'search', query: a }),
  websearch: (a) => ({ verb: 'websearch', query: a }),
  openpage: (a) => (a ? { verb: 'openpage', url: a } : null),
  image: (a) => ({ verb: 'image', prompt: a }),
  mcp: (a) => {
    const m = /^(\S+)\s+(\S+)\s*(.*)$/s.exec(a);
    return m ? { verb: 'mcp', label: m[1]!, tool: m[2]!, arguments: m[3] || '{}' } : null;
  },
  shell: (a) => {
    const commands = a.split(';;').map((c) => c.trim()).filter((c) => c.length > 0);
    return commands.length ? { verb: 'shell', commands } : null;
  },
  mcpfail: (a) => {
    const m = /^(list|call)\s*(.*)$/s.exec(a);
    return m ? { verb: 'mcpfail', what: m[1] as 'list' | 'call', message: m[2] ? m[2] : null } : null;
  },
  stall: (a) => ({ verb: 'stall', ms: Number.isFinite(Number(a)) && Number(a) > 0 ? Math.min(Number(a), 60_000) : 0 }),
  cancel: () => ({ verb: 'cancel' }),
};

const PATTERN = /\[\[oaic:([a-z]+)(?:\s+([\s\S]*?))?\]\]/g;

export function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const parse = PARSERS[m[1]!];
    const d = parse?.((m[2] ?? '').trim());
    if (d) out.push(d);
  }
  return out;
}

export function stripDirectives(text: string): string {
  return text.replace(PATTERN, '').replace(/\s+/g, ' ').trim();
}
