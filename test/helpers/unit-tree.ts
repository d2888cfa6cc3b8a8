import type { Hono } from "hono";
import type { Db } from "../../db/db";
import { insertUnit, updateOrganizationSettings } from "../../db/queries/admin";
import { insertTouchpoint } from "../../db/queries/touchpoints";
import { randomCode, randomId } from "../../worker/crypto";
import { fullAnswers, seedTouchpoint } from "./factories";
import { postJson, visitToken } from "./survey";

type App = Pick<Hono, "request">;
type Answers = Record<string, number>;

/** A unit under `parentId` with a name and a sort code, and a touchpoint unless `touchpoint` is false. */
async function addUnit(
  db: Db,
  orgId: string,
  parentId: string,
  name: string,
  sort: string,
  o: { population?: number | null; touchpoint?: boolean } = {},
) {
  const unitId = randomId();
  await insertUnit(db, {
    id: unitId,
    orgId,
    parentId,
    code: `${sort}-${unitId.toLowerCase()}`,
    name,
    population: o.population ?? null,
  });
  const code = randomCode();
  if (o.touchpoint !== false) await insertTouchpoint(db, { id: randomId(), unitId, code, label: "Loket 1" });
  return { unitId, code };
}

/**
 * A small instansi as leaders see it, "now" being 10 November 2026 (triwulan IV):
 * Kantor Pusat (population 1000, no answers) → Kanwil A (no touchpoint) → KPP A1 (population 5, 3 answers
 * all 4 in November), KPP A2 (3 answers all 4 in October); → Kanwil B (1 answer in November) → KPP B1
 * (population 1000, 4 answers in August only). minRespondents 3. Every answer is kept for recounting.
 */
export async function seedUnitTree(db: Db, app: App, setNow: (t: number) => void) {
  const root = await seedTouchpoint(db, { orgName: "Direktorat Jenderal Uji" });
  await updateOrganizationSettings(db, root.orgId, JSON.stringify({ minRespondents: 3 }));
  const kanwilA = await addUnit(db, root.orgId, root.unitId, "Kanwil A", "b1", { touchpoint: false });
  const a1 = await addUnit(db, root.orgId, kanwilA.unitId, "KPP A1", "c1", { population: 5 });
  const a2 = await addUnit(db, root.orgId, kanwilA.unitId, "KPP A2", "c2");
  const kanwilB = await addUnit(db, root.orgId, root.unitId, "Kanwil B", "b2");
  const b1 = await addUnit(db, root.orgId, kanwilB.unitId, "KPP B1", "c3", { population: 1000 });
  const answered: { unitId: string; answers: Answers }[] = [];
  const respond = async (u: { unitId: string; code: string }, when: number, pick: (max: number) => number) => {
    setNow(when);
    const answers = fullAnswers(undefined, pick);
    const res = await postJson(app, { token: await visitToken(app, u.code), answers });
    if (res.status !== 201) throw new Error(`submit answered ${res.status}`);
    answered.push({ unitId: u.unitId, answers });
  };
  const at = (month: number, day: number) => Date.UTC(2026, month - 1, day, 3) / 1000;
  for (let i = 0; i < 3; i++) await respond(a1, at(11, 5), (max) => max);
  for (let i = 0; i < 3; i++) await respond(a2, at(10, 5), (max) => max);
  await respond(kanwilB, at(11, 1), (max) => max - 1);
  for (let i = 0; i < 4; i++) await respond(b1, at(8, 5), (max) => max - (i % 2) - (i === 3 ? 1 : 0));
  setNow(at(11, 10));
  const root_ = { unitId: root.unitId, code: root.code };
  return { orgId: root.orgId, root: root_, kanwilA, a1, a2, kanwilB, b1, answered };
}
