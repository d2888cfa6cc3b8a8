import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { responseFlags, unitDigests, users } from "../../db/schema";
import { sendDailyDigests, smtpSender } from "../../worker/node-digest";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { freePort } from "../helpers/ports";
import { seedUser } from "../helpers/session";
import { startSmtpReceiver } from "../helpers/smtp-receiver";
import { postForm, tokenFromPage } from "../helpers/survey";

let receiver: Awaited<ReturnType<typeof startSmtpReceiver>>;
beforeAll(async () => {
  receiver = await startSmtpReceiver();
});
afterAll(() => receiver.stop());

const FROM = "ZI Survei <survei@dinas.contoh.go.id>";
const PUBLIC = "https://survei.contoh.go.id";
// 30 Nov 2026 in WIB (UTC+7): the answers at 10:00, the digest rounds the next morning.
const at = (day: number, hourWib: number) => Date.UTC(2026, 10, day, hourWib - 7) / 1000;

/** A unit with two flagged answers and one clean one, submitted through the real survey form on 30 Nov. */
async function seedFlaggedDay(db: Awaited<ReturnType<typeof createTestDb>>["db"]) {
  const tp = await seedTouchpoint(db);
  const { app } = createTestApp(db, { PUBLIC_URL: PUBLIC }, () => at(30, 10));
  const submit = async (fields: Record<string, string | number>) => {
    const res = await postForm(app, tp.code, { token: await tokenFromPage(app, tp.code), ...fields });
    expect(res.status).toBe(303);
  };
  await submit({ ...fullAnswers(), U3: 1, comment: "Petugas minta uang, ada calo di depan loket." });
  await submit({ ...fullAnswers(), steered: "ya", comment: "Saya disuruh mengisi nilai tinggi." });
  await submit({ ...fullAnswers(), steered: "tidak", comment: "Pelayanan cepat dan ramah, terima kasih." });
  expect(await db.select().from(responseFlags).where(eq(responseFlags.unitId, tp.unitId))).toHaveLength(2);
  const manager = await seedUser(db, tp.orgId, "manager", tp.unitId);
  const viewer = await seedUser(db, tp.orgId, "viewer", tp.unitId);
  const gone = await seedUser(db, tp.orgId, "viewer", tp.unitId);
  await db.update(users).set({ disabledAt: 1 }).where(eq(users.email, gone));
  const admin = await seedUser(db, tp.orgId, "admin");
  return { tp, manager, viewer, gone, admin };
}

describe("the daily digest of warning signs", () => {
  it("mails the unit's own accounts the day before's flags once, after 07:00 in the unit's zone", async () => {
    const t = await createTestDb();
    try {
      const s = await seedFlaggedDay(t.db);
      const quiet = await seedTouchpoint(t.db);
      await seedUser(t.db, quiet.orgId, "manager", quiet.unitId);
      const send = smtpSender({ url: receiver.url, from: FROM });
      const before = receiver.received().length;

      expect(await sendDailyDigests(t.db, send, PUBLIC, at(31, 6))).toBe(0);
      expect(await t.db.select().from(unitDigests)).toEqual([]);

      expect(await sendDailyDigests(t.db, send, PUBLIC, at(31, 8))).toBe(1);
      const mails = await receiver.messages(before, 1);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail!.to.sort()).toEqual([s.manager, s.viewer].sort());
      expect(mail!.from).toBe("survei@dinas.contoh.go.id");
      expect(mail!.subject).toBe("[ZI Survei] Perlu perhatian: 2 jawaban di UPT Uji (30 Nov 2026)");
      expect(mail!.text).toContain("Petugas minta uang, ada calo di depan loket.");
      expect(mail!.text).toContain("Saya disuruh mengisi nilai tinggi.");
      expect(mail!.text).not.toContain("Pelayanan cepat");
      expect(mail!.text).toContain("nilai 1 (tidak baik) pada unsur SKM");
      expect(mail!.text).toContain("kata peringatan dalam saran");
      expect(mail!.text).toContain("responden merasa diarahkan petugas");
      expect(mail!.text).toContain(`${PUBLIC}/admin/units/${s.tp.unitId}`);
      expect(mail!.text).toContain("Perizinan · Loket 1");

      // The same day again, and later rounds: nothing more.
      expect(await sendDailyDigests(t.db, send, PUBLIC, at(31, 9))).toBe(0);
      expect(await sendDailyDigests(t.db, send, PUBLIC, at(31, 23))).toBe(0);
      expect(await receiver.messages(before, 2)).toHaveLength(1);
      const rows = await t.db.select().from(unitDigests);
      expect(rows.find((r) => r.unitId === s.tp.unitId)).toMatchObject({
        day: "2026-11-30",
        recipients: 2,
        flagged: 2,
      });
      // A unit without warning signs gets no mail; its day is done all the same.
      expect(rows.find((r) => r.unitId === quiet.unitId)).toMatchObject({ day: "2026-11-30", flagged: 0 });
    } finally {
      t.close();
    }
  });

  it("logs a mail server that cannot be reached, crashes nothing, and sends on the next round", async () => {
    const t = await createTestDb();
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const s = await seedFlaggedDay(t.db);
      const down = smtpSender({ url: `smtp://127.0.0.1:${await freePort()}`, from: FROM });
      expect(await sendDailyDigests(t.db, down, PUBLIC, at(31, 8))).toBe(0);
      expect(logged).toHaveBeenCalled();
      expect(await t.db.select().from(unitDigests).where(eq(unitDigests.unitId, s.tp.unitId))).toEqual([]);
      const wrongPassword = smtpSender({ url: receiver.url.replace("rahasia-uji", "salah"), from: FROM });
      expect(await sendDailyDigests(t.db, wrongPassword, PUBLIC, at(31, 8))).toBe(0);

      const before = receiver.received().length;
      const up = smtpSender({ url: receiver.url, from: FROM });
      expect(await sendDailyDigests(t.db, up, PUBLIC, at(31, 9))).toBe(1);
      expect((await receiver.messages(before, 1)).map((m) => m.to.includes(s.manager))).toEqual([true]);
    } finally {
      logged.mockRestore();
      t.close();
    }
  });
});
