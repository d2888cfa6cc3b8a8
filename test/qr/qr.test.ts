import { crc32 as zlibCrc32, inflateSync } from "node:zlib";
import { encode, renderUnicode } from "uqr";
import { describe, expect, it } from "vitest";
import { MAX_PNG_SIDE, qrMatrix, qrPng, qrSvg } from "../../worker/qr/qr";

const LINK = "https://survei.example.go.id/s/ab23cd45";

// The 7×7 finder: dark outer ring, light ring, dark 3×3 centre.
function isFinderAt(m: boolean[][], top: number, left: number): boolean {
  for (let r = 0; r < 7; r++) {
    for (let c = 0; c < 7; c++) {
      const ring = r === 0 || r === 6 || c === 0 || c === 6;
      const centre = r >= 2 && r <= 4 && c >= 2 && c <= 4;
      if (m[top + r]![left + c] !== (ring || centre)) return false;
    }
  }
  return true;
}

// Format information, first copy (ISO/IEC 18004 §7.9): 15 bits around the top-left finder, masked
// with 0x5412. The top two data bits are the error correction level, where M is 0b00.
function formatInfo(m: boolean[][]): { ecc: number; mask: number } {
  const cells: [number, number][] = [
    [0, 8],
    [1, 8],
    [2, 8],
    [3, 8],
    [4, 8],
    [5, 8],
    [7, 8],
    [8, 8],
    [8, 7],
  ];
  for (let i = 9; i < 15; i++) cells.push([8, 14 - i]);
  const bits = cells.reduce((acc, [r, c], i) => acc | (Number(m[r]![c]) << i), 0) ^ 0x5412;
  return { ecc: bits >> 13, mask: (bits >> 10) & 7 };
}

describe("qrMatrix", () => {
  it.each([
    ["a", 1],
    [LINK, 3],
    ["https://survei.example.go.id/s/" + "x".repeat(120), 8],
  ])("is square with side 17 + 4·version for %j", (text, version) => {
    const m = qrMatrix(text);
    expect(encode(text, { ecc: "M" }).version).toBe(version);
    expect(m).toHaveLength(17 + 4 * version);
    for (const row of m) expect(row).toHaveLength(m.length);
  });

  it("has finder patterns at three corners and not at the fourth", () => {
    const m = qrMatrix(LINK);
    const far = m.length - 7;
    expect([isFinderAt(m, 0, 0), isFinderAt(m, 0, far), isFinderAt(m, far, 0)]).toEqual([true, true, true]);
    expect(isFinderAt(m, far, far)).toBe(false);
  });

  it("encodes error correction level M in the format bits", () => {
    const text = LINK;
    expect(formatInfo(qrMatrix(text))).toEqual({ ecc: 0, mask: encode(text, { ecc: "M" }).maskPattern });
  });

  it("matches uqr's own text rendering module for module", () => {
    const art = renderUnicode(LINK, { ecc: "M", border: 0, blackChar: "#", whiteChar: "." });
    expect(qrMatrix(LINK).map((row) => row.map((dark) => (dark ? "#" : ".")).join(""))).toEqual(art.split("\n"));
  });
});

/** The dark cells the path draws, as "x,y" keys, read back from `M x y h w v 1 h -w z` runs. */
function cellsOfPath(d: string): Set<string> {
  const cells = new Set<string>();
  const runs = [...d.matchAll(/M(\d+) (\d+)h(\d+)v1h-(\d+)z/g)];
  expect(runs.map((r) => r[0]).join("")).toBe(d);
  for (const [, x, y, w, back] of runs) {
    expect(back).toBe(w);
    for (let i = 0; i < Number(w); i++) cells.add(`${Number(x) + i},${y}`);
  }
  return cells;
}

function darkCells(m: boolean[][], margin: number): Set<string> {
  const cells = new Set<string>();
  m.forEach((row, y) => row.forEach((dark, x) => dark && cells.add(`${x + margin},${y + margin}`)));
  return cells;
}

describe("qrSvg", () => {
  it("is one standalone svg with a background and a single path", () => {
    const svg = qrSvg(LINK);
    const side = qrMatrix(LINK).length + 8;
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" ')).toBe(true);
    expect(svg.endsWith("</svg>")).toBe(true);
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('role="img"');
    expect(svg).toContain(`<rect width="${side}" height="${side}" fill="#fff"/>`);
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(svg).not.toMatch(/href|url\(|<script|<image/i);
    expect(svg.match(/<(\w+)/g)).toEqual(["<svg", "<title", "<rect", "<path"]);
  });

  it("draws exactly the dark modules, offset by the margin", () => {
    for (const margin of [0, 2, 4]) {
      const svg = qrSvg(LINK, { margin });
      const side = qrMatrix(LINK).length + 2 * margin;
      expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
      const d = /<path fill="#000" d="([^"]*)"\/>/.exec(svg)![1]!;
      expect(cellsOfPath(d)).toEqual(darkCells(qrMatrix(LINK), margin));
    }
  });

  it("escapes the title for XML and defaults it to the encoded text", () => {
    expect(qrSvg(LINK, { title: `Survei <&">' ZI\u0007` })).toContain(
      "<title>Survei &lt;&amp;&quot;&gt;&apos; ZI</title>",
    );
    expect(qrSvg("a&b")).toContain("<title>a&amp;b</title>");
  });

  it("rejects a negative or fractional margin", () => {
    expect(() => qrSvg(LINK, { margin: -1 })).toThrow(RangeError);
    expect(() => qrSvg(LINK, { margin: 1.5 })).toThrow(RangeError);
  });
});

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

