import { describe, expect, it } from "vitest";
import type { StatAggregateCell } from "../api/types.ts";
import { filterCells, filterCodes, filterOptions, valueView, yearSpan } from "./aggregate-data.ts";

const cell = (over: Partial<StatAggregateCell>): StatAggregateCell => ({
  source: "unodc:glotip",
  indicator: "victims",
  year: 2021,
  area: "Republic of Moldova",
  country: "MD",
  sex: "total",
  ageGroup: "total",
  form: "total",
  citizenship: { kind: "total" },
  unit: "persons",
  value: { exact: 57 },
  row: 2,
  ...over,
});

describe("aggregate figures", () => {
  it("reads GLOTIP's <5 (stored as 1–4) as <5 again, other ranges as ranges, missing as missing", () => {
    expect(valueView({ range: [1, 4] })).toEqual({ kind: "below", bound: 5 });
    expect(valueView({ range: [1, 2] })).toEqual({ kind: "below", bound: 3 });
    expect(valueView({ range: [10, 20] })).toEqual({ kind: "range", from: 10, to: 20 });
    expect(valueView({ exact: 0 })).toEqual({ kind: "exact", value: 0 });
    expect(valueView({ missing: "confidential" })).toEqual({ kind: "missing", reason: "confidential" });
  });

  it("filters by year, country and dimension, and offers only the codes that occur", () => {
    const cells = [
      cell({ row: 2 }),
      cell({ row: 3, year: 2019, sex: "female", form: "sexual", ageGroup: "adult" }),
      cell({ row: 4, country: null, area: "EU27_2020", citizenship: { kind: "group", group: "non_eu" } }),
      cell({ row: 5, ageBand: "12-17", ageGroup: "child", citizenship: { kind: "country", country: "UA" } }),
    ];
    expect(filterCodes(cells[3] as StatAggregateCell)).toMatchObject({
      age: "12-17",
      citizenship: "country:UA",
    });
    const options = filterOptions(cells);
    expect(options.year).toEqual(["2021", "2019"]);
    expect(options.area).toEqual(["EU27_2020", "MD"]);
    expect(options.citizenship).toEqual(["country:UA", "group:non_eu", "total"]);
    expect(filterCells(cells, { year: "2019" }).map((c) => c.row)).toEqual([3]);
    expect(filterCells(cells, { area: "MD", year: "2021" }).map((c) => c.row)).toEqual([2, 5]);
    expect(filterCells(cells, {}).map((c) => c.row)).toEqual([4, 2, 5, 3]);
    expect(yearSpan(cells)).toEqual({ from: 2019, to: 2021 });
    expect(yearSpan([])).toBeNull();
  });
});
