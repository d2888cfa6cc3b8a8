/**
 * A minimal PNG encoder: 8-bit grayscale, no interlace, filter 0 on every row. Web APIs only
 * (CompressionStream, Blob, Response), so the same bytes come out on Node 20 and in workerd.
 */

export type GrayPixel = 0 | 255;

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

// The PNG spec caps width and height at 2^31 - 1.
const MAX_SIDE = 0x7fffffff;

// The reflected CRC-32 of ISO 3309 / ITU-T V.42 (polynomial 0xEDB88320) that PNG requires per chunk.
const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Length, type, data, then a CRC over type and data (not the length), all big-endian. */
function chunk(type: string, data: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

function header(width: number, height: number): Uint8Array<ArrayBuffer> {
  const data = new Uint8Array(13);
  const view = new DataView(data.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  // Bit depth 8, colour type 0 (grayscale); compression, filter and interlace methods all 0.
  data.set([8, 0, 0, 0, 0], 8);
  return chunk("IHDR", data);
}

// Filter type 0 (None) on every row: QR images are long flat runs that deflate already shrinks well,
// so per-row filter selection would add code for a few bytes.
function scanlines(width: number, height: number, pixel: (x: number, y: number) => GrayPixel): Uint8Array<ArrayBuffer> {
  const stride = width + 1;
  const raw = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * stride + 1 + x] = pixel(x, y);
  }
  return raw;
}

// "deflate" in the Compression Streams spec is RFC 1950 zlib (header + Adler-32), which is exactly
// what IDAT holds; "deflate-raw" would not be.
async function zlib(data: Uint8Array<ArrayBuffer>): Promise<Uint8Array<ArrayBuffer>> {
  const stream = new Blob([data]).stream().pipeThrough(new CompressionStream("deflate"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A grayscale PNG whose pixel at (x, y) is `pixel(x, y)`: 0 black, 255 white. */
export async function encodePng(
  width: number,
  height: number,
  pixel: (x: number, y: number) => GrayPixel,
): Promise<Uint8Array<ArrayBuffer>> {
  for (const side of [width, height]) {
    if (!Number.isInteger(side) || side < 1 || side > MAX_SIDE)
      throw new RangeError(`PNG side must be an integer in 1..${MAX_SIDE}, got ${side}`);
  }
  const idat = await zlib(scanlines(width, height, pixel));
  return concat([
    new Uint8Array(SIGNATURE),
    header(width, height),
    chunk("IDAT", idat),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
