/**
 * Server-rendered SVG charts: they print, need no script, and carry a text alternative (a title and
 * a description naming every value) so a screen reader gets the same information.
 */
const fmt = (v: number) => v.toFixed(2);

export type Point = { label: string; value: number | null };

export function Sparkline({ points, title }: { points: Point[]; title: string }) {
  const w = 120;
  const h = 28;
  const values = points.map((p) => p.value).filter((v): v is number => v !== null);
  if (values.length === 0) return <span class="hint">—</span>;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const x = (i: number) => (points.length === 1 ? w / 2 : (i / (points.length - 1)) * (w - 4) + 2);
  const y = (v: number) => (max === min ? h / 2 : h - 3 - ((v - min) / (max - min)) * (h - 6));
  const d = points
    .map((p, i) => (p.value === null ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
    .filter(Boolean)
    .join(" ");
  const desc = points.map((p) => `${p.label}: ${p.value === null ? "-" : fmt(p.value)}`).join("; ");
  return (
    <svg class="spark" viewBox={`0 0 ${w} ${h}`} width={w} height={h} role="img" aria-label={`${title}. ${desc}`}>
      <title>{`${title}. ${desc}`}</title>
      <polyline points={d} fill="none" stroke="#0b3d6b" stroke-width="2" />
    </svg>
  );
}

export function LineChart({
  points,
  title,
  min,
  max,
  band,
  format = fmt,
}: {
  points: (Point & { lo?: number | null; hi?: number | null })[];
  title: string;
  min: number;
  max: number;
  band?: boolean;
  /** How the description writes a value (the laporan SKM writes 88,31). */
  format?: (v: number) => string;
}) {
  const w = 640;
  const h = 220;
  const left = 40;
  const bottom = 30;
  const x = (i: number) => left + (points.length <= 1 ? (w - left) / 2 : (i / (points.length - 1)) * (w - left - 40));
  const y = (v: number) => h - bottom - ((v - min) / (max - min)) * (h - bottom - 10);
  const line = points
    .map((p, i) => (p.value === null ? null : `${x(i).toFixed(1)},${y(p.value).toFixed(1)}`))
    .filter(Boolean)
    .join(" ");
  const ticks = [min, (min + max) / 2, max];
  const desc = points.map((p) => `${p.label}: ${p.value === null ? "tidak ada data" : format(p.value)}`).join("; ");
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby="lc-title lc-desc" preserveAspectRatio="xMidYMid meet">
        <title id="lc-title">{title}</title>
        <desc id="lc-desc">{desc}</desc>
        {ticks.map((t) => (
          <g key={t}>
            <line x1={left} x2={w - 10} y1={y(t)} y2={y(t)} stroke="#d1d5db" />
            <text x={left - 6} y={y(t) + 4} text-anchor="end" font-size="11">
              {t.toFixed(0)}
            </text>
          </g>
        ))}
        {band
          ? points.map((p, i) =>
              p.lo != null && p.hi != null ? (
                <line key={`b${i}`} x1={x(i)} x2={x(i)} y1={y(p.lo)} y2={y(p.hi)} stroke="#9cc3e6" stroke-width="6" />
              ) : null,
            )
          : null}
        <polyline points={line} fill="none" stroke="#0b3d6b" stroke-width="2.5" />
        {points.map((p, i) =>
          p.value === null ? null : <circle key={`c${i}`} cx={x(i)} cy={y(p.value)} r="3.5" fill="#0b3d6b" />,
        )}
        {points.map((p, i) => (
          <text key={`l${i}`} x={x(i)} y={h - 10} text-anchor="middle" font-size="10">
            {p.label}
          </text>
        ))}
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
}: {
  bars: { label: string; value: number; note?: string }[];
  title: string;
  max: number;
  highlight?: string;
}) {
  const rowH = 26;
  const w = 640;
  const left = 300;
  const h = bars.length * rowH + 10;
  const desc = bars.map((b) => `${b.label}: ${fmt(b.value)}`).join("; ");
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-labelledby="bc-title bc-desc">
        <title id="bc-title">{title}</title>
        <desc id="bc-desc">{desc}</desc>
        {bars.map((b, i) => (
          <g key={b.label}>
            <text x={left - 8} y={i * rowH + 18} text-anchor="end" font-size="12">
              {b.label}
            </text>
            <rect
              x={left}
              y={i * rowH + 5}
              height={rowH - 8}
              width={Math.max(1, (b.value / max) * (w - left - 60))}
              fill={b.label === highlight ? "#b00020" : "#0b3d6b"}
            />
            <text x={left + Math.max(1, (b.value / max) * (w - left - 60)) + 6} y={i * rowH + 18} font-size="12">
              {fmt(b.value)}
              {b.note ? ` ${b.note}` : ""}
            </text>
          </g>
        ))}
      </svg>
      <figcaption class="hint">{title}</figcaption>
    </figure>
  );
}
