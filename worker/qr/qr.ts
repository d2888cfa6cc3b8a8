/**
 * QR codes for survey links, as SVG (screens, print at any size) or PNG (downloads, chat apps).
 * Runtime-neutral: uqr is plain JS and png.ts uses only Web APIs, so Node 20 and workerd agree.
 */
import { encode } from "uqr";
import { escapeXml } from "../xml";
import { encodePng } from "./png";

/** The ISO/IEC 18004 quiet zone: scanners need 4 light modules around the symbol. */
const DEFAULT_MARGIN = 4;
/** 10 px per module: a version 3–4 code comes out near 400 px, sharp on a phone and on A5 print. */
const DEFAULT_SCALE = 10;
/** Caps the PNG side so a caller-supplied scale cannot make an isolate allocate without bound (16 MB raw). */
export const MAX_PNG_SIDE = 4096;

export interface QrSvgOptions {
  /** Light modules around the symbol; default {@link DEFAULT_MARGIN}. */
  margin?: number;
  /** Accessible name; default the encoded text, which is what a screen-reader user needs. */
  title?: string;
}

export interface QrPngOptions {
  /** Pixels per module; default {@link DEFAULT_SCALE}. */
  scale?: number;
  /** Light modules around the symbol; default {@link DEFAULT_MARGIN}. */
  margin?: number;
}

/**
 * Dark (`true`) and light modules, row by row, without quiet zone. Error correction M (15 %) rather
 * than uqr's default L (7 %): a poster at a service desk gets scuffed, folded and taped over.
 */
export function qrMatrix(text: string): boolean[][] {
  return encode(text, { ecc: "M", border: 0 }).data;
}

function checkCount(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min)
    throw new RangeError(`QR ${name} must be an integer ≥ ${min}, got ${value}`);
  return value;
}

/** One subpath per horizontal run of dark modules: far fewer path commands than one square each. */
function darkRunsPath(matrix: boolean[][], margin: number): string {
  let d = "";
  matrix.forEach((row, y) => {
    for (let x = 0; x < row.length;) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      d += `M${start + margin} ${y + margin}h${x - start}v1h-${x - start}z`;
    }
  });
  return d;
}

/** A standalone SVG in module units (viewBox), so it scales to any print size without blur. */
export function qrSvg(text: string, opts: QrSvgOptions = {}): string {
  const margin = checkCount("margin", opts.margin ?? DEFAULT_MARGIN, 0);
  const matrix = qrMatrix(text);
  const side = matrix.length + 2 * margin;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges" role="img">` +
    `<title>${escapeXml(opts.title ?? text)}</title>` +
    `<rect width="${side}" height="${side}" fill="#fff"/>` +
    `<path fill="#000" d="${darkRunsPath(matrix, margin)}"/>` +
    `</svg>`
  );
}

/** A grayscale PNG, `scale` pixels per module, quiet zone included. */
export async function qrPng(text: string, opts: QrPngOptions = {}): Promise<Uint8Array<ArrayBuffer>> {
  const scale = checkCount("scale", opts.scale ?? DEFAULT_SCALE, 1);
  const margin = checkCount("margin", opts.margin ?? DEFAULT_MARGIN, 0);
  const matrix = qrMatrix(text);
  const side = (matrix.length + 2 * margin) * scale;
  if (side > MAX_PNG_SIDE) throw new RangeError(`QR PNG would be ${side} px, over ${MAX_PNG_SIDE}`);
  return encodePng(side, side, (x, y) => {
    const row = matrix[Math.floor(y / scale) - margin];
    return row?.[Math.floor(x / scale) - margin] ? 0 : 255;
  });
}
