import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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

describe("UNODC GLOTIP export", () => {
  const result = importDataset(fixture("glotip.csv"), "glotip");
  const list = cells(result);

  it("maps a total to one cell with the country's ISO code", () => {
    expect(byRow(list, 2)).toEqual({
      source: "unodc:glotip",
      sourceNote: "National authorities",
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
    });
  });

  it("places a form of exploitation with its sex and age", () => {
    expect(byRow(list, 3)).toMatchObject({
      form: "sexual",
      sex: "female",
      ageGroup: "adult",
      value: { exact: 31 },
    });
  });

  it('reads "<5" as 1 to 4 and "<3" as 1 to 2 — never 0, which GLOTIP writes as 0', () => {
    expect(byRow(list, 4)).toMatchObject({ form: "organ_removal", value: { range: [1, 4] } });
    expect(byRow(list, 8)).toMatchObject({
      citizenship: { kind: "country", country: "BF" },
      ageGroup: "child",
      value: { range: [1, 2] },
    });
    expect(byRow(list, 5)).toMatchObject({
      indicator: "convicted",
      country: "TR",
      sex: "male",
      value: { exact: 0 },
    });
  });

  it("knows the UN spellings of country names", () => {
    expect(byRow(list, 6)).toMatchObject({ indicator: "prosecuted", country: "BO" });
    expect(byRow(list, 8)).toMatchObject({ area: "Cote d'Ivoire", country: "CI" });
  });

  it("reports an unknown country name, form or age and keeps the cell as unknown", () => {
    expect(byRow(list, 7)).toMatchObject({
      indicator: "suspected",
      area: "Atlantis",
      country: null,
      value: { exact: 8 },
    });
    expect(byRow(list, 9)).toMatchObject({ form: "unknown", value: { exact: 6 } });
    expect(byRow(list, 10)).toMatchObject({ country: "VN", sex: "unknown", ageGroup: "unknown" });
    expect(result.unknownCodes).toEqual([
      { column: "Country", value: "Atlantis", rows: 1 },
      { column: "Category", value: "Mixed exploitation", rows: 1 },
      { column: "Age", value: "Teen", rows: 1 },
    ]);
  });

  it("leaves out a row whose indicator or value cannot be read, with an error", () => {
    expect(result.rowsRead).toBe(11);
    expect(list).toHaveLength(9);
    expect(result.errors).toEqual([
      { row: 11, column: "Indicator", message: 'Unknown indicator "Trafficking flows".' },
      { row: 12, column: "txtVALUE", message: '"many" is not a count.' },
    ]);
  });

  it("prefers the ISO code when the export has one", () => {
    const text =
      "Iso3_code,Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,VALUE,Source\n" +
      "XKX,Kosovo under UNSCR 1244,Europe,Southern Europe,Persons convicted,Total,Total,Total,Total,2022,Counts,3,National authorities\n" +
      "QQQ,Greece,Europe,Southern Europe,Persons convicted,Total,Total,Total,Total,2022,Counts,5,National authorities\n";
    const read = importDataset(text, "glotip");
    expect(cells(read).map((c) => c.country)).toEqual(["XK", "GR"]);
    expect(read.unknownCodes).toEqual([{ column: "Iso3_code", value: "QQQ", rows: 1 }]);
  });

  it("refuses a file without a value column", () => {
    const text =
      "Country,Region,Subregion,Indicator,Dimension,Category,Sex,Age,Year,Unit of measurement,Source\nGreece,,,,,,,,,,\n";
    const read = importDataset(text, "glotip");
    expect(read.errors).toEqual([
      { row: 1, column: "txtVALUE | VALUE", message: "One of the columns txtVALUE, VALUE is required." },
    ]);
  });
});
