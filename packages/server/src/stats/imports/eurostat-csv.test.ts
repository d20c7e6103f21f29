import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataflowOf } from "./eurostat-csv.ts";
import { importDataset } from "./import-dataset.ts";
import type { AggregateCell, ImportResult } from "./types.ts";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function cells(result: ImportResult): AggregateCell[] {
  if (result.kind !== "aggregate") throw new Error("expected aggregate cells");
  return result.cells;
}
const byRow = (list: AggregateCell[], row: number): AggregateCell => {
  const found = list.find((c) => c.row === row);
  if (!found) throw new Error(`no cell from row ${row}`);
  return found;
};

describe("Eurostat SDMX-CSV (crim_thb_*)", () => {
  const result = importDataset(fixture("eurostat-crim-thb-vctz.csv"), "eurostat");
  const list = cells(result);

  it("maps codes to the model and writes Greece as GR", () => {
    expect(byRow(list, 2)).toEqual({
      source: "eurostat:crim_thb_vctz",
      indicator: "victims",
      year: 2022,
      area: "EL",
      country: "GR",
      sex: "female",
      ageGroup: "total",
      form: "total",
      citizenship: { kind: "group", group: "reporting" },
      unit: "persons",
      value: { exact: 42 },
      row: 2,
    });
  });

  it('reads a confidential ("c") or unavailable (":") value as missing, never 0', () => {
    expect(byRow(list, 3)).toMatchObject({
      sex: "male",
      citizenship: { kind: "group", group: "other_eu" },
      value: { missing: "confidential" },
      flags: "c",
    });
    expect(byRow(list, 4)).toMatchObject({
      form: "sexual",
      citizenship: { kind: "group", group: "non_eu" },
      value: { missing: "not_available" },
    });
    expect(byRow(list, 10)).toMatchObject({ country: "FR", value: { exact: 0 } });
  });

  it("keeps EU aggregates as areas without a country, and flags next to the value", () => {
    expect(byRow(list, 5)).toMatchObject({
      area: "EU27_2020",
      country: null,
      form: "labour",
      value: { exact: 1234 },
      flags: "p",
    });
  });

  it("maps a citizenship country code (UK → GB) and rates per 100,000", () => {
    expect(byRow(list, 6)).toMatchObject({ citizenship: { kind: "country", country: "GB" }, form: "other" });
    expect(byRow(list, 8)).toMatchObject({
      unit: "per_100k_inhabitants",
      value: { exact: 1.53 },
      flags: "e",
    });
  });

  it("reports unknown codes as unknown and leaves out a row with an unknown unit", () => {
    expect(byRow(list, 7)).toMatchObject({
      sex: "unknown",
      citizenship: { kind: "unknown" },
      form: "unknown",
      value: { exact: 3 },
    });
    expect(result.unknownCodes).toEqual([
      { column: "sex", value: "X", rows: 1 },
      { column: "leg_stat", value: "FOO_EXP", rows: 1 },
      { column: "citizen", value: "ZZ_FOR", rows: 1 },
    ]);
    expect(result.errors).toEqual([
      { row: 9, column: "unit", message: 'Unknown unit "PC" (NR or P_HTHAB).' },
    ]);
    expect(result.rowsRead).toBe(9);
  });

  it("reads a suspects table with age groups and bands", () => {
    const read = importDataset(fixture("eurostat-crim-thb-susp.csv"), "eurostat");
    const got = cells(read);
    expect(got.map((c) => [c.indicator, c.ageGroup, c.ageBand ?? null, c.citizenship.kind, c.form])).toEqual([
      ["suspected", "adult", null, "total", "total"],
      ["suspected", "child", null, "total", "total"],
      ["suspected", "child", "12-17", "total", "total"],
      ["suspected", "unknown", null, "total", "total"],
    ]);
    expect(read.errors).toEqual([
      {
        row: 6,
        column: "DATAFLOW",
        message: '"ESTAT:NAMA_10_GDP(1.0)" is not a trafficking table (crim_thb_…) this importer knows.',
      },
    ]);
  });

  it("tells the indicator by the dataflow code", () => {
    expect(dataflowOf("ESTAT:CRIM_THB_VAGE(1.0)")).toEqual({ id: "crim_thb_vage", indicator: "victims" });
    expect(dataflowOf("crim_thb_sex")).toEqual({ id: "crim_thb_sex", indicator: "victims" });
    expect(dataflowOf("ESTAT:CRIM_THB_PROS$DEFAULTVIEW(1.0)").indicator).toBe("prosecuted");
    expect(dataflowOf("ESTAT:CRIM_THB_CONV(1.0)").indicator).toBe("convicted");
  });

  it("refuses a file missing OBS_VALUE or with an unknown column", () => {
    const read = importDataset("DATAFLOW,freq,unit,geo,TIME_PERIOD,OBS_STATUS\n", "eurostat");
    expect(read.errors.map((e) => e.column)).toEqual(["OBS_STATUS", "OBS_VALUE"]);
  });
});
