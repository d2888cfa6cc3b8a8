import type { Db } from "../../db/db";
import { countFlags, FLAG_STATUSES, followUpChoices, listFlags, skmOnes } from "../../db/queries/flags";
import { unitSubtree, type UnitWithOrg } from "../../db/queries/units";
import type { Lang } from "../../web/i18n";
import type { FlagView } from "../../web/components/FlagCard";
import type { InboxData } from "../../web/pages/InboxPage";
import { localTime } from "../../web/local-time";
import { reasonTexts } from "../../web/text-flags";
import { AppError } from "../errors";
import { parseOrgSettings } from "../settings";
import { hasRedFlagWord } from "../survey/flags";
import { commentPage } from "./comment-page";

/** Flags per page: a phone scrolls past twenty short cards; a page is one bounded read. */
const FLAGS_PER_PAGE = 20;

export type InboxQuery = { status: string; subtree: boolean; page: number };

const badQuery = (path: string, id: string, en: string) =>
  new AppError("BAD_REQUEST", en, { issues: [{ path, message: en }], localized: { id, en } });

/** `?status=`, `?scope=subtree` and `?page=` of the inbox; anything else in them is a 400 that says so. */
export function inboxQuery(q: Record<string, string>): InboxQuery {
  const status = q.status ?? "";
  if (status && !(FLAG_STATUSES as readonly string[]).includes(status))
    throw badQuery("status", "Status tidak dikenal.", "Unknown status.");
  const scope = q.scope ?? "";
  if (scope !== "" && scope !== "subtree")
    throw badQuery("scope", "Cakupan tidak dikenal: kosong atau subtree.", "Unknown scope: empty or subtree.");
  return { status, subtree: scope === "subtree", page: commentPage(q.page) };
}

/** The list's own address (status, scope, page), which every form on it comes back to. */
export function inboxSearch(q: { status: string; subtree: boolean; page?: number }): string {
  const p = new URLSearchParams();
  if (q.status) p.set("status", q.status);
  if (q.subtree) p.set("scope", "subtree");
  if (q.page && q.page > 1) p.set("page", String(q.page));
  return p.toString();
}

type Row = Awaited<ReturnType<typeof listFlags>>[number];

function reasonCodes(json: string): string[] {
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list) ? list.filter((r): r is string => typeof r === "string") : [];
  } catch {
    return [];
  }
}

/** One card: the reasons in words, the moment in the unit's zone, and the text only for those who may read it. */
function flagView(
  r: Row,
  ctx: { unit: UnitWithOrg; lang: Lang; words: readonly string[]; ones: string[]; readText: boolean },
): FlagView {
  const written = [r.comment, r.improvement].filter((t): t is string => !!t).join(" ");
  const found = written ? ctx.words.filter((w) => hasRedFlagWord(written, [w])) : [];
  const reasons = reasonTexts(ctx.lang, { reasons: reasonCodes(r.reasons), ones: ctx.ones, words: found });
  return {
    id: r.responseId,
    unitName: r.unitName,
    own: r.unitId === ctx.unit.id,
    when: localTime(r.submittedAt, ctx.unit.timeZone, ctx.lang),
    service: r.service,
    reasons,
    comment: ctx.readText ? r.comment : null,
    improvement: ctx.readText ? r.improvement : null,
    status: r.status,
    followUpId: r.followUpId,
    draft: { period: r.localDate.slice(0, 4), item: ctx.ones[0] ?? "A2", problem: reasons.join("; ").slice(0, 500) },
  };
}

/** One page of the inbox: the unit's flags (and, asked for, those of the units below), newest first. */
export async function inboxData(
  db: Db,
  unit: UnitWithOrg,
  q: InboxQuery,
  who: { readText: boolean; lang: Lang },
): Promise<InboxData> {
  const unitIds = q.subtree ? (await unitSubtree(db, unit.id)).map((u) => u.id) : [unit.id];
  const filter = { unitIds, status: q.status || undefined };
  const total = await countFlags(db, filter);
  const pages = Math.max(1, Math.ceil(total / FLAGS_PER_PAGE));
  const page = Math.min(q.page, pages);
  const [rows, followUps] = await Promise.all([
    listFlags(db, { ...filter, limit: FLAGS_PER_PAGE, offset: (page - 1) * FLAGS_PER_PAGE }),
    followUpChoices(db, unit.id),
  ]);
  const ones = await skmOnes(
    db,
    rows.map((r) => r.responseId),
  );
  const words = parseOrgSettings(unit.orgSettings).redFlagWords;
  const onesOf = (id: string) =>
    ones
      .filter((o) => o.responseId === id)
      .map((o) => o.item)
      .sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
  return {
    total,
    page,
    pages,
    items: rows.map((r) =>
      flagView(r, { unit, lang: who.lang, words, ones: onesOf(r.responseId), readText: who.readText }),
    ),
    followUps: followUps.map((f) => ({ id: f.id, label: `${f.period} · ${f.item} · ${f.action}`.slice(0, 120) })),
  };
}

/** Where a form on the inbox sends the reader back to: its status, scope and page, rebuilt from known fields only. */
export function inboxBack(raw: string): string {
  const given = new URLSearchParams(raw.slice(0, 400));
  const field = (k: string) => given.get(k) ?? "";
  try {
    return inboxSearch(inboxQuery({ status: field("status"), scope: field("scope"), page: field("page") }));
  } catch {
    return "";
  }
}
