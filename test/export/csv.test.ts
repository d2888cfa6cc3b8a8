import { describe, expect, it } from "vitest";
import { csvLine, csvStream } from "../../worker/export/csv";

async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

// ignoreBOM keeps the BOM in the text, so tests can see it was written.
const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);

describe("csvLine", () => {
  it("writes plain values unquoted and ends the record with CRLF", () => {
    expect(csvLine(["Dinas Kesehatan", 42, 3.25, true, false, null, undefined])).toBe(
      "Dinas Kesehatan,42,3.25,true,false,,\r\n",
    );
    expect(csvLine([])).toBe("\r\n");
  });

  it("quotes fields with a comma, quote, CR or LF and doubles the quotes", () => {
    expect(csvLine(["a,b", 'say "baik"', "baris1\r\nbaris2", "x\ny", "cr\ronly"])).toBe(
      '"a,b","say ""baik""","baris1\r\nbaris2","x\ny","cr\ronly"\r\n',
    );
    expect(csvLine(['"'])).toBe('""""\r\n');
  });

  it.each([
    ["=1+1", "'=1+1"],
    ["+62 812", "'+62 812"],
    ["-1.5", "'-1.5"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\tx", "'\tx"],
    ["\rx", '"\'\rx"'],
    ['=HYPERLINK("http://evil","klik")', `"'=HYPERLINK(""http://evil"",""klik"")"`],
    ["=a,b", `"'=a,b"`],
  ])("defuses the formula-like string %j", (input, field) => {
    expect(csvLine([input])).toBe(`${field}\r\n`);
  });

  it("leaves numbers and harmless strings alone", () => {
    expect(csvLine([-1.5, -0, 1e21, 0.1 + 0.2])).toBe(`-1.5,0,1e+21,${0.1 + 0.2}\r\n`);
    expect(csvLine(["a=b", "1-2", " =x", "email@unit.go.id"])).toBe("a=b,1-2, =x,email@unit.go.id\r\n");
  });

  it("keeps hostile markup verbatim: CSV is not HTML", () => {
    expect(csvLine(["<script>alert(1)</script>", "&amp;", "<b>x</b>"])).toBe(
      "<script>alert(1)</script>,&amp;,<b>x</b>\r\n",
    );
  });
});

describe("csvStream", () => {
  it("starts with a UTF-8 BOM, then the header, then the rows", async () => {
    const bytes = await bytesOf(
      csvStream(
        ["unit", "ulasan"],
        [
          ["Kecamatan Cibeunying", "Pelayanan ramah — terima kasih 🙏"],
          ["X", null],
        ],
      ),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(bytes)).toBe("\uFEFFunit,ulasan\r\nKecamatan Cibeunying,Pelayanan ramah — terima kasih 🙏\r\nX,\r\n");
  });

  it("writes only the header for an empty export", async () => {
    expect(decode(await bytesOf(csvStream(["a", "b"], [])))).toBe("\uFEFFa,b\r\n");
  });

  it("accepts an async source and applies the same field rules as csvLine", async () => {
    async function* rows() {
      yield ["=cmd", -2, new Date(Date.UTC(2025, 0, 31, 8, 30))];
      yield [10n, "a,b", true];
    }
    const text = decode(await bytesOf(csvStream(["x", "y", "z"], rows())));
    expect(text).toBe('\uFEFFx,y,z\r\n\'=cmd,-2,2025-01-31T08:30:00.000Z\r\n10,"a,b",true\r\n');
  });

  it("pulls rows lazily and closes the source when cancelled", async () => {
    const total = 100_000;
    let pulled = 0;
    let closed = false;
    async function* rows() {
      try {
        for (let i = 0; i < total; i++) {
          pulled++;
          yield [i, `responden ${i}`];
        }
      } finally {
        closed = true;
      }
    }
    const reader = csvStream(["no", "nama"], rows()).getReader();
    const first = await reader.read();
    expect(first.done).toBe(false);
    expect(pulled).toBeLessThan(total);
    const second = await reader.read();
    expect(decode(second.value!)).toMatch(/^0,responden 0\r\n1,responden 1\r\n/);
    expect(pulled).toBeLessThan(total / 10);
    await reader.cancel();
    expect(closed).toBe(true);
    expect(pulled).toBeLessThan(total / 10);
  });

  it("errors the stream when the source fails", async () => {
    async function* rows() {
      yield ["ok"];
      throw new Error("cursor lost");
    }
    await expect(bytesOf(csvStream(["a"], rows()))).rejects.toThrow("cursor lost");
  });
});
