import { describe, expect, it } from "vitest";
import { subtreeLists, treeOrder } from "../../worker/dashboard/tree";

const u = (id: string, parentId: string | null) => ({ id, parentId });

describe("treeOrder", () => {
  it("walks depth-first, siblings in the given order, a unit with an unseen parent as a root", () => {
    const entries = treeOrder([u("r", null), u("a", "r"), u("b", "r"), u("a1", "a"), u("x", "hidden"), u("x1", "x")]);
    expect(entries.map((e) => `${e.unit.id}:${e.depth}`)).toEqual(["r:0", "a:1", "a1:2", "b:1", "x:0", "x1:1"]);
    expect(entries.find((e) => e.unit.id === "a1")!.ancestors.map((a) => a.id)).toEqual(["r", "a"]);
  });

  it("visits every unit once when the data holds a parent loop", () => {
    const entries = treeOrder([u("p", "q"), u("q", "p"), u("s", "s")]);
    expect(entries.map((e) => e.unit.id).sort()).toEqual(["p", "q", "s"]);
  });

  it("collects each unit's items with those of every unit below it", () => {
    const entries = treeOrder([u("r", null), u("a", "r"), u("a1", "a"), u("b", "r")]);
    const lists = subtreeLists(entries, (id) => [id]);
    expect(lists.get("r")!.sort()).toEqual(["a", "a1", "b", "r"]);
    expect(lists.get("a")!.sort()).toEqual(["a", "a1"]);
    expect(lists.get("b")).toEqual(["b"]);
  });
});
