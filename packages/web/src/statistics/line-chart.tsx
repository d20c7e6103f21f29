import { Box } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../i18n/use-formatters.ts";
import { CHART, HatchPattern, textWidth, useSvgId } from "./chart-parts.tsx";
import { niceTicks, type TrendPoint } from "./stat-data.ts";

const HEIGHT = 240;
const TOP = 24;
const BOTTOM = 30;
const FONT = 12;

/**
 * Registered victims by year. Every year between the first and the last has its place; the
 * line breaks at a year that is withheld (a hatched mark on the axis) or has no figure. Each
 * point carries its figure as text.
 */
export function LineChart({ title, points }: { title: string; points: readonly TrendPoint[] }) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const number = (value: number) => formatters.number(value);
  const { ref, width: measured } = useElementSize();
  const hatch = useSvgId("hatch");
  const titleId = useSvgId("line-title");
  const descId = useSvgId("line-desc");
  const width = measured > 0 ? measured : 560;

  const years = points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const byYear = new Map(points.map((p) => [p.year, p.count]));
  const all: { year: number; count: number | null | undefined }[] = [];
  for (let year = first; year <= last; year += 1) all.push({ year, count: byYear.get(year) });

  const ticks = niceTicks(Math.max(1, ...points.map((p) => p.count ?? 0)));
  const top = ticks.at(-1) ?? 1;
  const left = Math.max(...ticks.map((tick) => textWidth(number(tick), FONT))) + 12;
  const right = 18;
  const plot = width - left - right;
  const step = all.length > 1 ? plot / (all.length - 1) : 0;
  const x = (i: number) => left + (all.length > 1 ? i * step : plot / 2);
  const y = (value: number) => TOP + (HEIGHT - TOP - BOTTOM) * (1 - value / top);
  // Label every year when they fit, else every second or fifth.
  const every = [1, 2, 5, 10].find((n) => step * n >= 40) ?? 10;

  const segments: string[][] = [];
  let current: string[] = [];
  all.forEach((point, i) => {
    if (typeof point.count === "number") current.push(`${String(x(i))},${String(y(point.count))}`);
    else if (current.length > 0) {
      segments.push(current);
      current = [];
    }
  });
  if (current.length > 0) segments.push(current);

  const describe = all
    .map(
      (p) =>
        `${String(p.year)}: ${
          p.count === null
            ? t("statistics.withheld.short")
            : p.count === undefined
              ? t("statistics.chart.noFigure")
              : number(p.count)
        }`,
    )
    .join("; ");

  return (
    <Box ref={ref} w="100%">
      <svg
        width={width}
        height={HEIGHT}
        viewBox={`0 0 ${String(width)} ${String(HEIGHT)}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ display: "block", maxWidth: "100%" }}
        data-testid="trend-chart"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{describe}</desc>
        <defs>
          <HatchPattern id={hatch} />
        </defs>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={left} x2={width - right} y1={y(tick)} y2={y(tick)} stroke={CHART.grid} />
            <text x={left - 6} y={y(tick) + 4} fontSize={FONT} textAnchor="end" fill={CHART.muted}>
              {number(tick)}
            </text>
          </g>
        ))}
        <line x1={left} x2={width - right} y1={y(0)} y2={y(0)} stroke={CHART.axis} />
        {segments.map((segment) => (
          <polyline
            key={segment[0]}
            points={segment.join(" ")}
            fill="none"
            stroke={CHART.line}
            strokeWidth={2.5}
          />
        ))}
        {all.map((p, i) => (
          <g key={p.year}>
            {(i % every === 0 || i === all.length - 1) && (
              <text x={x(i)} y={HEIGHT - 8} fontSize={FONT} textAnchor="middle" fill={CHART.muted}>
                {p.year}
              </text>
            )}
            {typeof p.count === "number" && (
              <>
                <circle cx={x(i)} cy={y(p.count)} r={4} fill={CHART.line} stroke="white" strokeWidth={1.5} />
                <text
                  x={x(i)}
                  y={y(p.count) - 9}
                  fontSize={FONT}
                  fontWeight={700}
                  textAnchor="middle"
                  fill={CHART.text}
                  data-value={String(p.count)}
                >
                  {number(p.count)}
                </text>
              </>
            )}
            {p.count === null && (
              <>
                <rect
                  x={x(i) - 7}
                  y={y(0) - 14}
                  width={14}
                  height={14}
                  fill={`url(#${hatch})`}
                  stroke={CHART.hatch}
                />
                <text
                  x={x(i)}
                  y={y(0) - 19}
                  fontSize={FONT}
                  fontWeight={700}
                  textAnchor="middle"
                  fill={CHART.text}
                  data-value="withheld"
                >
                  :
                </text>
              </>
            )}
          </g>
        ))}
      </svg>
    </Box>
  );
}
