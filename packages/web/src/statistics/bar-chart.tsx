import { Box } from "@mantine/core";
import { useElementSize } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../i18n/use-formatters.ts";
import { CHART, HatchPattern, textWidth, useSvgId } from "./chart-parts.tsx";
import type { Figure } from "./stat-data.ts";

export interface BarDatum {
  key: string;
  label: string;
  value: Figure;
}

const ROW = 46;
const BAR = 16;
const FONT = 13;
/** Width of the short hatched bar that stands for a withheld figure (never a zero-length bar). */
const WITHHELD_BAR = 18;

/**
 * Horizontal bars, one per category, its label above it and its figure at its end: this
 * reads at any width, a phone's included. Withheld figures are a short hatched bar marked
 * ":". The SVG is one image for assistive technology; its description lists every figure.
 */
export function BarChart({
  title,
  data,
  testId,
}: {
  title: string;
  data: readonly BarDatum[];
  testId?: string;
}) {
  const { t } = useTranslation();
  const formatters = useFormatters();
  const number = (value: number) => formatters.number(value);
  const { ref, width: measured } = useElementSize();
  const hatch = useSvgId("hatch");
  const titleId = useSvgId("bar-title");
  const descId = useSvgId("bar-desc");
  const width = measured > 0 ? measured : 480;
  const max = Math.max(1, ...data.map((d) => d.value ?? 0));
  const room = Math.max(...data.map((d) => textWidth(d.value === null ? ":" : number(d.value), FONT))) + 10;
  const scale = (width - room - 2) / max;
  const height = data.length * ROW + 4;
  // One size for every label: the largest at which the longest fits.
  const labelSize = Math.min(FONT, ...data.map((d) => (width - 8) / Math.max(1, textWidth(d.label, 1))));
  const describe = data
    .map((d) => `${d.label}: ${d.value === null ? t("statistics.withheld.short") : number(d.value)}`)
    .join("; ");

  return (
    <Box ref={ref} w="100%">
      <svg
        width={width}
        height={height}
        viewBox={`0 0 ${String(width)} ${String(height)}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ display: "block", maxWidth: "100%" }}
        data-testid={testId}
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{describe}</desc>
        <defs>
          <HatchPattern id={hatch} />
        </defs>
        <line x1={1} x2={1} y1={0} y2={height} stroke={CHART.axis} />
        {data.map((d, i) => {
          const y = i * ROW;
          const length = d.value === null ? WITHHELD_BAR : Math.max(d.value > 0 ? 2 : 0, d.value * scale);
          const label = d.value === null ? ":" : number(d.value);
          return (
            <g key={d.key} data-category={d.key}>
              <text x={4} y={y + 15} fontSize={labelSize} fill={CHART.text}>
                {d.label}
              </text>
              <rect
                x={1}
                y={y + 21}
                width={length}
                height={BAR}
                fill={d.value === null ? `url(#${hatch})` : CHART.bar}
                stroke={d.value === null ? CHART.hatch : "none"}
              />
              <text
                x={1 + length + 6}
                y={y + 34}
                fontSize={FONT}
                fontWeight={700}
                fill={CHART.text}
                data-value={d.value === null ? "withheld" : String(d.value)}
              >
                {label}
              </text>
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
