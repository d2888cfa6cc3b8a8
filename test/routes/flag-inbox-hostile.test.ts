import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp } from "../helpers/app";
import { createTestDb } from "../helpers/db";
import { seedTouchpoint } from "../helpers/factories";
import { flagStates, submitAll } from "../helpers/flags";
import { HOSTILE_IDS, gets, hostileForms, hostileQueries, posts, sendFamily, wrongBodyTypes } from "../helpers/hostile";
import { csrfOf, login, postAs, seedUser } from "../helpers/session";

/**
 * The hostile corpus against the inbox, its triage forms and the red-flag word list: never a 5xx or
 * internals, nothing stored (the flags read apart: storedState does not cover them), a refusal that
 * says why inside the dashboard's frame.
 */
const t = await createTestDb();
afterAll(() => t.close());
const { app } = createTestApp(t.db);
let s: { unitId: string; ids: string[]; cookie: string; csrf: string; inbox: string };

beforeAll(async () => {
  const tp = await seedTouchpoint(t.db);
  const ids = await submitAll(t.db, tp.code, [{ steered: true }, { comment: "ada pungli" }]);
  const cookie = await login(app, await seedUser(t.db, tp.orgId, "admin"));
  s = { unitId: tp.unitId, ids, cookie, csrf: await csrfOf(app, cookie), inbox: `/admin/units/${tp.unitId}/perhatian` };
});

const unchangedFlags = async () =>
  expect(Object.values(await flagStates(t.db, s.ids))).toEqual([
    { status: "baru", followUpId: null },
    { status: "baru", followUpId: null },
  ]);

describe("the inbox under hostile input", () => {
  it("answers hostile query strings with a 400 that says why, never a 5xx", async () => {
    const paths = ["status", "scope", "page"].flatMap((p) => hostileQueries(p).map((q) => `${s.inbox}?${q}`));
    const statuses = await sendFamily(app, t.db, gets(paths, { Cookie: s.cookie }));
    expect(statuses.every((code) => code === 200 || code === 400)).toBe(true);
    const bad = await app.request(`${s.inbox}?status=dihapus`, { headers: { Cookie: s.cookie } });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain("Status tidak dikenal");
    await unchangedFlags();
  });

  it("refuses hostile triage and link forms, changing nothing", async () => {
    const id = s.ids[0]!;
    const base = { _csrf: s.csrf, status: "dilihat", back: "status=baru" };
    const requests = [
      ...posts(`${s.inbox}/${id}/status`, hostileForms(base, "status"), { Cookie: s.cookie }),
      ...posts(`${s.inbox}/status`, hostileForms({ ...base, "ids[]": id }, "ids[]"), { Cookie: s.cookie }),
      ...posts(`${s.inbox}/${id}/status`, wrongBodyTypes(base), { Cookie: s.cookie }),
      ...HOSTILE_IDS.map((bad) => ({
        path: `${s.inbox}/${bad}/status`,
        init: { method: "POST", body: new URLSearchParams(base), headers: { Cookie: s.cookie } },
      })),
    ];
    // A hostile value of `back` is no refusal: the way back is rebuilt from the fields it knows.
    const withBack = hostileForms({ ...base, status: "baru" }, "back").map((b) => ({ ...b, label: `back ${b.label}` }));
    const statuses = await sendFamily(app, t.db, requests);
    expect(statuses.every((code) => code >= 400 && code < 500)).toBe(true);
    // An empty (or unreadable) follow-up is a request to remove the link: accepted, audited, and no change here.
    const links = posts(`${s.inbox}/${id}/link`, hostileForms({ _csrf: s.csrf, followUpId: "" }, "followUpId"), {
      Cookie: s.cookie,
    });
    const linkStatuses = await sendFamily(app, t.db, links, { mayChange: ["audit"] });
    expect(linkStatuses.every((code) => code === 303 || (code >= 400 && code < 500))).toBe(true);
    await unchangedFlags();
    for (const r of posts(`${s.inbox}/${id}/status`, withBack, { Cookie: s.cookie })) {
      const res = await app.request(r.path, r.init);
      expect(res.status, r.label).toBeLessThan(500);
      if (res.status === 303)
        expect(res.headers.get("location"), r.label).toMatch(/^\/admin\/units\/[^/]+\/perhatian(\?|$)/);
    }
  });

  it("shows a refused triage again in the dashboard frame with the reason", async () => {
    const res = await postAs(app, s.cookie, `${s.inbox}/status`, { _csrf: s.csrf, status: "dilihat" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("Pilih paling sedikit satu tanda");
    expect(html).toContain('href="/admin/settings"');
    expect(html).toContain("Perlu perhatian · UPT Uji");
    const en = await postAs(app, s.cookie, `${s.inbox}/${s.ids[0]}/status?lang=en`, { _csrf: s.csrf, status: "x" });
    expect(en.status).toBe(400);
    expect(await en.text()).toContain("The change was refused");
    await unchangedFlags();
  });

  it("refuses hostile word lists with the list kept, and stores nothing", async () => {
    const path = "/admin/settings/red-flag-words";
    const statuses = await sendFamily(
      app,
      t.db,
      [
        ...posts(path, hostileForms({ _csrf: s.csrf, words: "calo" }, "words"), { Cookie: s.cookie }),
        ...posts(path, wrongBodyTypes({ _csrf: s.csrf, words: "calo" }), { Cookie: s.cookie }),
      ],
      // A hostile value may still be a list of words (a number, "null", a path): it is then saved.
      { mayChange: ["organizations", "audit"] },
    );
    expect(statuses.every((code) => code === 303 || (code >= 400 && code < 500))).toBe(true);
  });
});
