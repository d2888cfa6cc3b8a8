import { sumRollupsByMonth } from "../../db/queries/indices";
import { pageResponses } from "../../db/queries/response-rows";
import { listOrgUnits, listUnitsById, unitSubtree } from "../../db/queries/units";
import { requireEvaluator } from "../api/evaluator-auth";
import type { Db } from "../../db/db";
import { evaluatorFactory, type Evaluator } from "../context";
import { responsesQuery, trendQuery, unitIdParam } from "../api/schemas";
import { indicesChannelQuery } from "../api/channel-schemas";
import { sumOfflineByMonth } from "../../db/queries/offline-totals";
import { withoutOffline } from "../indices/online-only";
import { AppError } from "../errors";
import { serviceIndices } from "../indices/services";
import { ziQuery } from "../api/zi-schemas";
import { resolvePeriod, scopedUnit } from "../api/scope";
import { validate } from "../api/validate";
import { privateCache } from "../http-cache";
import {
  computeIndices,
  groupTotals,
  mergeMonths,
  optionsFromSettings,
  tallyOf,
  type IndexOptions,
} from "../indices/compute";
import { bucketOf, bucketsOf, parsePeriodLabel } from "../indices/period";
import { decodeCursor, encodeCursor, toResponseRows } from "../indices/response-rows";
import { parseOrgSettings } from "../settings";
import { ziYear } from "../zi/year";

export const evaluatorRoutes = evaluatorFactory.createApp();

// "/units/*" covers "/units" itself too: one registration, so each request is counted once.
evaluatorRoutes.use("/units/*", requireEvaluator);

type IndexQuery = Partial<Pick<IndexOptions, "weighting" | "conversion">> & { scope: "unit" | "subtree" };

const indexOptions = (orgSettings: string, q: Partial<Pick<IndexOptions, "weighting" | "conversion">>): IndexOptions =>
  optionsFromSettings(parseOrgSettings(orgSettings), q);

/** The period, the unit in the token's scope (and the units its figures cover), their monthly totals and formula options. */
async function scopedRollups(
  v: { db: Db; evaluator: Evaluator },
  unitId: string,
  q: Parameters<typeof resolvePeriod>[0] & IndexQuery,
) {
  const period = resolvePeriod(q);
  const { unit, unitIds, population } = await scopedUnit(v.db, v.evaluator, unitId, q.scope);
  const totals = await sumRollupsByMonth(v.db, unitIds, period.from, period.to);
  return { period, unit, unitIds, population, totals, options: indexOptions(unit.orgSettings, q) };
}

evaluatorRoutes.get("/units", async (c) => {
  const who = c.var.evaluator;
  const units = who.unitId
    ? await listUnitsById(
        c.var.db,
        who.orgId,
        (await unitSubtree(c.var.db, who.unitId)).map((u) => u.id),
      )
    : await listOrgUnits(c.var.db, who.orgId);
  return c.json({ units });
});

evaluatorRoutes.get(
  "/units/:unitId/indices",
  privateCache,
  validate("param", unitIdParam),
  validate("query", indicesChannelQuery),
  async (c) => {
    const q = c.req.valid("query");
    // A subtree's services are not the unit's: refused rather than silently answering for the unit alone.
    if (q.by === "service" && q.scope === "subtree")
      throw new AppError("VALIDATION_FAILED", "Invalid query", {
        issues: [{ path: "by", message: "by=service needs scope=unit: ask each unit of the subtree for its services" }],
      });
    if (q.by === "service" && q.channel === "online")
      throw new AppError("VALIDATION_FAILED", "Invalid query", {
        issues: [{ path: "channel", message: "channel=online is not available with by=service" }],
      });
    const { period, unit, unitIds, population, totals, options } = await scopedRollups(
      c.var,
      c.req.valid("param").unitId,
      q,
    );
    const counted =
      q.channel === "online"
        ? withoutOffline(totals, await sumOfflineByMonth(c.var.db, unitIds, period.from, period.to))
        : totals;
    const indices = computeIndices(mergeMonths(counted), options, population, period);
    const services = q.by === "service" ? { services: await serviceIndices(c.var.db, unit, period, options) } : {};
    const { from, to, label } = period;
    const head = { unitId: unit.id, scope: q.scope, channel: q.channel, period: { from, to, label } };
    return c.json({ ...head, ...indices, ...services });
  },
);

evaluatorRoutes.get(
  "/units/:unitId/trend",
  privateCache,
  validate("param", unitIdParam),
  validate("query", trendQuery),
  async (c) => {
    const q = c.req.valid("query");
    const { period, unit, population, totals, options } = await scopedRollups(c.var, c.req.valid("param").unitId, q);
    const byBucket = groupTotals(totals, (row) => bucketOf(`${row.month}-01`, q.granularity));
    const series = bucketsOf(period, q.granularity).map((label) => {
      const bucket = parsePeriodLabel(label)!;
      // The first and last bucket are clipped to the requested range, and their population prorated to match.
      const from = bucket.from < period.from ? period.from : bucket.from;
      const to = bucket.to > period.to ? period.to : bucket.to;
      const days = Math.round((Date.parse(to) - Date.parse(from)) / 86400000) + 1;
      const tallies = tallyOf(byBucket, label);
      return {
        period: { from, to, label },
        ...computeIndices(tallies, options, population, { days, yearDays: bucket.yearDays }),
      };
    });
    const { from, to, label } = period;
    return c.json({ unitId: unit.id, scope: q.scope, period: { from, to, label }, granularity: q.granularity, series });
  },
);

evaluatorRoutes.get(
  "/units/:unitId/responses",
  validate("param", unitIdParam),
  validate("query", responsesQuery),
  async (c) => {
    const q = c.req.valid("query");
    const period = resolvePeriod(q);
    const { unitIds } = await scopedUnit(c.var.db, c.var.evaluator, c.req.valid("param").unitId, q.scope);
    const page = await pageResponses(c.var.db, {
      unitIds,
      from: period.from,
      to: period.to,
      after: decodeCursor(q.cursor),
      limit: q.limit,
    });
    const data = toResponseRows(page.rows);
    return c.json({ data, nextCursor: page.hasMore ? encodeCursor(page.rows.at(-1)!) : null });
  },
);

evaluatorRoutes.get(
  "/units/:unitId/zi",
  privateCache,
  validate("param", unitIdParam),
  validate("query", ziQuery),
  async (c) => {
    const { unit } = await scopedUnit(c.var.db, c.var.evaluator, c.req.valid("param").unitId, "unit");
    const zi = await ziYear(c.var.db, unit, c.req.valid("query").year);
    return c.json(zi.api);
  },
);
