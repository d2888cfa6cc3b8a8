import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getUnit } from "../../db/queries/admin";
import { CLI_ACTOR } from "../../worker/actions/action";
import { publish } from "../../worker/actions/publishing";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { fullAnswers, seedTouchpoint } from "../helpers/factories";
import { postJson, visitToken } from "../helpers/survey";

let t: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(() => t.close());

const NOW = Date.UTC(2026, 7, 10, 3) / 1000;
const page = async (path: string) => {
  const res = await createTestApp(t.db, {}, () => NOW).app.request(path);
  return { status: res.status, html: await res.text() };
};

describe("the thank-you page", () => {
  it("thanks the unit by name and says where to report a complaint or pungli (SP4N-LAPOR!)", async () => {
    const tp = await seedTouchpoint(t.db);
    const unitName = (await getUnit(t.db, tp.unitId))!.name;
    const { status, html } = await page(`/s/${tp.code}/terima-kasih`);
    expect(status).toBe(200);
    expect(html).toContain('<html lang="id">');
    expect(html).toContain(unitName);
    expect(html).toContain("pungli");
    expect(html).toContain('href="https://www.lapor.go.id"');
    // Nothing published yet: no link to results that do not exist.
    expect(html).not.toContain('href="/p/');
  });

  it("links to the unit's published results once it has published, in the respondent's language", async () => {
    const tp = await seedTouchpoint(t.db);
    const { app } = createTestApp(t.db, {}, () => NOW);
    expect((await postJson(app, { token: await visitToken(app, tp.code), answers: fullAnswers() })).status).toBe(201);
    await publish(t.db, CLI_ACTOR, { unitId: tp.unitId, period: "2026-Q2", confirm: true }, NOW);
    const unitCode = (await getUnit(t.db, tp.unitId))!.code;
    expect((await page(`/s/${tp.code}/terima-kasih`)).html).toContain(`href="/p/${unitCode}?lang=id"`);
    const english = (await page(`/s/${tp.code}/terima-kasih?lang=en`)).html;
    expect(english).toContain(`href="/p/${unitCode}?lang=en"`);
    expect(english).toContain("Report it through SP4N-LAPOR!");
  });

  it("still thanks, without naming a unit, for a code it does not know", async () => {
    const { status, html } = await page("/s/nosuchcode/terima-kasih");
    expect(status).toBe(200);
    expect(html).toContain("Terima kasih!");
    expect(html).not.toContain('href="/p/');
  });
});
