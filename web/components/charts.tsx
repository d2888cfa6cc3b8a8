/**
 * Server-rendered SVG charts: they print, need no script, and carry a text alternative (a title and
 * a description naming every value) so a screen reader gets the same information.
 *
 * The line and bar charts have no viewBox: their coordinates are CSS pixels, x positions are
 * percentages of the width, so text keeps its size (≥ 11 px) on a 390 px phone and on a desktop alike.
 * Only the plotted lines sit in an inner, stretched viewBox, drawn with strokes that do not stretch.
 */
import type { Lang } from "../i18n";

const fmt = (v: number) => v.toFixed(2);

/**
 * One period's value. `thin`: fewer respondents than the organization's minimum, so the value is shown
 * hollow and unjoined, never as a real rise or drop; `n` is then named beside it.
 */
export type Point = { label: string; value: number | null; n?: number; thin?: boolean; short?: string };

const NO_DATA: Record<Lang, string> = { id: "tidak ada data", en: "no data" };
const solid = <P extends Point>(p: P): p is P & { value: number } => p.value !== null && !p.thin;
const describe = (p: Point, lang: Lang, format: (v: number) => string) =>
  `${p.label}: ${p.value === null ? NO_DATA[lang] : format(p.value)}${p.thin && p.n !== undefined ? ` (n = ${p.n})` : ""}`;

/** Runs of consecutive solid points: a line never crosses a gap or a thin period. */
function runs<T>(points: Point[], at: (p: Point & { value: number }, i: number) => T): T[][] {
  const out: T[][] = [[]];
  points.forEach((p, i) => {
    if (solid(p)) out.at(-1)!.push(at(p, i));
    else if (out.at(-1)!.length > 0) out.push([]);
  });
  return out.filter((r) => r.length > 0);
}

export function Sparkline({ points, title }: { points: Point[]; title: string }) {
  const w = 120;
  const h = 28;
  const all = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (all.length === 0) return <span class="hint">—</span>;
  // The scale comes from the solid months: a thin month's outlier must not flatten the rest.
  const values = points.some(solid) ? points.filter(solid).map((p) => p.value) : all;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => (points.length === 1 ? w / 2 : (i / (points.length - 1)) * (w - 6) + 3);
  const y = (v: number) =>
    max === min ? h / 2 : h - 3 - ((Math.min(max, Math.max(min, v)) - min) / (max - min)) * (h - 6);
  const desc = points.map((p) => describe(p, "id", fmt)).join("; ");
  return (
    <svg class="spark" viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={`${title}. ${desc}`}>
      <title>{`${title}. ${desc}`}</title>
      {runs(points, (p, i) => `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`).map((r) =>
        r.length === 1 ? (
          <circle key={r[0]} cx={r[0]!.split(",")[0]} cy={r[0]!.split(",")[1]} r="2" fill="#0b3d6b" />
        ) : (
          <polyline key={r[0]} points={r.join(" ")} fill="none" stroke="#0b3d6b" stroke-width="2" />
        ),
      )}
      {points.map((p, i) =>
        p.thin && p.value !== null ? (
          <circle key={i} class="thin" cx={x(i)} cy={y(p.value)} r="2.5" fill="#fff" stroke="#6b7280" />
        ) : null,
      )}
    </svg>
  );
}

type LinePoint = Point & { lo?: number | null; hi?: number | null };
const GRID = "#d1d5db";
const INK = "#0b3d6b";
const MUTED = "#4b5563";

/** The first and last axis labels lean inwards: centred on the edge point, a long one would leave the chart. */
const edgeAnchor = (i: number, count: number) =>
  count > 1 && i === 0 ? "start" : count > 1 && i === count - 1 ? "end" : "middle";

