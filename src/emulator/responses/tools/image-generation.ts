/**
 * SIMULATED image generation (`{type: 'image_generation', …}`): no image model runs. The model
 * generates only on `[[oaic:image PROMPT]]` when the tool is declared; the image is a real,
 * deterministic 64×64 PNG (a two-colour gradient whose colours come from a hash of PROMPT),
 * whatever `size` / `quality` / `output_format` ask for. Streamed, `partial_images: N` (0–3) gives
 * N partial images before the result: the same picture with only its top k/(N+1) rows drawn.
 */
import { createHash } from 'node:crypto';
import type { ContextTurn } from '../../model/context.ts';
import type { IdGenerator } from '../../ids.ts';
import { encodePng } from '../../runs/builtins/png.ts';
import type { Item, Json } from '../../conversations/items.ts';

const SIDE = 64;

/**
 * The tool as the Response echoes it (real traffic: these defaults and `n: 1`; `partial_images: 0` and
 * `input_fidelity: null` are not echoed). A non-zero `partial_images` is kept (unconfirmed: no real
 * sample), since the stream needs it.
 */
export function normalizeImageGenerationTool(t: Json): Json {
  const model = typeof t['model'] === 'string' ? { model: t['model'] } : {};
  return {
    type: 'image_generation',
    background: t['background'] ?? 'auto',
    ...model,
    moderation: t['moderation'] ?? 'auto',
    n: 1,
    output_compression: t['output_compression'] ?? 100,
    output_format: t['output_format'] ?? 'png',
    quality: t['quality'] ?? 'auto',
    size: t['size'] ?? 'auto',
    ...(typeof t['partial_images'] === 'number' && t['partial_images'] > 0 ? { partial_images: t['partial_images'] } : {}),
  };
}

/** The picture of a prompt with only the top `rows` rows drawn (the rest white). */
export function promptPng(prompt: string, rows = SIDE): Buffer {
  const h = createHash('sha256').update(prompt).digest();
  return encodePng(SIDE, SIDE, (x, y) => {
    if (y >= rows) return [255, 255, 255];
    const t = (x + y) / (2 * (SIDE - 1));
    const mix = (c: number): number => Math.round(h[c]! + (h[c + 3]! - h[c]!) * t);
    return [mix(0), mix(1), mix(2)];
  });
}

/** The base64 partial images a stream shows before the result. */
export function partialImages(prompt: string, count: number): string[] {
  const n = Math.max(0, Math.min(3, Math.floor(count)));
  return Array.from({ length: n }, (_, k) => promptPng(prompt, Math.round((SIDE * (k + 1)) / (n + 1))).toString('base64'));
}

/** What the real item reports it used: `auto` resolves to these. */
const resolve = (v: unknown, auto: string): string => (typeof v === 'string' && v !== 'auto' ? v : auto);

export interface ImageGenerationRun {
  item: Item;
  turns: ContextTurn[];
}

export function runImageGeneration(ids: IdGenerator, prompt: string, tool: Json): ImageGenerationRun {
  const callId = ids.next('call_');
  const item: Item = {
    id: ids.next('ig_', 48),
    type: 'image_generation_call',
    status: 'completed',
    background: resolve(tool['background'], 'opaque'),
    output_format: 'png',
    quality: resolve(tool['quality'], 'high'),
    result: promptPng(prompt).toString('base64'),
    revised_prompt: prompt,
    size: resolve(tool['size'], '1024x1024'),
  };
  return {
    item,
    turns: [
      { kind: 'tool_call', call: { callId, name: 'image_generation', arguments: JSON.stringify({ prompt }) } },
      { kind: 'tool_output', output: { callId, output: `Generated an image for "${prompt}".` } },
    ],
  };
}
