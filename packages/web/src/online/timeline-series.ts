/** One bar of the timeline: a day, or a week when the span is long. */
export interface TimelineBar {
  /** ISO day the bar starts on. */
  day: string;
  ads: number;
}

const DAY = 86_400_000;
/** Longer spans are drawn by week, so that bars stay wide enough to see. */
const MAX_DAILY = 92;

/** Ads per day with the empty days filled in (or per week from the first day, for long spans). */
export function timelineSeries(timeline: readonly { day: string; ads: number }[]): {
  bars: TimelineBar[];
  unit: "day" | "week";
} {
  const sorted = [...timeline].sort((a, b) => (a.day < b.day ? -1 : 1));
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return { bars: [], unit: "day" };
  const start = Date.parse(`${first.day}T00:00:00Z`);
  const days = Math.round((Date.parse(`${last.day}T00:00:00Z`) - start) / DAY) + 1;
  const unit = days > MAX_DAILY ? "week" : "day";
  const step = unit === "week" ? 7 : 1;
  const bars: TimelineBar[] = [];
  for (let d = 0; d < days; d += step)
    bars.push({ day: new Date(start + d * DAY).toISOString().slice(0, 10), ads: 0 });
  for (const point of sorted) {
    const index = Math.floor(Math.round((Date.parse(`${point.day}T00:00:00Z`) - start) / DAY) / step);
    const bar = bars[index];
    if (bar !== undefined) bar.ads += point.ads;
  }
  return { bars, unit };
}