interface Chunk {
  type: string;
  data: Uint8Array;
  crc: number;
  computed: number;
}

// An independent reader: node:zlib's CRC-32, not the encoder's own table.
function readChunks(png: Uint8Array): Chunk[] {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const chunks: Chunk[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const typeAndData = png.subarray(at + 4, at + 8 + length);
    const type = String.fromCharCode(...typeAndData.subarray(0, 4));
    chunks.push({
      type,
      data: typeAndData.subarray(4),
      crc: view.getUint32(at + 8 + length),
      computed: zlibCrc32(typeAndData),
    });
    at += 12 + length;
  }
  return chunks;
}

describe("qrPng", () => {
  it("is signature, IHDR, IDAT, IEND with valid CRCs and the expected size", async () => {
    const png = await qrPng(LINK, { scale: 3, margin: 2 });
    expect([...png.subarray(0, 8)]).toEqual(SIGNATURE);
    const chunks = readChunks(png);
    expect(chunks.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    for (const c of chunks) expect(c.computed, c.type).toBe(c.crc);
    const ihdr = new DataView(chunks[0]!.data.buffer, chunks[0]!.data.byteOffset, 13);
    const side = (qrMatrix(LINK).length + 2 * 2) * 3;
    expect([ihdr.getUint32(0), ihdr.getUint32(4)]).toEqual([side, side]);
    // 8-bit grayscale, deflate, adaptive filtering method 0, no interlace.
    expect([...chunks[0]!.data.subarray(8)]).toEqual([8, 0, 0, 0, 0]);
    expect(chunks[2]!.data).toHaveLength(0);
  });

  it("has dark finder modules, a white quiet zone and every pixel matching the matrix", async () => {
    const [scale, margin] = [4, 4];
    const m = qrMatrix(LINK);
    const side = (m.length + 2 * margin) * scale;
    const idat = readChunks(await qrPng(LINK, { scale, margin })).find((c) => c.type === "IDAT")!;
    const raw = inflateSync(idat.data);
    expect(raw).toHaveLength(side * (side + 1));
    const at = (x: number, y: number) => raw[y * (side + 1) + 1 + x];
    for (let y = 0; y < side; y++) expect(raw[y * (side + 1)]).toBe(0);
    expect(at(margin * scale, margin * scale)).toBe(0);
    expect(at((margin + 3) * scale + 1, (margin + 3) * scale + 2)).toBe(0);
    expect(at((margin + 1) * scale, (margin + 1) * scale)).toBe(255);
    expect([at(0, 0), at(side - 1, side - 1), at(margin * scale - 1, margin * scale)]).toEqual([255, 255, 255]);
    const mismatches: string[] = [];
    for (let y = 0; y < side; y++) {
      for (let x = 0; x < side; x++) {
        const dark = m[Math.floor(y / scale) - margin]?.[Math.floor(x / scale) - margin] === true;
        if (at(x, y) !== (dark ? 0 : 255)) mismatches.push(`${x},${y}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it("inflates with the Web DecompressionStream too, and defaults to scale 10 and margin 4", async () => {
    const png = await qrPng(LINK);
    const idat = readChunks(png).find((c) => c.type === "IDAT")!;
    const stream = new Blob([new Uint8Array(idat.data)]).stream().pipeThrough(new DecompressionStream("deflate"));
    const raw = new Uint8Array(await new Response(stream).arrayBuffer());
    const side = (qrMatrix(LINK).length + 8) * 10;
    expect(raw).toHaveLength(side * (side + 1));
    expect(raw[1 + 40 * (side + 1) + 40]).toBe(0);
  });

  it("rejects bad options and images over the size cap", async () => {
    await expect(qrPng(LINK, { scale: 0 })).rejects.toThrow(RangeError);
    await expect(qrPng(LINK, { margin: -1 })).rejects.toThrow(RangeError);
    await expect(qrPng(LINK, { scale: MAX_PNG_SIDE })).rejects.toThrow(/over 4096/);
  });
});
