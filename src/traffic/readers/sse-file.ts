/** A raw `text/event-stream` body on disk, read incrementally through SseParser.push. */
import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { SseParser } from '../sse.ts';
import type { Traffic } from '../types.ts';
import { StreamSegmenter } from './segments.ts';

export async function* readSseFile(path: string, source = path): AsyncGenerator<Traffic> {
  const parser = new SseParser();
  const segmenter = new StreamSegmenter(source);
  const decoder = new StringDecoder('utf8');
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    for (const ev of parser.push(decoder.write(chunk as Buffer))) {
      const done = segmenter.push(ev);
      if (done) yield done;
    }
  }
  for (const ev of parser.push(decoder.end())) {
    const done = segmenter.push(ev);
    if (done) yield done;
  }
  const last = segmenter.flush(parser.end().trailing);
  if (last) yield last;
}
