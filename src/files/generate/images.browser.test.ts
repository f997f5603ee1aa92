/**
 * An independent decoder: Chromium (Debian's, through playwright-core) decodes the generated PNG,
 * JPEG and GIF, and the pixels it reports match the source picture (exactly for PNG, within the
 * palette step for GIF, within JPEG's loss for JPEG).
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { encodeGif } from './gif.ts';
import { testPicture } from './image.ts';
import { encodeJpeg } from './jpeg.ts';
import { encodePng } from './png.ts';

const CHROMIUM = process.env['OAIC_CHROMIUM'] ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

describe.skipIf(!CHROMIUM)(`generated images decode in Chromium${CHROMIUM ? '' : ' (skipped: no Chromium found; install Debian package chromium or set OAIC_CHROMIUM)'}`, () => {
  it('PNG exactly, GIF within the 3-3-2 palette, JPEG within its loss', async () => {
    const img = testPicture(32, 24);
    const browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const decode = (mime: string, bytes: Uint8Array) =>
        page.evaluate(
          async ([m, b64]) => {
            const blob = await (await fetch(`data:${m};base64,${b64}`)).blob();
            const bmp = await createImageBitmap(blob);
            const c = new OffscreenCanvas(bmp.width, bmp.height);
            const g = c.getContext('2d')!;
            g.drawImage(bmp, 0, 0);
            return { w: bmp.width, h: bmp.height, rgba: Array.from(g.getImageData(0, 0, bmp.width, bmp.height).data) };
          },
          [mime, Buffer.from(bytes).toString('base64')] as const,
        );
      const maxDiff = (rgba: number[]) => {
        let d = 0;
        for (let i = 0; i < img.width * img.height; i++) for (let c = 0; c < 3; c++) d = Math.max(d, Math.abs(rgba[i * 4 + c]! - img.pixels[i * 3 + c]!));
        return d;
      };
      const png = await decode('image/png', encodePng(img));
      expect([png.w, png.h]).toEqual([32, 24]);
      expect(maxDiff(png.rgba)).toBe(0);
      const gif = await decode('image/gif', encodeGif(img));
      expect([gif.w, gif.h]).toEqual([32, 24]);
      expect(maxDiff(gif.rgba)).toBeLessThanOrEqual(85);
      const jpeg = await decode('image/jpeg', encodeJpeg(img));
      expect([jpeg.w, jpeg.h]).toEqual([32, 24]);
      expect(maxDiff(jpeg.rgba)).toBeLessThanOrEqual(40);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
