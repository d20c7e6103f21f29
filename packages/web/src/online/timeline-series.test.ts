import { describe, expect, it } from "vitest";
import { timelineSeries } from "./timeline-series.ts";

describe("timelineSeries", () => {
  it("fills the days without ads", () => {
    expect(
      timelineSeries([
        { day: "2026-10-03", ads: 2 },
        { day: "2026-10-01", ads: 1 },
      ]),
    ).toEqual({
      unit: "day",
      bars: [
        { day: "2026-10-01", ads: 1 },
        { day: "2026-10-02", ads: 0 },
        { day: "2026-10-03", ads: 2 },
      ],
    });
  });

  it("counts by week over long spans, losing no ad", () => {
    const series = timelineSeries([
      { day: "2026-01-01", ads: 3 },
      { day: "2026-01-08", ads: 1 },
      { day: "2026-06-30", ads: 4 },
    ]);
    expect(series.unit).toBe("week");
    expect(series.bars[0]).toEqual({ day: "2026-01-01", ads: 3 });
    expect(series.bars[1]).toEqual({ day: "2026-01-08", ads: 1 });
    expect(series.bars.reduce((sum, b) => sum + b.ads, 0)).toBe(8);
  });

  it("has nothing to draw without dates", () => {
    expect(timelineSeries([])).toEqual({ bars: [], unit: "day" });
  });
});
