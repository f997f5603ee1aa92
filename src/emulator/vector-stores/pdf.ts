/**
 * Text from PDFs: pages in /Pages-tree order, each page's content streams (Flate or unfiltered)
 * scanned for the text-showing operators `Tj`, `TJ`, `'` and `"`, literal `( … )` and hex `< … >`
 * strings decoded through the current font's ToUnicode CMap when it has one (pdf-cmap.ts), else
 * as single bytes (UTF-16BE with a BOM for hex). A new baseline starts a line, a horizontal move
 * or a large negative TJ kerning is a space. Object streams are read (pdf-objects.ts). A file without a page
 * tree falls back to every content-like stream in file order. Not handled (LIMITATIONS.md): text
 * in Form XObjects, fonts with an /Encoding /Differences but no ToUnicode, encryption, filters
 * other than Flate, layout-based reading order.
 */
import { type CMap, decodeWithCMap, parseCMap } from './pdf-cmap.ts';
import { entry, type PdfObject, readObjects, refs } from './pdf-objects.ts';

export type PdfResult = { ok: true; text: string } | { ok: false; reason: string };

export function isPdf(buf: Buffer): boolean {
  return buf.subarray(0, 1024).includes('%PDF-');
}

export function extractPdfText(buf: Buffer): PdfResult {
  if (!isPdf(buf)) return { ok: false, reason: 'it is not a valid PDF document' };
  const objects = readObjects(buf);
  const pages = pageOrder(objects);
  const lines: string[] = [];
  if (pages.length) {
    for (const page of pages) {
      const fonts = pageFonts(page, objects);
      const content = refs(page.dict, 'Contents')
        .map((n) => objects.get(n)?.stream?.toString('latin1') ?? '')
        .join('\n');
      lines.push(...textOperators(content, fonts));
    }
  } else {
    for (const obj of objects.values()) {
      if (!obj.stream || /\/Subtype\s*\/(Image|Form|XML)|\/Type\s*\/(XObject|ObjStm|XRef|Metadata)/.test(obj.dict)) continue;
      const text = obj.stream.toString('latin1');
      if (/begincmap/.test(text)) continue;
      lines.push(...textOperators(text, new Map()));
    }
  }
  const text = lines.join('\n').replace(/[ \t]+\n/g, '\n').replace(/\n{3,}/g, '\n\n').trim();
  return { ok: true, text };
}

/** /Page objects following /Kids from the root /Pages node; object-number order if the tree is broken. */
function pageOrder(objects: Map<number, PdfObject>): PdfObject[] {
  const isType = (o: PdfObject | undefined, t: string) => o !== undefined && new RegExp(`/Type\\s*/${t}(?![A-Za-z])`).test(o.dict);
  const root = [...objects.values()].find((o) => isType(o, 'Pages') && !/\/Parent\s/.test(o.dict));
  const out: PdfObject[] = [];
  const seen = new Set<number>();
  const walk = (node: PdfObject, depth: number) => {
    if (depth > 64) return;
    for (const n of refs(node.dict, 'Kids')) {
      const kid = objects.get(n);
      if (!kid || seen.has(n)) continue;
      seen.add(n);
      if (isType(kid, 'Pages')) walk(kid, depth + 1);
      else out.push(kid);
    }
  };
  if (root) walk(root, 0);
  if (out.length) return out;
  return [...objects.entries()].sort((a, b) => a[0] - b[0]).map(([, o]) => o).filter((o) => isType(o, 'Page'));
}

/** Font resource name → ToUnicode CMap, with /Resources inherited through /Parent. */
function pageFonts(page: PdfObject, objects: Map<number, PdfObject>): Map<string, CMap> {
  let node: PdfObject | undefined = page;
  let resources: string | null = null;
  for (let depth = 0; node && !resources && depth < 64; depth++) {
    resources = entry(node.dict, 'Resources', objects);
    node = objects.get(refs(node.dict, 'Parent')[0] ?? -1);
  }
  const fonts = new Map<string, CMap>();
  const fontDict = resources ? entry(resources, 'Font', objects) : null;
  for (const m of (fontDict ?? '').matchAll(/\/([^\s/<>[\]()]+)\s+(\d+)\s+\d+\s+R/g)) {
    const font = objects.get(Number(m[2]));
    const cmapObj = font ? objects.get(refs(font.dict, 'ToUnicode')[0] ?? -1) : undefined;
    if (m[1] && cmapObj?.stream) fonts.set(m[1], parseCMap(cmapObj.stream.toString('latin1')));
  }
  return fonts;
}

