/**
 * Python pickle, protocol 2, written opcode by opcode (PROTO, EMPTY_DICT, MARK, BINUNICODE,
 * BININT1, EMPTY_LIST, APPENDS, SETITEMS, BINPUT memo entries, STOP): the dict
 * `{'name': <name>, 'values': [ints 0..255]}`.
 */
import { ByteWriter, utf8 } from './bytes.ts';

export function buildPickle(name = 'oaic', values: readonly number[] = [1, 2, 3]): Uint8Array {
  let memo = 0;
  const w = new ByteWriter().u8(0x80).u8(2).ascii('}').ascii('q').u8(memo++).ascii('(');
  const str = (s: string) => {
    const b = utf8(s);
    w.ascii('X').u32le(b.length).bytes(b).ascii('q').u8(memo++);
  };
  str('name');
  str(name);
  str('values');
  w.ascii(']').ascii('q').u8(memo++).ascii('(');
  for (const v of values) w.ascii('K').u8(v);
  w.ascii('e').ascii('u').ascii('.');
  return w.result();
}
