/**
 * `oaic import` for one file: detect its format, read its exchanges, scrub them and write a
 * recording `<out-dir>/<source>/<name>.har` with `log._oaic.provenance = imported:<source>`.
 */
import { readFileSync, renameSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { HarnessError } from '../errors/harness-error.ts';
import type { HarLog, OaicMetadata } from '../traffic/har.ts';
import { harToTraffic } from '../traffic/har.ts';
import { scrubHar } from '../recording/scrub.ts';
import { HARNESS_VERSION } from '../version/index.ts';
import { headerValue, toHarEntry, type CapturedExchange } from './captured.ts';
import { spreadWithinSeconds, timingOf } from './timing.ts';
import { detectFormat, FORMATS, Probe, type ImportFormat, type ReadOptions } from './formats.ts';

export interface ImportOptions extends ReadOptions {
  /** Provenance label (`imported:<source>`) and output folder; default the format name. */
  source?: string;
  /** Directory holding the `<source>/` folders (default recordings/imported). */
  outDir: string;
}

export interface Imported {
  file: string;
  format: ImportFormat;
  source: string;
  name: string;
  har: HarLog;
}

/** User-agent / stainless headers → the SDK that made the requests (data). */
const SDKS: readonly { ua: RegExp; name: string }[] = [
  { ua: /^(Async)?OpenAI\/Python ([\d.]+\S*)/, name: 'openai-python' },
  { ua: /^(Async)?OpenAI\/JS ([\d.]+\S*)/, name: 'openai' },
];

function sdkOf(xs: CapturedExchange[]): OaicMetadata['sdk'] {
  for (const x of xs) {
    const ua = headerValue(x.requestHeaders, 'user-agent');
    for (const s of SDKS) {
      const m = ua ? s.ua.exec(ua) : null;
      if (m?.[2]) return { name: s.name, version: m[2] };
    }
    const v = headerValue(x.requestHeaders, 'x-stainless-package-version');
    const lang = headerValue(x.requestHeaders, 'x-stainless-lang');
    if (v && lang && v !== 'REDACTED') return { name: lang === 'js' ? 'openai' : `openai-${lang}`, version: v };
  }
  return null;
}

export const safeName = (s: string): string => s.replace(/[^A-Za-z0-9._@-]+/g, '-').replace(/^-+|-+$/g, '') || 'imported';

const unreadable = (file: string, reason: string, cause?: unknown) =>
  new HarnessError('INPUT_UNREADABLE', `Failed to import ${file}: ${reason}. Pass a HAR file, a VCR or vcrpy cassette (YAML), an SSE transcript or JSON Lines of events (see \`oaic import --help\`).`, cause === undefined ? {} : { cause });

/** Reads one file into a recording (nothing written). `fallbackTime` dates captures that carry no dates. */
export function importText(text: string, file: string, opts: Omit<ImportOptions, 'outDir'>, fallbackTime: Date): Omit<Imported, 'file'> {
  const probe = new Probe(text);
  const spec = detectFormat(probe);
  if (!spec) throw unreadable(file, `its format is none of ${FORMATS.map((f) => f.name).join(', ')}`);
  let exchanges: CapturedExchange[];
  try {
    exchanges = spec.read(probe, opts);
  } catch (cause) {
    throw unreadable(file, `it looks like ${spec.describe} but could not be read (${(cause as Error).message})`, cause);
  }
  if (!exchanges.length) throw unreadable(file, `it is ${spec.describe} but holds no HTTP exchanges`);
  const source = safeName(opts.source ?? spec.name);
  const name = safeName(path.basename(file).replace(/\.(har|ya?ml|json|jsonl|ndjson|sse|txt|py)$/i, ''));
  const captured = exchanges.map((x) => (x.startedAt ? Date.parse(x.startedAt) : NaN));
  const times = spreadWithinSeconds(captured);
  const firstDated = times.find((t) => Number.isFinite(t));
  let last = (firstDated ?? fallbackTime.getTime()) - 1;
  const entries = exchanges.map((x, i) => {
    const t = times[i]!;
    const e = toHarEntry(Number.isFinite(t) ? { ...x, startedAt: new Date(t).toISOString() } : x, i, last);
    last = Date.parse(e.startedDateTime);
    return e;
  });
  // The sdk is read before scrubbing drops the user-agent; then the recording layer's scrubber.
  const har: HarLog = scrubHar({
    log: {
      version: '1.2',
      creator: { name: 'oaic import', version: HARNESS_VERSION, comment: `${spec.name} ${path.basename(file)}` },
      _recordingName: name,
      _oaic: { format: 1, scenarioId: null, target: 'imported', provenance: `imported:${source}`, sdk: sdkOf(exchanges), harnessVersion: HARNESS_VERSION, recordedAt: entries[0]!.startedDateTime, timing: timingOf(captured) },
      entries,
    },
  });
  harToTraffic(har, file); // the recording must read back as traffic
  return { format: spec.name, source, name, har };
}

/** Imports one file and writes it (atomically); `taken` avoids two inputs overwriting one output. */
export function importFile(file: string, opts: ImportOptions, taken = new Set<string>()): Imported & { output: string } {
  let text: string;
  let mtime: Date;
  try {
    text = readFileSync(file, 'utf8');
    mtime = statSync(file).mtime;
  } catch (cause) {
    throw unreadable(file, (cause as Error).message, cause);
  }
  const imported = importText(text, file, opts, mtime);
  const dir = path.join(opts.outDir, imported.source);
  let output = path.join(dir, `${imported.name}.har`);
  for (let n = 2; taken.has(output); n++) output = path.join(dir, `${imported.name}-${n}.har`);
  taken.add(output);
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${output}.tmp`, JSON.stringify(imported.har, null, 2) + '\n');
  renameSync(`${output}.tmp`, output);
  return { ...imported, file, output };
}
