import { describe, expect, it } from "vitest";
import { defaultYear, validateStatisticsSearch, yearOptions } from "./statistics-search.ts";

describe("the statistics address", () => {
  it("keeps a dataset id and a plausible year", () => {
    expect(
      validateStatisticsSearch({ datasetId: "d5155cca-3b4f-4d17-ab45-6c2aa175b36d", year: 2024 }),
    ).toEqual({
      datasetId: "d5155cca-3b4f-4d17-ab45-6c2aa175b36d",
      year: 2024,
    });
    expect(validateStatisticsSearch({ year: "2023" })).toEqual({ year: 2023 });
  });

  it("drops what someone else may have written into the link", () => {
    expect(validateStatisticsSearch({ datasetId: "../../x", year: 20245, exact: "true" })).toEqual({});
    expect(validateStatisticsSearch({ year: 2024.5 })).toEqual({});
  });

  it("shows the last full year by default, and offers the years with data", () => {
    expect(defaultYear(new Date("2026-03-01T12:00:00Z"))).toBe(2025);
    expect(yearOptions([2021, 2022, 2024], 2025)).toEqual([2025, 2024, 2022, 2021]);
    expect(yearOptions([2021, 2022], 2022)).toEqual([2022, 2021]);
  });
});
