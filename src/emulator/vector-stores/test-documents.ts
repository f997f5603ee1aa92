/**
 * Test support: builds small documents in memory (a PDF with a Flate text stream, ZIP-based
 * .docx/.pptx), so the extraction tests run on files made here rather than copied from anywhere.
 */
import { crc32, deflateRawSync, deflateSync } from 'node:zlib';

export function makePdf(lines: readonly string[], options: { compress?: boolean } = {}): Buffer {
  const esc = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = Buffer.from(`BT /F1 12 Tf 72 720 Td ${lines.map((l, i) => `${i ? '0 -14 Td ' : ''}(${esc(l)}) Tj`).join(' ')} ET`, 'latin1');
  const data = options.compress === false ? content : deflateSync(content);
  const filter = options.compress === false ? '' : ' /Filter /FlateDecode';
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n4 0 obj\n<< /Length ${data.length}${filter} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'),
  ]);
}

/** A PDF with a page tree: objects by number (a dict, or a dict with stream text, Flate-compressed); `packed` ones go into an object stream. */
export function makeStructuredPdf(objects: Record<number, string | { dict: string; stream: string }>, options: { packed?: readonly number[] } = {}): Buffer {
  const packed = new Set(options.packed ?? []);
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1')];
  const inStream: [number, string][] = [];
  for (const [key, value] of Object.entries(objects)) {
    const n = Number(key);
    if (typeof value === 'string' && packed.has(n)) {
      inStream.push([n, value]);
      continue;
    }
    if (typeof value === 'string') parts.push(Buffer.from(`${n} 0 obj\n${value}\nendobj\n`, 'latin1'));
    else {
      const data = deflateSync(Buffer.from(value.stream, 'latin1'));
      parts.push(Buffer.from(`${n} 0 obj\n<< ${value.dict} /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  }
  if (inStream.length) {
    let body = '';
    const header: string[] = [];
    for (const [n, v] of inStream) {
      header.push(`${n} ${body.length}`);
      body += `${v}\n`;
    }
    const head = `${header.join(' ')}\n`;
    const data = deflateSync(Buffer.from(head + body, 'latin1'));
    parts.push(Buffer.from(`99 0 obj\n<< /Type /ObjStm /N ${inStream.length} /First ${head.length} /Length ${data.length} /Filter /FlateDecode >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream\nendobj\n', 'latin1'));
  }
  parts.push(Buffer.from('trailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1'));
  return Buffer.concat(parts);
}

export function makeZip(entries: Record<string, string>, options: { deflate?: boolean } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(entries)) {
    const raw = Buffer.from(text, 'utf8');
    const method = options.deflate === false ? 0 : 8;
    const data = method === 8 ? deflateRawSync(raw) : raw;
    const nameBuf = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(raw.length, 22);
    local.writeUInt16LE(nameBuf.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(nameBuf.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBuf, data);
    centrals.push(central, nameBuf);
    offset += local.length + nameBuf.length + data.length;
  }
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(Object.keys(entries).length, 8);
  eocd.writeUInt16LE(Object.keys(entries).length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, eocd]);
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function makeDocx(paragraphs: readonly string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(p)}</w:t></w:r></w:p>`).join('');
  return makeZip({
    '[Content_Types].xml': '<?xml version="1.0"?><Types/>',
    'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  });
}

export function makePptx(slides: readonly string[]): Buffer {
  const entries: Record<string, string> = { '[Content_Types].xml': '<?xml version="1.0"?><Types/>' };
  slides.forEach((s, i) => {
    entries[`ppt/slides/slide${i + 1}.xml`] = `<?xml version="1.0"?><p:sld xmlns:a="a" xmlns:p="p"><a:p><a:r><a:t>${xmlEscape(s)}</a:t></a:r></a:p></p:sld>`;
  });
  return makeZip(entries);
}
