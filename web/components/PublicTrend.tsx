import { idNumber, idPeriodShort } from "../report-format";

export type TrendPoint = { label: string; value: number | null; flagged: boolean };

/** Six periods fit a 390 px phone with every label at ~12 px; older ones stay listed below the chart. */
const MAX_POINTS = 6;
const W = 360;
const H = 190;
const TOP = 28;
const BOTTOM = 44;

/** "TW III 2026" on two lines ("TW III" / "2026"), so six labels fit side by side on a phone. */
function twoLines(label: string): [string, string] {
  const short = idPeriodShort(label);
  const cut = short.lastIndexOf(" ");
  return cut > 0 ? [short.slice(0, cut), short.slice(cut + 1)] : [short, ""];
}

/**
 * The IKM over published periods as a small server-drawn SVG in Indonesian numbers, drawn about 1:1
 * on a phone (viewBox 360 wide): each value is written at its point, a period published with a note
 * is hollow and starred, a period without an IKM leaves a gap. The axis starts near the lowest value
 * (never below 25, the scale's floor) and ends at 100, and says so.
 */
export function PublicTrend({ points: all }: { points: TrendPoint[] }) {
  const points = all.slice(-MAX_POINTS);
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const lo = Math.max(25, Math.floor(Math.min(...values) / 10) * 10 - 10);
  const step = (W - 40) / Math.max(1, points.length - 1);
  const x = (i: number) => (points.length === 1 ? W / 2 : 20 + i * step);
  const y = (v: number) => TOP + ((100 - v) / (100 - lo)) * (H - TOP - BOTTOM);
  const line = points.map((p, i) => (p.value === null ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`));
  const desc = points.map((p) => `${idPeriodShort(p.label)}: ${p.value === null ? "tanpa IKM" : idNumber(p.value)}`);
  return (
    <figure class="chart trend">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby="trend-title trend-desc">
        <title id="trend-title">IKM per periode yang dipublikasikan</title>
        <desc id="trend-desc">{desc.join("; ")}</desc>
        {[100, lo].map((v) => (
          <g key={v}>
            <line x1="0" x2={W} y1={y(v)} y2={y(v)} stroke="#d1d5db" />
            <text x={W - 2} y={y(v) - 3} text-anchor="end" font-size="11" fill="#4b5563">
              {v}
            </text>
          </g>
        ))}
        {line
          .map((pt, i) => (pt && line[i + 1] ? `M${pt}L${line[i + 1]}` : ""))
          .filter(Boolean)
          .map((d) => (
            <path key={d} d={d} stroke="#0b3d6b" stroke-width="2.5" fill="none" />
          ))}
        {points.map((p, i) => {
          const [a, b] = twoLines(p.label);
          return (
            <g key={p.label}>
              {p.value === null ? null : (
                <>
                  <circle
                    cx={x(i)}
                    cy={y(p.value)}
                    r="4.5"
                    fill={p.flagged ? "#fff" : "#0b3d6b"}
                    stroke="#0b3d6b"
                    stroke-width="2"
                  />
                  <text x={x(i)} y={y(p.value) - 10} text-anchor="middle" font-size="13" font-weight="700">
                    {`${idNumber(p.value)}${p.flagged ? "*" : ""}`}
                  </text>
                </>
              )}
              <text x={x(i)} y={H - 24} text-anchor="middle" font-size="12">
                {a}
              </text>
              <text x={x(i)} y={H - 9} text-anchor="middle" font-size="12">
                {p.value === null ? `${b} (—)` : b}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption class="hint">
        IKM (skala 25–100) per periode{all.length > MAX_POINTS ? `, ${MAX_POINTS} periode terakhir` : ""}.
        {points.some((p) => p.flagged && p.value !== null)
          ? " * dipublikasikan dengan catatan (lihat periodenya di bawah)."
          : ""}
      </figcaption>
    </figure>
  );
}
