/**
 * Chunking as the `static` strategy describes it: windows of at most `max_chunk_size_tokens`
 * tokens, each starting `max - overlap` tokens after the previous one. Tokens are approximated
 * without a tokenizer (deterministic, no dependency): a word or a punctuation run, with words
 * longer than 4 characters counting one token per 4 characters, which is close to cl100k for English.
 * A chunk's text is the exact slice of the source text it covers.
 */

export interface Chunk {
  index: number;
  text: string;
  /** Tokens in the chunk (approximate, see above). */
  tokens: number;
}

export interface ChunkingParams {
  maxTokens: number;
  overlapTokens: number;
}

export const AUTO_CHUNKING: ChunkingParams = { maxTokens: 800, overlapTokens: 400 };

/** Start offsets (in characters) and token weights of the text's tokens. */
function tokenize(text: string): { start: number; end: number; weight: number }[] {
  const out: { start: number; end: number; weight: number }[] = [];
  const re = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, weight: Math.max(1, Math.ceil(m[0].length / 4)) });
  }
  return out;
}

/** Approximate token count of a text (the same rule as the chunks'). */
export function countTokens(text: string): number {
  return tokenize(text).reduce((s, t) => s + t.weight, 0);
}

export function chunkText(text: string, params: ChunkingParams = AUTO_CHUNKING): Chunk[] {
  const tokens = tokenize(text);
  if (tokens.length === 0) return [];
  const step = Math.max(1, params.maxTokens - params.overlapTokens);
  const chunks: Chunk[] = [];
  // Walk token positions; `i` is the first token of the chunk, by cumulative weight.
  const cumulative: number[] = [0];
  for (const t of tokens) cumulative.push((cumulative[cumulative.length - 1] ?? 0) + t.weight);
  let i = 0;
  while (i < tokens.length) {
    let j = i;
    while (j < tokens.length && (cumulative[j + 1] ?? 0) - (cumulative[i] ?? 0) <= params.maxTokens) j++;
    if (j === i) j = i + 1; // one token heavier than the whole window: take it alone
    const first = tokens[i];
    const last = tokens[j - 1];
    if (!first || !last) break;
    chunks.push({ index: chunks.length, text: text.slice(first.start, last.end), tokens: (cumulative[j] ?? 0) - (cumulative[i] ?? 0) });
    if (j >= tokens.length) break;
    // Next start: the first token at or beyond `step` tokens of weight after this start.
    let next = i + 1;
    while (next < j && (cumulative[next] ?? 0) - (cumulative[i] ?? 0) < step) next++;
    i = next;
  }
  return chunks;
}
