/**
 * The import formats, as data: how each is recognised (by content, not by file extension) and
 * read into CapturedExchanges. The first format whose `sniff` matches wins, so the order matters:
 * an SSE transcript is also valid YAML.
 */
import type { CapturedExchange } from './captured.ts';
import { harExchanges, isHar } from './har-import.ts';
import { inlineSnapshotExchanges, isInlineSnapshot } from './inline-snapshot.ts';
import { isJsonLines, isSseTranscript, jsonlExchanges, sseExchanges } from './sse-import.ts';
import { isRubyVcr, isVcrpy, vcrInteractions } from './vcr.ts';
import { parseCassetteYaml } from './yaml.ts';

export type ImportFormat = 'har' | 'inline-snapshot' | 'sse' | 'jsonl' | 'vcr-ruby' | 'vcrpy';

/** The file's text, parsed lazily (and at most once) as JSON or YAML. */
export class Probe {
  private parsed = new Map<'json' | 'yaml', unknown>();
  constructor(readonly text: string) {}
  private parse(kind: 'json' | 'yaml'): unknown {
    if (!this.parsed.has(kind)) {
      let v: unknown = undefined;
      try {
        v = kind === 'json' ? JSON.parse(this.text) : parseCassetteYaml(this.text);
      } catch {
        v = undefined;
      }
      this.parsed.set(kind, v);
    }
    return this.parsed.get(kind);
  }
  json(): unknown {
    return /^\s*\{/.test(this.text) ? this.parse('json') : undefined;
  }
  yaml(): unknown {
    return this.parse('yaml');
  }
}

export interface ReadOptions {
  /** Request path for SSE transcripts and JSON Lines (default: inferred from the event names). */
  path?: string;
}

export interface FormatSpec {
  name: ImportFormat;
  describe: string;
  sniff: (p: Probe) => boolean;
  read: (p: Probe, opts: ReadOptions) => CapturedExchange[];
}

const withPath = (o: ReadOptions) => (o.path ? { path: o.path } : {});

export const FORMATS: readonly FormatSpec[] = [
  { name: 'har', describe: 'HAR 1.2 (browser devtools, proxies, Polly)', sniff: (p) => isHar(p.json()), read: (p) => harExchanges(p.json() as Parameters<typeof harExchanges>[0]) },
  { name: 'inline-snapshot', describe: "openai-python's live-recorded snapshot tests", sniff: (p) => isInlineSnapshot(p.text), read: (p) => inlineSnapshotExchanges(p.text) },
  { name: 'sse', describe: 'a raw SSE transcript (one streamed response)', sniff: (p) => isSseTranscript(p.text), read: (p, o) => sseExchanges(p.text, withPath(o)) },
  { name: 'jsonl', describe: 'JSON Lines of stream events (one streamed response)', sniff: (p) => isJsonLines(p.text), read: (p, o) => jsonlExchanges(p.text, withPath(o)) },
  { name: 'vcr-ruby', describe: 'a Ruby VCR cassette (YAML)', sniff: (p) => isRubyVcr(p.yaml()), read: (p) => vcrInteractions(p.yaml()) },
  { name: 'vcrpy', describe: 'a Python vcrpy cassette (YAML)', sniff: (p) => isVcrpy(p.yaml()), read: (p) => vcrInteractions(p.yaml()) },
];

export const detectFormat = (p: Probe): FormatSpec | undefined => FORMATS.find((f) => f.sniff(p));
