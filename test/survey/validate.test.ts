import { describe, expect, it } from "vitest";
import { validateSubmission } from "../../worker/survey/validate";
import { fullAnswers } from "../helpers/factories";

const ALL = ["skm", "spkp", "spak"] as const;

describe("validateSubmission", () => {
  it("accepts a complete response and tags each answer with its instrument", () => {
    const r = validateSubmission(
      { answers: fullAnswers(), steered: false, profile: { age: "30-39" }, comment: " ok " },
      ALL,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.answers).toHaveLength(22);
    expect(r.value.answers.find((a) => a.item === "P3")).toEqual({ item: "P3", instrument: "spkp", value: 6 });
    expect(r.value).toMatchObject({ steered: false, profile: { age: "30-39" }, comment: "ok" });
  });

  it("names each missing, out-of-scale, unknown and hidden item", () => {
    const answers: Record<string, unknown> = { ...fullAnswers(["skm"]), U2: 5, U3: 0, U4: 2.5, U5: "3", U10: 1, P1: 4 };
    delete answers.U1;
    const r = validateSubmission({ answers }, ["skm"]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(
      expect.arrayContaining([
        { path: "answers.U1", code: "required" },
        { path: "answers.U2", code: "out_of_range" },
        { path: "answers.U3", code: "out_of_range" },
        { path: "answers.U4", code: "out_of_range" },
        { path: "answers.U5", code: "out_of_range" },
        { path: "answers.U10", code: "unknown_item" },
        { path: "answers.P1", code: "instrument_disabled" },
      ]),
    );
    expect(r.issues).toHaveLength(7);
  });

  it("allows 1..6 on SPKP and SPAK but only 1..4 on SKM", () => {
    expect(validateSubmission({ answers: { ...fullAnswers(["spkp"]), P1: 6 } }, ["spkp"]).ok).toBe(true);
    expect(validateSubmission({ answers: { ...fullAnswers(["skm"]), U1: 6 } }, ["skm"]).ok).toBe(false);
  });

  it("checks profile bands, the steering answer and the comment length in characters", () => {
    const base = { answers: fullAnswers(["skm"]) };
    const bad = validateSubmission({ ...base, profile: { age: "31", nik: "123" }, steered: "maybe" }, ["skm"]);
    expect(bad.ok ? [] : bad.issues).toEqual([
      { path: "profile.nik", code: "unknown_item" },
      { path: "profile.age", code: "invalid_choice" },
      { path: "steered", code: "invalid_choice" },
    ]);
    expect(validateSubmission({ ...base, comment: "é".repeat(2000) }, ["skm"]).ok).toBe(true);
    expect(validateSubmission({ ...base, comment: "😀".repeat(2000) }, ["skm"]).ok).toBe(true);
    expect(validateSubmission({ ...base, comment: "a".repeat(2001) }, ["skm"])).toEqual({
      ok: false,
      issues: [{ path: "comment", code: "too_long" }],
    });
  });
});
