import { and, eq, inArray } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { auditLog, responses } from "../../db/schema";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedDatedResponses } from "../helpers/dated-responses";
import { seedChildUnit, seedTouchpoint } from "../helpers/factories";
import { csrfOf, login, seedUser } from "../helpers/session";

const t = await createTestDb();
afterAll(() => t.close());
const { app } = createTestApp(t.db);

/** A root unit and its child, each with comments, a manager of the child, a viewer and an admin. */
async function seed() {
  const root = await seedTouchpoint(t.db);
  const child = await seedChildUnit(t.db, root.orgId, root.unitId);
  const days = ["2026-03-01", "2026-03-02", "2026-03-03", "2026-03-04"];
  const own = await seedDatedResponses(t.db, child.code, days, (i) => `Saran anak ${i}`);
  const [foreign] = await seedDatedResponses(t.db, root.code, ["2026-03-05"], () => "Saran induk");
  const as = async (role: "admin" | "manager" | "viewer") => {
    const cookie = await login(app, await seedUser(t.db, root.orgId, role, role === "admin" ? null : child.unitId));
    return { cookie, csrf: await csrfOf(app, cookie) };
  };
  return { root, child, own, foreign: foreign!, manager: await as("manager"), viewer: await as("viewer") };
}

function bulk(cookie: string, unitId: string, fields: [string, string][]) {
  return app.request(`/admin/units/${unitId}/comments/status`, {
    method: "POST",
    body: new URLSearchParams(fields),
    headers: { Cookie: cookie },
  });
}
const statuses = async (ids: string[]) =>
  Object.fromEntries(
    (
      await t.db
        .select({ id: responses.id, s: responses.commentStatus })
        .from(responses)
        .where(inArray(responses.id, ids))
    ).map((r) => [r.id, r.s]),
  );
const auditOf = (unitId: string) =>
  t.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, "comment.status")))
    .then((rows) => rows.filter((r) => r.target?.startsWith(`${unitId}/`)));

describe("bulk triage of comments", () => {
  it("marks the ticked comments in one go, an audit row each, and goes back to the same page", async () => {
    const s = await seed();
    const ticked = s.own.slice(0, 3);
    const res = await bulk(s.manager.cookie, s.child.unitId, [
      ["_csrf", s.manager.csrf],
      ...ticked.map((id): [string, string] => ["ids[]", id]),
      ["status", "ditindaklanjuti"],
      ["back", "period=2026&q=Saran&status=baru&page=2&evil=https://x.example"],
    ]);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(
      `/admin/units/${s.child.unitId}?period=2026&q=Saran&status=baru&page=2#comments`,
    );
    expect(await statuses(s.own)).toEqual({
      [s.own[0]!]: "ditindaklanjuti",
      [s.own[1]!]: "ditindaklanjuti",
      [s.own[2]!]: "ditindaklanjuti",
      [s.own[3]!]: "baru",
    });
    const rows = await auditOf(s.child.unitId);
    expect(rows.map((r) => r.target).sort()).toEqual(ticked.map((id) => `${s.child.unitId}/${id}`).sort());
    expect(rows.every((r) => r.detail === "ditindaklanjuti" && r.actor.startsWith("manager-"))).toBe(true);
  });

  it("refuses without the form token, for a viewer, and outside the user's scope, changing nothing", async () => {
    const s = await seed();
    const fields: [string, string][] = [
      ["ids[]", s.own[0]!],
      ["status", "dibaca"],
    ];
    expect((await bulk(s.manager.cookie, s.child.unitId, fields)).status).toBe(403);
    expect((await bulk(s.manager.cookie, s.child.unitId, [["_csrf", "x"], ...fields])).status).toBe(403);
    expect((await bulk(s.viewer.cookie, s.child.unitId, [["_csrf", s.viewer.csrf], ...fields])).status).toBe(403);
    // The parent unit is outside a child manager's scope: not found, whatever is ticked.
    const parent = await bulk(s.manager.cookie, s.root.unitId, [
      ["_csrf", s.manager.csrf],
      ["ids[]", s.foreign],
      ["status", "dibaca"],
    ]);
    expect(parent.status).toBe(404);
    // A comment of another unit among the ticked ones: the whole change is refused.
    const mixed = await bulk(s.manager.cookie, s.child.unitId, [
      ["_csrf", s.manager.csrf],
      ["ids[]", s.own[1]!],
      ["ids[]", s.foreign],
      ["status", "dibaca"],
    ]);
    expect(mixed.status).toBe(404);
    expect(Object.values(await statuses([...s.own, s.foreign]))).toEqual(["baru", "baru", "baru", "baru", "baru"]);
    expect(await auditOf(s.child.unitId)).toEqual([]);
    expect(await auditOf(s.root.unitId)).toEqual([]);
  });

  it.each<[string, [string, string][], RegExp]>([
    ["nothing ticked", [["status", "dibaca"]], /Pilih paling sedikit satu saran/],
    [
      "an unknown status",
      [
        ["ids[]", "OWN"],
        ["status", "dihapus"],
      ],
      /Status/,
    ],
    ["no status", [["ids[]", "OWN"]], /Status/],
    [
      "an unknown comment",
      [
        ["ids[]", "nope"],
        ["status", "dibaca"],
      ],
      /tidak ditemukan/,
    ],
    [
      "an over-long id",
      [
        ["ids[]", "x".repeat(500)],
        ["status", "dibaca"],
      ],
      /Saran/,
    ],
    [
      "too many ids",
      [...Array.from({ length: 101 }, (_, i): [string, string] => ["ids[]", `id${i}`]), ["status", "dibaca"]],
      /Saran/,
    ],
    [
      "ids without the brackets",
      [
        ["ids", "OWN"],
        ["status", "dibaca"],
      ],
      /Pilih paling sedikit satu saran/,
    ],
  ])("refuses %s with a 4xx page that says why, changing nothing", async (_, fields, message) => {
    const s = await seed();
    const withIds = fields.map(([k, v]): [string, string] => [k, v === "OWN" ? s.own[0]! : v]);
    const res = await bulk(s.manager.cookie, s.child.unitId, [["_csrf", s.manager.csrf], ...withIds]);
    expect([400, 404]).toContain(res.status);
    expect(await res.text()).toMatch(message);
    expect(Object.values(await statuses(s.own)).every((v) => v === "baru")).toBe(true);
    expect(await auditOf(s.child.unitId)).toEqual([]);
  });

  it("offers the checkboxes and both actions to a manager, and neither to a viewer", async () => {
    const s = await seed();
    const page = async (cookie: string) =>
      (await app.request(`/admin/units/${s.child.unitId}?period=2026`, { headers: { Cookie: cookie } })).text();
    const manager = await page(s.manager.cookie);
    expect(manager.match(/type="checkbox" form="bulk-triage" name="ids\[\]"/g)).toHaveLength(4);
    expect(manager).toContain('value="dibaca">Tandai dibaca</button>');
    expect(manager).toContain('value="ditindaklanjuti">Tandai ditindaklanjuti</button>');
    expect(await page(s.viewer.cookie)).not.toContain("bulk-triage");
  });
});
