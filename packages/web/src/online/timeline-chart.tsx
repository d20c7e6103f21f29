import { Box, Text } from "@mantine/core";
import { useMediaQuery } from "@mantine/hooks";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { useFormatters } from "../i18n/use-formatters.ts";
import { timelineSeries } from "./timeline-series.ts";

const HEIGHT = 160;
const LEFT = 36;
const BOTTOM = 26;
const TOP = 12;

/** Ads posted per day (or per week over long spans), as bars; the first and last days are labelled. */
export function TimelineChart({ timeline }: { timeline: readonly { day: string; ads: number }[] }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const titleId = useId();
  const descId = useId();
  // Narrower on phones, so that the labels stay readable when the drawing is scaled to fit.
  const WIDTH = useMediaQuery("(max-width: 36em)") ? 360 : 640;
  const { bars, unit } = timelineSeries(timeline);
  if (bars.length === 0) return <Text size="sm">{t("online.timeline.none")}</Text>;
  const max = Math.max(1, ...bars.map((b) => b.ads));
  const step = (WIDTH - LEFT) / bars.length;
  const scale = (HEIGHT - TOP - BOTTOM) / max;
  const busiest = bars.reduce((best, b) => (b.ads > best.ads ? b : best), bars[0] ?? { day: "", ads: 0 });
  const total = bars.reduce((sum, b) => sum + b.ads, 0);
  const first = bars[0]?.day ?? "";
  const last = bars.at(-1)?.day ?? "";
  return (
    <Box>
      <svg
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        width="100%"
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        style={{ maxWidth: 760, display: "block" }}
        data-testid="timeline"
      >
        <title id={titleId}>
          {t(unit === "day" ? "online.timeline.titleDay" : "online.timeline.titleWeek")}
        </title>
        <desc id={descId}>
          {t("online.timeline.description", {
            count: total,
            first: format.date(first),
            last: format.date(last),
            busiest: format.date(busiest.day),
            most: busiest.ads,
          })}
        </desc>
        <line x1={LEFT} x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} stroke="#868e96" />
        <text x={LEFT - 6} y={TOP + 4} fontSize={12} textAnchor="end" fill="#343a40">
          {max}
        </text>
        <text x={LEFT - 6} y={HEIGHT - BOTTOM} fontSize={12} textAnchor="end" fill="#343a40">
          0
        </text>
        {bars.map((b, i) => (
          <rect
            key={b.day}
            x={LEFT + i * step + step * 0.1}
            y={HEIGHT - BOTTOM - b.ads * scale}
            width={Math.max(1, step * 0.8)}
            height={b.ads * scale}
            fill="#1971c2"
          />
        ))}
        <text x={LEFT} y={HEIGHT - 6} fontSize={12} fill="#343a40">
          {format.date(first)}
        </text>
        <text x={WIDTH} y={HEIGHT - 6} fontSize={12} textAnchor="end" fill="#343a40">
          {format.date(last)}
        </text>
      </svg>
    </Box>
  );
}