type Operand = { raw: string; hex: boolean } | { space: true } | { name: string };

/**
 * Run through a content stream and collect shown strings, one entry per text line. Lines follow
 * the text position: a show at a new baseline (y from `Td`/`TD`/`Tm`, `T*`, relative to `BT`)
 * starts a line; a horizontal move on the same baseline is a space.
 */
function textOperators(content: string, fonts: Map<string, CMap>): string[] {
  const out: string[] = [];
  let line = '';
  let font: CMap | undefined;
  let y = 0;
  let lineY: number | null = null;
  let moved = false;
  const operands: Operand[] = [];
  const nums: number[] = [];
  const flush = () => {
    if (line.trim()) out.push(line);
    line = '';
  };
  const show = () => {
    if (lineY !== null && y !== lineY) flush();
    else if (moved && line && !line.endsWith(' ')) line += ' ';
    lineY = y;
    moved = false;
    for (const o of operands) {
      if ('space' in o) line += ' ';
      else if ('raw' in o) line += font ? decodeWithCMap(o.raw, font) : o.hex ? hexText(o.raw) : o.raw;
    }
  };
  const re = /\(((?:\\[\s\S]|[^\\)]|\((?:\\[\s\S]|[^\\)])*\))*)\)|<([0-9A-Fa-f\s]*)>|\/([^\s/<>[\]()]+)|(-?\d*\.?\d+)|([A-Za-z'"*]+)|\[|\]/g;
  for (let m = re.exec(content); m; m = re.exec(content)) {
    if (m[1] !== undefined) operands.push({ raw: literal(m[1]), hex: false });
    else if (m[2] !== undefined) operands.push({ raw: hexBytes(m[2]), hex: true });
    else if (m[3] !== undefined) operands.push({ name: m[3] });
    else if (m[4] !== undefined) {
      nums.push(Number(m[4]));
      if (Number(m[4]) < -200) operands.push({ space: true });
    } else if (m[5] !== undefined) {
      const op = m[5];
      if (op === 'Tf') {
        const name = operands.find((o): o is { name: string } => 'name' in o)?.name;
        font = name === undefined ? undefined : fonts.get(name);
      } else if (op === 'Tj' || op === 'TJ') show();
      else if (op === "'" || op === '"') {
        y -= 1;
        show();
      } else if (op === 'BT') y = 0;
      else if (op === 'Td' || op === 'TD') {
        y += nums[1] ?? 0;
        moved = true;
      } else if (op === 'Tm') {
        y = nums[5] ?? 0;
        moved = true;
      } else if (op === 'T*') y -= 1;
      operands.length = 0;
      nums.length = 0;
    }
  }
  flush();
  return out;
}

function literal(s: string): string {
  return s.replace(/\\(\d{1,3}|[\s\S])/g, (_m, e: string) => {
    if (/^\d/.test(e)) return String.fromCharCode(parseInt(e, 8) & 0xff);
    return ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '\n': '', '\r': '' } as Record<string, string>)[e] ?? e;
  });
}

function hexBytes(s: string): string {
  const h = s.replace(/\s+/g, '');
  return Buffer.from(h.length % 2 ? `${h}0` : h, 'hex').toString('latin1');
}

/** A hex string without a font map: UTF-16BE with a BOM, else single bytes. */
function hexText(raw: string): string {
  if (raw.charCodeAt(0) === 0xfe && raw.charCodeAt(1) === 0xff) return Buffer.from(Buffer.from(raw.slice(2, 2 + ((raw.length - 2) & ~1)), 'latin1')).swap16().toString('utf16le');
  return raw;
}
