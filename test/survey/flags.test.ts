import { describe, expect, it } from "vitest";
import { flagReasons, hasRedFlagWord } from "../../worker/survey/flags";
import { RED_FLAG_WORDS } from "../../worker/settings";

const skm = (values: number[]) => values.map((value, i) => ({ instrument: "skm", item: `U${i + 1}`, value }));

describe("warning signs of a response", () => {
  it("flags an SKM answer of 1, not a 1 on the other instruments", () => {
    expect(flagReasons({ answers: skm([4, 1, 3]), steered: null, comment: null }, [])).toEqual(["skm_1"]);
    const spak = [{ instrument: "spak", value: 1 }];
    expect(flagReasons({ answers: [...skm([2, 3]), ...spak], steered: false, comment: null }, [])).toEqual([]);
  });

  it("flags ya to the steering question, and only ya", () => {
    expect(flagReasons({ answers: [], steered: true, comment: null }, [])).toEqual(["steered"]);
    expect(flagReasons({ answers: [], steered: null, comment: null }, [])).toEqual([]);
  });

  it("finds red-flag words as whole words in the comment or the improvement answer", () => {
    const r = (comment: string | null, improvement: string | null = null) =>
      flagReasons({ answers: skm([1]), steered: true, comment, improvement }, RED_FLAG_WORDS);
    expect(r("Ada CALO di depan kantor")).toEqual(["skm_1", "steered", "words"]);
    expect(r(null, "minta uang\n  rokok dulu")).toEqual(["skm_1", "steered", "words"]);
    expect(r("Petugas ramah, makanan rendah kalori")).toEqual(["skm_1", "steered"]);
    expect(hasRedFlagWord("pungli!", ["pungli"])).toBe(true);
    expect(hasRedFlagWord("pungli", [])).toBe(false);
    // A word list is data an admin typed: regex characters in it are matched literally.
    expect(hasRedFlagWord("biaya (x) tambahan", ["(x)"])).toBe(true);
    expect(hasRedFlagWord("biaya x tambahan", ["(x)"])).toBe(false);
  });
});
