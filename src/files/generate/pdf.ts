/**
 * PDF 1.4 writer: catalog, page tree, one page with a Helvetica text stream, an xref table whose
 * offsets are the byte positions of each `n 0 obj`, trailer, startxref, %%EOF. `readPdfXref`
 * checks a PDF's xref offsets back.
 */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);

const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function buildPdf(lines: readonly string[] = ['oaic test document', 'The quokka lives on Rottnest Island.']): Uint8Array {
  const text = lines.map((l, i) => `BT /F1 14 Tf 72 ${720 - i * 20} Td (${esc(l)}) Tj ET`).join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    "<< /Title (oaic generated PDF) /Producer (oaic) >>",
  ];
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(out);
}

/** Parses startxref and the xref table; checks every in-use entry points at `<n> <gen> obj`. */
export function readPdfXref(b: Uint8Array): { objects: number; problems: string[] } {
  const s = new TextDecoder('latin1').decode(b);
  const problems: string[] = [];
  if (!s.startsWith('%PDF-')) problems.push('no %PDF- header');
  if (!/%%EOF\s*$/.test(s)) problems.push('no %%EOF at the end');
  const sx = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(s);
  if (!sx) return { objects: 0, problems: [...problems, 'no startxref'] };
  const at = Number(sx[1]);
  if (!s.startsWith('xref', at)) return { objects: 0, problems: [...problems, `startxref ${at} does not point at "xref"`] };
  const head = /^xref\s+(\d+)\s+(\d+)\s+/.exec(s.slice(at));
  if (!head) return { objects: 0, problems: [...problems, 'unreadable xref subsection header'] };
  const first = Number(head[1]);
  const count = Number(head[2]);
  let p = at + head[0].length;
  let objects = 0;
  for (let i = 0; i < count; i++) {
    const entry = s.slice(p, p + 20);
    const m = /^(\d{10}) (\d{5}) ([nf])(?: \n| \r|\r\n)$/.exec(entry);
    if (!m) {
      problems.push(`xref entry ${first + i} is not 20 bytes "oooooooooo ggggg n \\n"`);
      break;
    }
    if (m[3] === 'n') {
      objects++;
      const off = Number(m[1]);
      if (!s.startsWith(`${first + i} ${Number(m[2])} obj`, off)) problems.push(`object ${first + i}: offset ${off} does not start "${first + i} ${Number(m[2])} obj"`);
    }
    p += 20;
  }
  if (!/trailer\s*<<[^]*\/Root\s+\d+\s+\d+\s+R/.test(s.slice(p))) problems.push('trailer has no /Root');
  return { objects, problems };
}
