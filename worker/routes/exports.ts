import type { Context } from "hono";
import { sumRollupsByMonth } from "../../db/queries/indices";
import { userActor } from "../actions/action";
import { recordExport } from "../actions/data";
import { unitFactory, type UnitEnv } from "../context";
import { dashboardSettings } from "../dashboard/overview";
import { dashboardPeriod } from "../dashboard/period";
import { dataDictionary, exportHeader, exportRows } from "../dashboard/export-rows";
import { csvStream } from "../export/csv";
import type { XlsxValue } from "../export/xlsx";
import { xlsxStream } from "../export/xlsx-stream";
import { computeIndices, mergeMonths } from "../indices/compute";

/** /admin/units/:unitId/export.csv and export.xlsx: a period's responses, for the unit's own analysis. */
export const exportRoutes = unitFactory.createApp();

// Comments can hold personal data a respondent typed: viewers get numbers only.
const mayReadComments = (role: string) => role !== "viewer";

async function prepare(c: Context<UnitEnv>, format: string) {
  const { db, user, unit, now } = c.var;
  const period = dashboardPeriod(c.req.query(), unit.timeZone, now);
  const withComments = mayReadComments(user.role);
  await recordExport(db, userActor(user), { orgId: unit.orgId, unitId: unit.id, format, period: period.label }, now);
  const filename = `skm-${unit.code}-${period.label.replace(/[^\w.-]/g, "_")}.${format}`;
  return { unit, period, withComments, filename };
}

exportRoutes.get("/export.csv", async (c) => {
  const { unit, period, withComments, filename } = await prepare(c, "csv");
  c.header("Content-Disposition", `attachment; filename="${filename}"`);
  c.header("Cache-Control", "no-store");
  return c.body(csvStream(exportHeader(withComments), exportRows(c.var.db, [unit.id], period, withComments)), 200, {
    "Content-Type": "text/csv; charset=utf-8",
  });
});

exportRoutes.get("/export.xlsx", async (c) => {
  const { db } = c.var;
  const { unit, period, withComments, filename } = await prepare(c, "xlsx");
  const ix = computeIndices(
    mergeMonths(await sumRollupsByMonth(db, [unit.id], period.from, period.to)),
    dashboardSettings(unit.orgSettings).options,
    unit.population,
    period,
  );
  const indexSheet: XlsxValue[][] = [
    ["ukuran", "nilai", "keterangan"],
    ["periode", period.label, `${period.from} s.d. ${period.to}`],
    [
      "responden",
      ix.respondents,
      ix.sample.required === null ? "populasi tidak diketahui" : `minimal ${ix.sample.required} (Krejcie-Morgan)`,
    ],
    [
      "IKM (konversi)",
      ix.ikm?.converted ?? null,
      ix.ikm ? `mutu ${ix.ikm.grade ?? "-"} ${ix.ikm.performance ?? "(data belum cukup)"}` : "tidak ada jawaban",
    ],
    ...(ix.ikm?.items.map((i): XlsxValue[] => [`NRR ${i.key}`, i.nrr, `n = ${i.n}`]) ?? []),
    ["IPKP (0..4)", ix.ipkp?.index4 ?? null, ix.ipkp ? `LKE ${ix.ipkp.lke.toFixed(2)}` : "tidak ada jawaban"],
    ["IPAK (0..4)", ix.ipak?.index4 ?? null, ix.ipak ? `LKE ${ix.ipak.lke.toFixed(2)}` : "tidak ada jawaban"],
    ["porsi diarahkan", ix.steeredShare, "jawaban 'ya' pada pertanyaan kendali"],
    ["versi rumus", ix.formulaVersion, ""],
  ];
  const xlsx = xlsxStream([
    {
      name: "Jawaban",
      rows: withHeader(
        exportHeader(withComments),
        exportRows(db, [unit.id], period, withComments) as AsyncIterable<XlsxValue[]>,
      ),
    },
    { name: "Indeks", rows: indexSheet, columns: [24, 14, 50] },
    { name: "Kamus data", rows: [["kolom", "arti"], ...dataDictionary(withComments)], columns: [16, 70] },
  ]);
  c.header("Content-Disposition", `attachment; filename="${filename}"`);
  c.header("Cache-Control", "no-store");
  return c.body(xlsx, 200, { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
});

async function* withHeader<T>(header: T, rows: AsyncIterable<T>) {
  yield header;
  yield* rows;
}
