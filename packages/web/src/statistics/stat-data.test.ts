import { describe, expect, it } from "vitest";
import type { StatRelease, StatTable } from "../api/types.ts";
import {
  chartRows,
  classOf,
  countryValues,
  crossTable,
  flowRows,
  hasWithheld,
  mapClasses,
  niceTicks,
  oneWay,
  trendOfReleases,
} from "./stat-data.ts";

const protection = { method: "suppression" as const, threshold: 5, note: "" };

function table(id: string, dims: [string, string[]][], cells: [string[], number | null][]): StatTable {
  return {
    id,
    title: id,
    dimensions: dims.map(([name, codes]) => ({
      name,
      label: name,
      categories: [...codes, "TOTAL"].map((code) => ({ code, label: code })),
    })),
    cells: cells.map(([categories, value]) => ({ categories, value })),
    protection,
    unit: "persons",
  };
}

const sex = table(
  "victims.sex",
  [["sex", ["female", "male", "unknown"]]],
  [
    [["female"], 18],
    [["male"], null],
    [["unknown"], 0],
    [["TOTAL"], 22],
  ],
);

const flows = table(
  "victims.flows",
  [
    ["citizenship_group", ["reporting", "non_eu"]],
    ["exploitation_country_group", ["reporting", "non_eu"]],
  ],
  [
    [["reporting", "reporting"], 7],
    [["reporting", "non_eu"], null],
    [["non_eu", "reporting"], 12],
    [["non_eu", "non_eu"], 0],
    [["reporting", "TOTAL"], 9],
    [["non_eu", "TOTAL"], 12],
    [["TOTAL", "reporting"], 19],
    [["TOTAL", "non_eu"], null],
    [["TOTAL", "TOTAL"], 21],
  ],
);

describe("reading published tables", () => {
  it("lists a one-way table in category order with its total", () => {
    expect(oneWay(sex)).toEqual({
      rows: [
        { code: "female", value: 18 },
        { code: "male", value: null },
        { code: "unknown", value: 0 },
      ],
      total: 22,
    });
    // No bar for an empty "unknown"; a withheld one keeps its bar.
    expect(chartRows(oneWay(sex).rows).map((r) => r.code)).toEqual(["female", "male"]);
    expect(hasWithheld(sex)).toBe(true);
  });

  it("reads a two-way table with its margins", () => {
    const cross = crossTable(flows);
    expect(cross.rowCodes).toEqual(["reporting", "non_eu", "TOTAL"]);
    expect(cross.value("TOTAL", "non_eu")).toBeNull();
    expect(cross.value("non_eu", "TOTAL")).toBe(12);
    expect(cross.value("x", "y")).toBeUndefined();
  });

  it("ranks flows largest first, withheld last, leaving out margins and empty cells", () => {
    expect(flowRows(flows)).toEqual([
      { from: "non_eu", to: "reporting", value: 12 },
      { from: "reporting", to: "reporting", value: 7 },
      { from: "reporting", to: "non_eu", value: null },
    ]);
  });

  it("maps countries with a figure or withheld, never zero, unknown or the total", () => {
    const countries = table(
      "victims.citizenship",
      [["citizenship", ["MD", "RO", "UA", "unknown"]]],
      [
        [["MD"], 6],
        [["RO"], null],
        [["UA"], 0],
        [["unknown"], 3],
        [["TOTAL"], 12],
      ],
    );
    expect([...countryValues(countries)]).toEqual([
      ["MD", 6],
      ["RO", null],
    ]);
  });
});

describe("scales", () => {
  it("steps axes of counts by round whole numbers reaching the maximum", () => {
    expect(niceTicks(3)).toEqual([0, 1, 2, 3]);
    expect(niceTicks(24)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it("classes map counts, one per count when they are few, the last open", () => {
    expect(mapClasses(0)).toEqual([]);
    expect(mapClasses(2)).toEqual([
      { from: 1, to: 1 },
      { from: 2, to: null },
    ]);
    const classes = mapClasses(23);
    expect(classes).toEqual([
      { from: 1, to: 9 },
      { from: 10, to: 19 },
      { from: 20, to: null },
    ]);
    expect(classOf(classes, 1)).toBe(0);
    expect(classOf(classes, 10)).toBe(1);
    expect(classOf(classes, 23)).toBe(2);
    expect(mapClasses(1000).length).toBeLessThanOrEqual(5);
  });
});

describe("the public trend", () => {
  it("takes each year's total from its latest release", () => {
    const release = (year: number, createdAt: string, total: number | null): StatRelease => ({
      id: `${String(year)}-${createdAt}`,
      datasetId: "d",
      year,
      title: "t",
      method: "suppression",
      parameters: {},
      tables: [table("victims.status", [["status", ["identified"]]], [[["TOTAL"], total]])],
      public: true,
      createdAt,
    });
    expect(
      trendOfReleases([
        release(2024, "2025-01-02", 30),
        release(2023, "2024-01-01", null),
        release(2024, "2025-03-01", 31),
      ]),
    ).toEqual([
      { year: 2023, count: null },
      { year: 2024, count: 31 },
    ]);
  });
});
