import type { Context } from "hono";
import { listOrgUnits } from "../../db/queries/units";
import { listOrgUsers } from "../../db/queries/users";
import { UsersPage, type UsersProps } from "../../web/pages/AdminListsPage";
import { userActor } from "../actions/action";
import { inviteUser, issueResetLink } from "../actions/accounts";
import { setUserDisabled as disableUser } from "../actions/users";
import { publicOrigin } from "../auth/session";
import { dashboardFactory, type DashboardEnv } from "../context";
import { adminChrome } from "../dashboard/chrome";
import { AppError } from "../errors";
import { formText, readForm } from "../form-body";
import { tryForm } from "../form-issues";
import { html, requestLang } from "../render";

/** /admin/users: accounts (invite and reset links, disable), for admins only. */
export const userRoutes = dashboardFactory.createApp();

// As the rest of the administration: a non-admin is told nothing exists here.
userRoutes.use("*", async (c, next) => {
  if (c.var.user.role !== "admin") throw new AppError("NOT_FOUND", "Halaman tidak ditemukan");
  await next();
});

type UsersPageExtra = Pick<UsersProps, "shown" | "values" | "errors">;

async function usersPage(c: Context<DashboardEnv>, extra: UsersPageExtra = {}, status: 200 | 422 = 200) {
  const units = await listOrgUnits(c.var.db, c.var.user.orgId);
  const names = new Map(units.map((u) => [u.id, u.name]));
  const users = (await listOrgUsers(c.var.db, c.var.user.orgId)).map((u) => ({
    id: u.id,
    email: u.email,
    role: u.role,
    unit: u.unitId ? (names.get(u.unitId) ?? "") : "seluruh instansi",
    disabled: u.disabledAt !== null,
    self: u.id === c.var.user.id,
  }));
  return html(c, status, <UsersPage chrome={adminChrome(c)} users={users} units={units} {...extra} />);
}

/** A one-time link as the person opens it: on PUBLIC_URL's origin behind a proxy. */
const linkUrl = (c: Context<DashboardEnv>, token: string) => `${publicOrigin(c)}/password/${token}`;

userRoutes.get("/", (c) => usersPage(c));

userRoutes.post("/", async (c) => {
  const { db, user, now } = c.var;
  const form = await readForm(c);
  const lang = requestLang(c);
  const values = {
    email: formText(form, "email") ?? "",
    role: formText(form, "role") ?? "",
    unit: formText(form, "unit") ?? "",
  };
  const input = { orgId: user.orgId, email: values.email, role: values.role, unitId: values.unit || null };
  const done = await tryForm(lang, () => inviteUser(db, userActor(user), input, now));
  if (!done.ok) return usersPage(c, { values, errors: done.errors }, 422);
  const { email, token } = done.value;
  return usersPage(c, { shown: { kind: "invite", email, url: linkUrl(c, token) } });
});

userRoutes.post("/:id/reset", async (c) => {
  const { db, user, now } = c.var;
  const lang = requestLang(c);
  const input = { orgId: user.orgId, userId: c.req.param("id") };
  const done = await tryForm(lang, () => issueResetLink(db, userActor(user), input, now));
  if (!done.ok) return usersPage(c, { errors: done.errors }, 422);
  const { email, token } = done.value;
  return usersPage(c, { shown: { kind: "reset", email, url: linkUrl(c, token) } });
});

userRoutes.post("/:id", async (c) => {
  const { db, user, now } = c.var;
  const disabled = (await readForm(c)).disabled === "1";
  await disableUser(db, userActor(user), { orgId: user.orgId, userId: c.req.param("id"), disabled }, now);
  return c.redirect("/admin/users", 303);
});
