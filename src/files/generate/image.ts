/** A small deterministic RGB test picture (gradient plus a square) shared by the image encoders. */
export interface RgbImage {
  width: number;
  height: number;
  /** width*height*3 bytes, row-major RGB. */
  pixels: Uint8Array;
}

export function testPicture(width = 32, height = 24): RgbImage {
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      const inSquare = x > width / 4 && x < (3 * width) / 4 && y > height / 4 && y < (3 * height) / 4;
      pixels[i] = inSquare ? 240 : Math.round((x / (width - 1)) * 255);
      pixels[i + 1] = inSquare ? 40 : Math.round((y / (height - 1)) * 255);
      pixels[i + 2] = inSquare ? 40 : 128;
    }
  }
  return { width, height, pixels };
}
