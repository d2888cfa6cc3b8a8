import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { insertFollowUp } from "../../db/queries/follow-ups";
import { followUps, outboxEvents } from "../../db/schema";
import { createApp } from "../../worker/app";
import { randomId } from "../../worker/crypto";
import { parseConfig } from "../../worker/env";
import { housekeeping } from "../../worker/housekeeping";
import { TEST_SECRET } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => (t = await createTestDb()));
afterAll(() => t.close());

// 2026-12-01 02:00 UTC: 09:00 in Jakarta.
const NOW = 1_796_090_400;

/** The real app, with the runtime's dispatcher replaced by a counter of nudges (or one that fails). */
function appWithNudges(env: Record<string, string> = {}, fail = false) {
  const nudged: string[] = [];
  const config = parseConfig({ SECRET_KEY: TEST_SECRET, SURVEY_MIN_SECONDS: "0", RATE_LIMIT: "off", ...env });
  const app = createApp({
    getDb: () => t.db,
    config,
    clientAddress: () => "198.51.100.7",
    now: () => NOW,
    nudgeOutbox: (c) => {
      nudged.push(c.req.path);
      if (fail) throw new Error("dispatcher unavailable");
    },
  });
  return { app, nudged };
}

const eventsOf = (unitId: string) => t.db.select().from(outboxEvents).where(eq(outboxEvents.unitId, unitId));

describe("webhook events", () => {
  it("a warning-sign submission nudges the dispatcher without waiting for it; an ordinary one does not", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app, nudged } = appWithNudges();
    const ordinary = await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers() });
    expect(ordinary.status).toBe(201);
    expect(nudged).toEqual([]);
    const flagged = await postJson(app, {
      token: await visitToken(app, tp.code),
      answers: { ...fullAnswers(), U4: 1 },
    });
    expect(flagged.status).toBe(201);
    expect(nudged).toEqual(["/api/v1/responses"]);
    expect((await eventsOf(tp.unitId)).map((e) => e.type)).toEqual(["response.flagged"]);
  });

  it("a dispatcher that fails to start costs the citizen nothing: the response is stored and answered", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app, nudged } = appWithNudges({}, true);
    const res = await postJson(app, { token: await visitToken(app, tp.code), answers: { ...fullAnswers(), U2: 1 } });
    expect(res.status).toBe(201);
    expect(nudged).toHaveLength(1);
    const [e] = await eventsOf(tp.unitId);
    expect(e!.id).toBe(`msg_${((await res.json()) as { id: string }).id}`);
  });

  it("publishing adds period.published to the publication's batch, linking the public page", async () => {
    for (const [env, base] of [
      [{}, "http://localhost"],
      [{ PUBLIC_URL: "https://survei.dinas.go.id/" }, "https://survei.dinas.go.id"],
    ] as const) {
      const tp = await seedTouchpoint(t.db);
      const { app, nudged } = appWithNudges(env);
      const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
      const form = { _csrf: await csrfOf(app, cookie), period: "2026-Q3", confirm: "1" };
      expect((await postAs(app, cookie, `/admin/units/${tp.unitId}/publish`, form)).status).toBe(303);
      const [e] = await eventsOf(tp.unitId);
      expect(e).toMatchObject({ id: `msg_publish_${tp.unitId}_2026-Q3_v1`, type: "period.published", orgId: tp.orgId });
      const code = `unit-${tp.unitId.toLowerCase()}`;
      expect(JSON.parse(e!.data)).toEqual({
        unitId: tp.unitId,
        period: "2026-Q3",
        version: 1,
        url: `${base}/p/${code}`,
      });
      expect(nudged).toEqual([`/admin/units/${tp.unitId}/publish`]);
    }
  });

  it("announces a follow-up once when its due day has ended in the unit's zone and it is not done", async () => {
    const tp = await seedTouchpoint(t.db);
    const plan = async (dueDate: string | null, status = "berjalan") => {
      const id = randomId();
      const row = {
        id,
        unitId: tp.unitId,
        period: "2026",
        item: "U3",
        problem: "Antre",
        action: "Nomor antrean",
        owner: "Kasubag",
      };
      await insertFollowUp(t.db, { ...row, dueDate, status }).run();
      return id;
    };
    const late = await plan("2026-11-30");
    await plan("2026-12-01"); // today in Jakarta: not past yet
    await plan("2026-11-01", "selesai");
    await plan(null);
    await housekeeping(t.db, NOW);
    await housekeeping(t.db, NOW + 3600);
    const events = await eventsOf(tp.unitId);
    expect(events.map((e) => [e.id, e.type])).toEqual([[`msg_overdue_${late}`, "followup.overdue"]]);
    expect(JSON.parse(events[0]!.data)).toEqual({
      unitId: tp.unitId,
      followUpId: late,
      period: "2026",
      item: "U3",
      dueDate: "2026-11-30",
    });
    const [marked] = await t.db.select().from(followUps).where(eq(followUps.id, late));
    expect(marked!.overdueNotifiedAt).toBe(NOW);
  });
});
