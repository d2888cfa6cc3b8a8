import { describe, expect, it } from "vitest";
import type { TouchpointRow } from "../../db/queries/touchpoints";
import { TouchpointCache } from "../../worker/survey/touchpoint-cache";

const row = (label: string) => ({ id: "t1", code: "abc", label }) as unknown as TouchpointRow;

describe("the touchpoint cache", () => {
  it("answers from memory within its TTL, then reads again", async () => {
    let now = 0;
    let reads = 0;
    const cache = new TouchpointCache(10_000, 100, () => now);
    const load = async () => row(`read ${++reads}`);
    expect((await cache.get("abc", load))?.label).toBe("read 1");
    now = 9_999;
    expect((await cache.get("abc", load))?.label).toBe("read 1");
    now = 10_000;
    expect((await cache.get("abc", load))?.label).toBe("read 2");
  });

  it("reads again after clear(), and a read that started before it does not put the old row back", async () => {
    let reads = 0;
    const cache = new TouchpointCache(60_000);
    let finish!: () => void;
    const slow = () =>
      new Promise<TouchpointRow>((ok) => {
        finish = () => ok(row("before the change"));
      });
    const pending = cache.get("abc", slow);
    cache.clear();
    finish();
    expect((await pending)?.label).toBe("before the change");
    expect((await cache.get("abc", async () => row(`after ${++reads}`)))?.label).toBe("after 1");
    expect((await cache.get("abc", async () => row(`after ${++reads}`)))?.label).toBe("after 1");
  });

  it("gives a submission the row its visit cached, by id, only while that row is fresh", async () => {
    let now = 0;
    const cache = new TouchpointCache(10_000, 100, () => now);
    expect(cache.peekById("t1")).toBeUndefined();
    await cache.get("abc", async () => row("visited"));
    expect(cache.peekById("t1")?.label).toBe("visited");
    now = 10_000;
    expect(cache.peekById("t1")).toBeUndefined();
    await cache.get("abc", async () => row("visited again"));
    cache.clear();
    expect(cache.peekById("t1")).toBeUndefined();
    // A read that started before clear() leaves nothing behind for the submission either.
    let finish!: () => void;
    const pending = cache.get("abc", () => new Promise<TouchpointRow>((ok) => (finish = () => ok(row("stale")))));
    cache.clear();
    finish();
    await pending;
    expect(cache.peekById("t1")).toBeUndefined();
  });

  it("remembers unknown codes too, but never holds more than its bound", async () => {
    let reads = 0;
    const cache = new TouchpointCache(60_000, 3);
    const load = async () => (reads++, null);
    for (const code of ["a", "b", "c", "a"]) await cache.get(code, load);
    expect(reads).toBe(3);
    await cache.get("d", load); // full: emptied, then d kept
    await cache.get("a", load);
    expect(reads).toBe(5);
  });

  it("with a TTL of 0, always reads", async () => {
    let reads = 0;
    const cache = new TouchpointCache(0);
    await cache.get("abc", async () => (reads++, row("x")));
    await cache.get("abc", async () => (reads++, row("x")));
    expect(reads).toBe(2);
  });
});
