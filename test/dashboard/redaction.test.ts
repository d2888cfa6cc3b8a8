import { describe, expect, it } from "vitest";
import { isRedactionOf } from "../../worker/dashboard/redaction";

describe("isRedactionOf", () => {
  const original = "Saya Budi, HP 0812-3456-7890, petugas lambat";
  it.each([
    ["[disamarkan], petugas lambat", true],
    ["Saya [disamarkan], HP [disamarkan], petugas lambat", true],
    ["petugas lambat", true],
    ["[disamarkan]", true],
    ["Saya Budi petugas lambat", false],
    ["petugas sangat cepat", false],
    ["petugas lambat, Saya Budi", false],
    ["[disamarkan] petugas ramah", false],
  ])("%s → %s", (redacted, ok) => {
    expect(isRedactionOf(original, redacted)).toBe(ok);
  });
});

describe("follow-up statuses", () => {
  it("offered by the form are exactly those the server accepts", async () => {
    const { FOLLOW_UP_STATUSES } = await import("../../db/queries/follow-ups");
    const { FOLLOW_UP_STATUS_OPTIONS } = await import("../../web/components/FollowUps");
    expect(FOLLOW_UP_STATUS_OPTIONS).toEqual([...FOLLOW_UP_STATUSES]);
  });
});
