import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { importDataset } from "./import-dataset.ts";
import type { ImportedVictim, ImportResult } from "./types.ts";

const fixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function victims(result: ImportResult): ImportedVictim[] {
  if (result.kind !== "microdata") throw new Error("expected microdata");
  return result.victims;
}

const byRow = (list: ImportedVictim[], row: number): ImportedVictim => {
  const found = list.find((v) => v.row === row);
  if (!found) throw new Error(`no victim from row ${row}`);
  return found;
};

describe("CTDC Global Dataset (2017–2020, k-anonymised)", () => {
  const result = importDataset(fixture("ctdc-2017.csv"), "ctdc-2017");
  const list = victims(result);

  it("reads one victim per row, keyed by row, and leaves out the row without a year", () => {
    expect(result.rowsRead).toBe(6);
    expect(list.map((v) => v.person)).toEqual(["ctdc:2", "ctdc:3", "ctdc:4", "ctdc:5", "ctdc:7"]);
    expect(result.errors).toEqual([
      {
        row: 6,
        column: "yearOfRegistration",
        message: '"20x9" is not a year; a victim is counted in the year of registration.',
      },
    ]);
  });

  it("maps a registered adult woman exploited sexually", () => {
    expect(byRow(list, 2)).toEqual({
      person: "ctdc:2",
      row: 2,
      year: 2018,
      status: "presumed",
      sex: "female",
      age: 19,
      ageBand: "18-24",
      sourceAgeBand: "18--20",
      citizenship: "MD",
      countryOfExploitation: "RU",
      forms: ["sexual"],
    });
  });

  it("keeps a 9–17 year old a child without inventing a Eurostat band", () => {
    const v = byRow(list, 3);
    expect(v.age).toBe(13);
    expect(v.ageBand).toBeNull();
    expect(v.sex).toBe("male");
    // Begging is a sector of forced labour in CTDC and its own form for Eurostat.
    expect(v.forms).toEqual(["labour", "begging"]);
  });

  it("reads -99, 00 and an unrecorded age as unknown, falling back on majorityStatus for child/adult", () => {
    const v = byRow(list, 4);
    expect(v.sex).toBeNull(); // Transgender: known, not forced into female or male
    expect(v.age).toBe(8); // a minor: child, band unknown
    expect(v.ageBand).toBeNull();
    expect(v.sourceAgeBand).toBeNull();
    expect(v.citizenship).toBeNull();
    expect(v.countryOfExploitation).toBeNull();
    expect(v.forms).toEqual([]);
  });

  it("counts several forms, in the domain's order, without adding them up", () => {
    expect(byRow(list, 5).forms).toEqual(["sexual", "labour", "forced_marriage"]);
    expect(byRow(list, 7).forms).toEqual(["labour", "organ_removal", "other"]);
    expect(byRow(list, 7).ageBand).toBe("0-11");
  });

  it("reports unknown codes and maps them to unknown, never dropping the row", () => {
    expect(result.unknownCodes).toEqual(
      expect.arrayContaining([
        { column: "gender", value: "Robot", rows: 1 },
        { column: "citizenship", value: "ZZ", rows: 1 },
        { column: "meansOfControlThreats", value: "2", rows: 1 },
      ]),
    );
    expect(result.unknownCodes).toHaveLength(3);
    const v = byRow(list, 5);
    expect(v.sex).toBeNull();
    expect(v.citizenship).toBeNull();
    expect(v.countryOfExploitation).toBe("GR");
  });
});

describe("CTDC Global Synthetic Dataset (27 columns)", () => {
  const result = importDataset(fixture("ctdc-synthetic.csv"), "ctdc-synthetic");
  const list = victims(result);

  it("converts ISO alpha-3 countries to alpha-2, Kosovo included", () => {
    expect(byRow(list, 2)).toMatchObject({
      citizenship: "MD",
      countryOfExploitation: "RU",
      sex: "female",
      forms: ["sexual"],
    });
    expect(byRow(list, 4)).toMatchObject({
      citizenship: "GR",
      countryOfExploitation: "XK",
      sex: null,
      forms: ["other"],
    });
  });

  it("reads the synthetic spellings of age and year", () => {
    expect(byRow(list, 3)).toMatchObject({
      age: 13,
      ageBand: null,
      sourceAgeBand: "09--17",
      forms: ["labour"],
    });
    expect(byRow(list, 6)).toMatchObject({
      year: 2023,
      age: 28,
      ageBand: "25-34",
      forms: ["sexual", "labour"],
    });
  });

  it("reports unknown codes: a country, a flag value", () => {
    expect(result.errors).toEqual([]);
    expect(result.unknownCodes).toEqual([
      { column: "citizenship", value: "ZZZ", rows: 1 },
      { column: "meansThreats", value: "yes", rows: 1 },
    ]);
    expect(byRow(list, 5)).toMatchObject({
      sex: null,
      age: null,
      citizenship: null,
      countryOfExploitation: null,
      forms: [],
    });
  });

  it("reads the older typeOfLabour… spelling of the sector columns", () => {
    const text =
      "yearOfRegistration,gender,ageBroad,citizenship,CountryOfExploitation,isForcedLabour,isSexualExploit,isOtherExploit,typeOfLabourAgriculture\n2021,Man,30--38,ROU,ESP,1,,,1\n";
    const read = importDataset(text, "ctdc-synthetic");
    expect(read.errors).toEqual([]);
    expect(victims(read)[0]).toMatchObject({
      citizenship: "RO",
      countryOfExploitation: "ES",
      age: 34,
      ageBand: null,
    });
  });

  it("refuses a file with unknown columns or without a required one, naming each", () => {
    const text =
      "yearOfRegistration,ageBroad,citizenship,CountryOfExploitation,isForcedLabour,isSexualExploit,isOtherExploit,majorityStatus,favouriteColour\n2021,18--20,ROU,ESP,1,,,Adult,blue\n";
    const read = importDataset(text, "ctdc-synthetic");
    expect(victims(read)).toEqual([]);
    expect(read.rowsRead).toBe(0);
    expect(read.errors.map((e) => [e.row, e.column])).toEqual([
      [1, "majorityStatus"],
      [1, "favouriteColour"],
      [1, "gender"],
    ]);
    expect(read.errors[0]?.message).toContain("Unknown column");
    expect(read.errors[2]?.message).toContain("Required column");
  });

  it("refuses a CTDC 2017 file read as synthetic (alpha-2 countries would not map)", () => {
    const read = importDataset(fixture("ctdc-2017.csv"), "ctdc-synthetic");
    expect(read.errors.length).toBeGreaterThan(10);
    expect(read.errors.every((e) => e.row === 1)).toBe(true);
  });
});
