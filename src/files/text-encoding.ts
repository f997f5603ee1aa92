/**
 * Which of the encodings the File Search tool accepts for text files (utf-8, utf-16, ascii) a byte
 * sequence is in, or null. UTF-16 needs a byte-order mark, or (without one) must decode strictly
 * and look like text: a zero byte at every other position for mostly-ASCII content.
 */
export type TextEncoding = 'ascii' | 'utf-8' | 'utf-16le' | 'utf-16be';

function decodes(label: string, bytes: Uint8Array): boolean {
  try {
    new TextDecoder(label, { fatal: true, ignoreBOM: false }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Zero bytes at even (BE) or odd (LE) positions for at least 90% of the code units. */
function bomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    if (bytes[i + 1] === 0 && bytes[i] !== 0) le++;
    if (bytes[i] === 0 && bytes[i + 1] !== 0) be++;
  }
  const units = bytes.length / 2;
  if (le / units >= 0.9 && decodes('utf-16le', bytes)) return 'utf-16le';
  if (be / units >= 0.9 && decodes('utf-16be', bytes)) return 'utf-16be';
  return null;
}

export function detectTextEncoding(bytes: Uint8Array): TextEncoding | null {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return decodes('utf-16le', bytes) ? 'utf-16le' : null;
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return decodes('utf-16be', bytes) ? 'utf-16be' : null;
  if (bytes.every((b) => b < 0x80)) {
    // NUL bytes in "ASCII" are a UTF-16 file without BOM or binary data.
    if (!bytes.includes(0)) return 'ascii';
    return bomlessUtf16(bytes);
  }
  if (decodes('utf-8', bytes) && !bytes.includes(0)) return 'utf-8';
  return bomlessUtf16(bytes);
}
