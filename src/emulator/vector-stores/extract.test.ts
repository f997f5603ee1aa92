import { describe, expect, it } from 'vitest';
import { extractText, htmlToText, MAX_FILE_TOKENS } from './extract.ts';
import { extractPdfText } from './pdf.ts';
import { makeDocx, makePdf, makePptx, makeStructuredPdf, makeZip } from './test-documents.ts';
import { readZip } from './zip.ts';

const text = (r: ReturnType<typeof extractText>) => (r.ok ? r.text : `ERR ${r.error.code}: ${r.error.message}`);

describe('extractText', () => {
  it('reads UTF-8, UTF-16 (with BOM) and ASCII text and code files', () => {
    expect(text(extractText('a.txt', Buffer.from('caf\u00e9 au lait')))).toBe('caf\u00e9 au lait');
    expect(text(extractText('a.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('hello utf16', 'utf16le')])))).toBe('hello utf16');
    expect(text(extractText('a.py', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('be', 'utf16le').swap16()])))).toBe('be');
    expect(text(extractText('a.json', Buffer.from('{"k": 1}')))).toBe('{"k": 1}');
  });

  it('fails text that is not UTF-8/UTF-16/ASCII, binary under a text extension, and empty files with invalid_file', () => {
    const latin1 = extractText('a.txt', Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    expect(latin1).toEqual({ ok: false, error: { code: 'invalid_file', message: 'The file could not be parsed because it is not valid UTF-8, UTF-16 or ASCII text.' } });
    expect(extractText('a.js', Buffer.from([0x41, 0x00, 0x42])).ok).toBe(false);
    // Over the 5,000,000-token cap (one 20 MB "word" counts one token per 4 characters): the real "too large" text.
    expect(extractText('big.txt', Buffer.from('x'.repeat(4 * MAX_FILE_TOKENS + 4)))).toEqual({ ok: false, error: { code: 'invalid_file', message: 'The file could not be parsed because it is too large.' } });
    expect(text(extractText('a.txt', Buffer.from('  \n ')))).toBe('ERR invalid_file: The file could not be parsed because it contains no text.');
  });

  it('fails content of an unsupported kind under a supported name with unsupported_file', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
    expect(extractText('chart.pdf', png)).toEqual({ ok: false, error: { code: 'unsupported_file', message: 'The file type is not supported.' } });
    expect(extractText('photo.txt', Buffer.from([0xff, 0xd8, 0xff, 0xe0])).ok).toBe(false);
  });

  it('drops HTML markup, scripts and styles and decodes entities', () => {
    expect(htmlToText('<html><head><title>t</title><style>p{}</style></head><body><h1>Title</h1><p>A &amp; B&nbsp;&#233;</p><script>x()</script></body></html>')).toBe('Title\n\nA & B \u00e9');
  });

  it('extracts PDF text from Flate and uncompressed content streams and rejects non-PDFs', () => {
    expect(extractPdfText(makePdf(['The quarterly revenue grew.', 'Costs (fixed) fell.']))).toEqual({ ok: true, text: 'The quarterly revenue grew.\nCosts (fixed) fell.' });
    expect(text(extractText('r.pdf', makePdf(['plain stream'], { compress: false })))).toBe('plain stream');
    expect(extractText('fake.pdf', Buffer.from('just text pretending'))).toEqual({ ok: false, error: { code: 'invalid_file', message: 'The file could not be parsed because it is not a valid PDF document.' } });
  });

  it('reads hex strings, TJ arrays and escapes in PDF content', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Length 60 >>\nstream\nBT [(Hel) -20 (lo) -500 (world)] TJ 0 -14 Td <48692021> Tj (\\101\\(x\\)) Tj ET\nendstream\nendobj\n', 'latin1');
    expect(extractPdfText(pdf)).toEqual({ ok: true, text: 'Hello world\nHi !A(x)' });
    // Same baseline across a horizontal move, a new BT block at the same y, and a font switch: one line.
    const line = Buffer.from('%PDF-1.4\n1 0 obj\n<< >>\nstream\nBT 1 0 0 1 72 700 Tm (left) Tj 90 0 Td (right) Tj ET BT 1 0 0 1 300 700 Tm (end) Tj ET BT 1 0 0 1 72 686 Tm (next) Tj ET\nendstream\nendobj\n', 'latin1');
    expect(extractPdfText(line)).toEqual({ ok: true, text: 'left right end\nnext' });
  });

  it('follows the page tree, inherited resources, ToUnicode CMaps (bfchar, bfrange) and object streams', () => {
    const cmap = '/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange 2 beginbfchar <0001> <0048> <0002> <0065> endbfchar 2 beginbfrange <0003> <0004> [<006C> <006F>] <0010> <0012> <0041> endbfrange endcmap end end';
    const objects = {
      1: '<< /Type /Catalog /Pages 2 0 R >>',
      2: '<< /Type /Pages /Kids [4 0 R 3 0 R] /Count 2 /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>',
      3: '<< /Type /Page /Parent 2 0 R /Contents 7 0 R >>',
      4: '<< /Type /Page /Parent 2 0 R /Contents [8 0 R] >>',
      5: '<< /Type /Font /Subtype /Type0 /BaseFont /Subset+Calibri /Encoding /Identity-H /ToUnicode 9 0 R >>',
      6: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      7: { dict: '', stream: 'BT /F2 12 Tf 72 700 Td (Second page) Tj ET' },
      8: { dict: '', stream: 'BT /F1 12 Tf 72 720 Td <0001000200030003 0004> Tj 0 -14 Td [<0010> -300 <00110012>] TJ ET' },
      9: { dict: '', stream: cmap },
    };
    const expected = { ok: true, text: 'Hello\nA BC\nSecond page' };
    expect(extractPdfText(makeStructuredPdf(objects))).toEqual(expected);
    expect(extractPdfText(makeStructuredPdf(objects, { packed: [2, 3, 4, 5, 6] }))).toEqual(expected);
  });

  it('takes the XML text of .docx and .pptx (deflated ZIP entries), and fails a non-ZIP', () => {
    expect(text(extractText('d.docx', makeDocx(['First paragraph', 'Second & last'])))).toBe('First paragraph\nSecond & last');
    expect(text(extractText('s.pptx', makePptx(['Slide one', 'Slide two', 'Slide three'])))).toBe('Slide one\n\nSlide two\n\nSlide three');
    expect(extractText('d.docx', Buffer.from('PK not really')).ok).toBe(false);
  });

  it('reads stored and deflated ZIP entries and returns null for garbage', () => {
    for (const deflate of [true, false]) {
      const z = readZip(makeZip({ 'a.txt': 'alpha', 'b/c.xml': '<x/>' }, { deflate }));
      expect(z && Object.fromEntries([...z].map(([k, v]) => [k, v.toString()]))).toEqual({ 'a.txt': 'alpha', 'b/c.xml': '<x/>' });
    }
    expect(readZip(Buffer.from('nope'))).toBeNull();
    const truncated = makeZip({ 'a.txt': 'alpha' });
    expect(readZip(truncated.subarray(10))).toBeNull();
  });
});
