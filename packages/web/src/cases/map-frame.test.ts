import { describe, expect, it } from "vitest";
import { degreeLabel, gridLines, mapFrame } from "./map-frame.ts";

describe("the events map frame", () => {
  it("is the whole world when there is no point", () => {
    expect(mapFrame([])).toEqual({ west: -180, east: 180, south: -90, north: 90, step: 30 });
  });

  it("holds every point with a margin, its sides on the grid", () => {
    const points = [
      { lat: 47.01, lon: 28.86 },
      { lat: 44.43, lon: 26.1 },
    ];
    const frame = mapFrame(points);
    for (const p of points) {
      expect(p.lon).toBeGreaterThan(frame.west);
      expect(p.lon).toBeLessThan(frame.east);
      expect(p.lat).toBeGreaterThan(frame.south);
      expect(p.lat).toBeLessThan(frame.north);
    }
    for (const side of [frame.west, frame.east, frame.south, frame.north]) expect(side % frame.step).toBe(0);
  });

  it("keeps the plot between square and twice as wide as high", () => {
    for (const points of [
      [{ lat: 10, lon: 0 }],
      [
        { lat: 0, lon: -100 },
        { lat: 5, lon: 100 },
      ],
      [
        { lat: -60, lon: 10 },
        { lat: 60, lon: 11 },
      ],
    ]) {
      const frame = mapFrame(points);
      const ratio = (frame.east - frame.west) / (frame.north - frame.south);
      expect(ratio).toBeGreaterThanOrEqual(0.99);
      expect(ratio).toBeLessThanOrEqual(2.5);
    }
  });

  it("stays on the globe near the poles and the date line", () => {
    const frame = mapFrame([{ lat: 89, lon: 179 }]);
    expect(frame.north).toBeLessThanOrEqual(90);
    expect(frame.east).toBeLessThanOrEqual(180);
  });

  it("draws grid lines at the step and names them by hemisphere", () => {
    expect(gridLines({ west: 20, east: 30, south: 40, north: 50, step: 5 })).toEqual({
      meridians: [20, 25, 30],
      parallels: [40, 45, 50],
    });
    expect(degreeLabel(30, "lat")).toBe("30°N");
    expect(degreeLabel(-15, "lon")).toBe("15°W");
    expect(degreeLabel(0, "lon")).toBe("0°");
  });
});
