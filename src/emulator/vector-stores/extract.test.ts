import { describe, expect, it } from 'vitest';
import { extractText, htmlToText } from './extract.ts';
import { extractPdfText } from './pdf.ts';
import { makeDocx, makePdf, makePptx, makeZip } from './test-documents.ts';
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
    expect(latin1).toEqual({ ok: false, error: { code: 'invalid_file', message: 'The file is not valid UTF-8, UTF-16 or ASCII text.' } });
    expect(extractText('a.js', Buffer.from([0x41, 0x00, 0x42])).ok).toBe(false);
    expect(text(extractText('a.txt', Buffer.from('  \n ')))).toBe('ERR invalid_file: The file contains no extractable text.');
  });

  it('drops HTML markup, scripts and styles and decodes entities', () => {
    expect(htmlToText('<html><head><title>t</title><style>p{}</style></head><body><h1>Title</h1><p>A &amp; B&nbsp;&#233;</p><script>x()</script></body></html>')).toBe('Title\n\nA & B \u00e9');
  });

  it('extracts PDF text from Flate and uncompressed content streams and rejects non-PDFs', () => {
    expect(extractPdfText(makePdf(['The quarterly revenue grew.', 'Costs (fixed) fell.']))).toEqual({ ok: true, text: 'The quarterly revenue grew.\nCosts (fixed) fell.' });
    expect(text(extractText('r.pdf', makePdf(['plain stream'], { compress: false })))).toBe('plain stream');
    expect(extractText('fake.pdf', Buffer.from('just text pretending'))).toEqual({ ok: false, error: { code: 'invalid_file', message: 'The file is not a valid PDF document.' } });
  });

  it('reads hex strings, TJ arrays and escapes in PDF content', () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Length 60 >>\nstream\nBT [(Hel) -20 (lo) -500 (world)] TJ 0 -14 Td <48692021> Tj (\\101\\(x\\)) Tj ET\nendstream\nendobj\n', 'latin1');
    expect(extractPdfText(pdf)).toEqual({ ok: true, text: 'Hello world\nHi !A(x)' });
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