export function LineChart({
  points,
  title,
  min,
  max,
  band,
  format = fmt,
  lang = "id",
}: {
  points: LinePoint[];
  title: string;
  min: number;
  max: number;
  band?: boolean;
  /** How the description writes a value (the laporan SKM writes 88,31). */
  format?: (v: number) => string;
  lang?: Lang;
}) {
  const h = 210;
  const top = 24;
  const bottom = 176;
  const x = (i: number) => `${points.length <= 1 ? 50 : 4 + (i / (points.length - 1)) * 92}%`;
  const y = (v: number) => top + ((max - Math.min(max, Math.max(min, v))) / (max - min)) * (bottom - top);
  // At most 12 axis labels; a phone shows every other one of those (the "odd" ones hide in CSS).
  const step = Math.ceil(points.length / 12);
  const desc = points.map((p) => describe(p, lang, format)).join("; ");
  return (
    <figure class="chart">
      <svg class="px" width="100%" height={h} role="img" aria-labelledby="lc-title lc-desc">
        <title id="lc-title">{title}</title>
        <desc id="lc-desc">{desc}</desc>
        {[min, (min + max) / 2, max].map((t) => (
          <g key={t}>
            <line x1="0" x2="100%" y1={y(t)} y2={y(t)} stroke={GRID} />
            <text x="2" y={y(t) - 4} font-size="11" fill={MUTED}>
              {t.toFixed(0)}
            </text>
          </g>
        ))}
        {band
          ? points.map((p, i) =>
              solid(p) && p.lo != null && p.hi != null ? (
                <line key={`b${i}`} x1={x(i)} x2={x(i)} y1={y(p.lo)} y2={y(p.hi)} stroke="#9cc3e6" stroke-width="6" />
              ) : null,
            )
          : null}
        {runs(points, (p, i) => ({ x: x(i), y: y(p.value) })).flatMap((r) =>
          r
            .slice(1)
            .map((b, k) => (
              <line key={`s${b.x}`} x1={r[k]!.x} y1={r[k]!.y} x2={b.x} y2={b.y} stroke={INK} stroke-width="2.5" />
            )),
        )}
        {points.map((p, i) =>
          p.value === null ? null : p.thin ? (
            <g key={`c${i}`} class="thin">
              <circle cx={x(i)} cy={y(p.value)} r="4" fill="#fff" stroke="#6b7280" stroke-width="2" />
              {p.n !== undefined ? (
                <text x={x(i)} y={y(p.value) - 9} text-anchor="middle" font-size="11" fill={MUTED}>
                  n={p.n}
                </text>
              ) : null}
            </g>
          ) : (
            <circle key={`c${i}`} cx={x(i)} cy={y(p.value)} r="3.5" fill={INK} />
          ),
        )}
        {points.map((p, i) =>
          i % step === 0 ? (
            <text
              key={`l${i}`}
              class={(i / step) % 2 === 1 ? "odd" : undefined}
              x={x(i)}
              y={h - 12}
              text-anchor={edgeAnchor(i, points.length)}
              font-size="12"
            >
              {p.short ?? p.label}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption class="hint">{title}</figcaption>
    </figure>
  );
}

export function BarChart({
  bars,
  title,
  max,
  highlight,
  format = fmt,
}: {
  bars: { label: string; value: number; note?: string }[];
  title: string;
  max: number;
  highlight?: string;
  format?: (v: number) => string;
}) {
  // Each bar under its own label, so a long unsur name has the whole width on a phone.
  const rowH = 46;
  const width = (v: number) => `${Math.max(0.5, (Math.min(v, max) / max) * 80)}%`;
  const desc = bars.map((b) => `${b.label}: ${format(b.value)}`).join("; ");
  return (
    <figure class="chart">
      <svg class="px" width="100%" height={bars.length * rowH + 4} role="img" aria-labelledby="bc-title bc-desc">
        <title id="bc-title">{title}</title>
        <desc id="bc-desc">{desc}</desc>
        {bars.map((b, i) => (
          <g key={b.label}>
            <text x="4" y={i * rowH + 16} font-size="13">
              {b.label}
            </text>
            <rect
              x="4"
              y={i * rowH + 22}
              height="16"
              width={width(b.value)}
              fill={b.label === highlight ? "#b00020" : INK}
            />
            <text x={width(b.value)} dx="10" y={i * rowH + 35} font-size="12">
              {format(b.value)}
              {b.note ? ` ${b.note}` : ""}
            </text>
          </g>
        ))}
      </svg>
      <figcaption class="hint">{title}</figcaption>
    </figure>
  );
}
