/**
 * Legacy Word `.doc`: a Compound File Binary container (MS-CFB v3, 512-byte sectors) holding one
 * `WordDocument` stream that starts with a File Information Block base (wIdent 0xA5EC, nFib 193)
 * followed by the text. The container is complete (header, FAT, directory with a Root Entry whose
 * CLSID is Word's); the stream is padded past the 4096-byte mini-stream cutoff so no mini FAT is
 * needed. It is a structurally valid CFB, not a document Word's full FIB parser would render.
 */
import { ByteWriter } from './bytes.ts';

const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;
const NOSTREAM = 0xffffffff;
export const CFB_SIGNATURE = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** {00020906-0000-0000-C000-000000000046}, Word.Document.8, in CLSID byte order. */
const WORD_CLSID = [0x06, 0x09, 0x02, 0x00, 0x00, 0x00, 0x00, 0x00, 0xc0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46];

function dirEntry(name: string, type: number, child: number, clsid: readonly number[], start: number, size: number): Uint8Array {
  const w = new ByteWriter();
  const n = new Uint8Array(64);
  n.set(new Uint8Array(Buffer.from(name + '\0', 'utf16le')));
  w.bytes(n).u16le((name.length + 1) * 2).u8(type).u8(1).u32le(NOSTREAM).u32le(NOSTREAM).u32le(child);
  w.bytes(clsid.length ? clsid : new Array<number>(16).fill(0)).u32le(0).bytes(new Uint8Array(16)).u32le(start).u32le(size).u32le(0);
  return w.result();
}

export function buildDoc(text = 'The quokka lives on Rottnest Island (legacy Word container).'): Uint8Array {
  const fib = new ByteWriter().u16le(0xa5ec).u16le(193).u16le(0).u16le(0x0409).u16le(0).u16le(0).u16le(0).result();
  const stream = new Uint8Array(4608);
  stream.set(fib);
  stream.set(new Uint8Array(Buffer.from(text, 'latin1')), 0x200);
  const streamSectors = stream.length / 512;
  const header = new ByteWriter().bytes(CFB_SIGNATURE).bytes(new Uint8Array(16)).u16le(0x003e).u16le(0x0003).u16le(0xfffe).u16le(9).u16le(6).bytes(new Uint8Array(6));
  header.u32le(0).u32le(1).u32le(1).u32le(0).u32le(0x1000).u32le(ENDOFCHAIN).u32le(0).u32le(ENDOFCHAIN).u32le(0);
  header.u32le(0);
  for (let i = 1; i < 109; i++) header.u32le(FREESECT);
  // Sector 0: FAT. Sector 1: directory. Sectors 2..: WordDocument.
  const fat = new ByteWriter().u32le(FATSECT).u32le(ENDOFCHAIN);
  for (let i = 0; i < streamSectors; i++) fat.u32le(i === streamSectors - 1 ? ENDOFCHAIN : 3 + i);
  for (let i = 2 + streamSectors; i < 128; i++) fat.u32le(FREESECT);
  const dir = new ByteWriter().bytes(dirEntry('Root Entry', 5, 1, WORD_CLSID, ENDOFCHAIN, 0)).bytes(dirEntry('WordDocument', 2, NOSTREAM, [], 2, stream.length));
  // Unused entries: zeros except the three NOSTREAM pointers.
  for (let i = 0; i < 2; i++) dir.bytes(new Uint8Array(68)).u32le(NOSTREAM).u32le(NOSTREAM).u32le(NOSTREAM).bytes(new Uint8Array(48));
  return new ByteWriter().bytes(header.result()).bytes(fat.result()).bytes(dir.result()).bytes(stream).result();
}
