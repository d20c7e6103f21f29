import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PrivacyError } from "../errors.ts";
import { aggregate, type TableSpec } from "./aggregate.ts";
import {
  cellCategories,
  cellIndex,
  countOf,
  createCountTable,
  marginalTable,
  tableRows,
  tableTotal,
} from "./count-table.ts";
import { categoryIndexer, defineDimension } from "./dimension.ts";

const sex = defineDimension("sex", ["female", "male"]);
const year = defineDimension("year", ["2022", "2023"]);
const form = defineDimension("form", ["sexual", "labour", "other"]);

interface Victim {
  readonly person: string;
  readonly year: string;
  readonly sex: string | null;
  readonly forms: readonly string[];
}
const yearOf = categoryIndexer(year);
const sexOf = categoryIndexer(sex);
const formOf = categoryIndexer(form);
const bySexYear: TableSpec<Victim> = {
  id: "sex-year",
  dimensions: [
    { dimension: year, value: (v) => yearOf(v.year) },
    { dimension: sex, value: (v) => sexOf(v.sex) },
  ],
};
const byForm: TableSpec<Victim> = {
  id: "form",
  dimensions: [{ dimension: form, value: (v) => v.forms.map(formOf) }],
};

describe("defineDimension", () => {
  it("appends an explicit unknown category after the listed ones", () => {
    expect(sex.categories).toEqual(["female", "male", "unknown"]);
    expect(sex.unknownIndex).toBe(2);
    expect(defineDimension("age", ["0-17"], { unknown: "not recorded" }).categories).toEqual([
      "0-17",
      "not recorded",
    ]);
  });

  it("refuses duplicate labels and a listed unknown, naming the category", () => {
    expect(() => defineDimension("sex", ["female", "female"])).toThrow(
      /^sex\.categories\[1\]: "female" appears twice/,
    );
    expect(() => defineDimension("sex", ["female", "unknown"])).toThrow(
      /unknown category, which is added last/,
    );
    expect(() => defineDimension(" ", ["a"])).toThrow(PrivacyError);
  });

  it("encodes labels, mapping missing values to unknown and refusing strangers", () => {
    expect(sexOf("male")).toBe(1);
    expect(sexOf(null)).toBe(2);
    expect(sexOf("")).toBe(2);
    expect(() => sexOf("x")).toThrow(/^sex: "x" is not one of its categories/);
    expect(categoryIndexer(sex, { unrecognised: "unknown" })("x")).toBe(2);
  });
});

describe("CountTable", () => {
  it("lays cells out row-major and names them by category tuple", () => {
    const t = createCountTable("t", [year, sex], { counts: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect(cellIndex(t, [1, 2])).toBe(5);
    expect(cellCategories(t, 5)).toEqual(["2023", "unknown"]);
    expect(countOf(t, ["2023", "female"])).toBe(4);
    expect(tableTotal(t)).toBe(45);
    expect([...tableRows(t)][7]).toEqual({ categories: ["unknown", "male"], count: 8 });
  });

  it("sums margins over the dimensions left out", () => {
    const t = createCountTable("t", [year, sex], { counts: [1, 2, 3, 4, 5, 6, 7, 8, 9] });
    expect([...marginalTable(t, ["sex"]).counts]).toEqual([12, 15, 18]);
    expect([...marginalTable(t, ["year"]).counts]).toEqual([6, 15, 24]);
    expect([...marginalTable(t, []).counts]).toEqual([45]);
    expect([...marginalTable(t, ["sex", "year"]).counts]).toEqual([1, 4, 7, 2, 5, 8, 3, 6, 9]);
  });

  it("refuses counts that are not non-negative integers, and a wrong cell tuple", () => {
    expect(() => createCountTable("t", [sex], { counts: [1, -1, 0] })).toThrow(
      /^t\.counts\[1\]: must be a non-negative integer/,
    );
    expect(() => createCountTable("t", [sex], { counts: [1] })).toThrow(/has 1 cells; the dimensions make 3/);
    const t = createCountTable("t", [sex]);
    expect(() => cellIndex(t, [3])).toThrow(/^t\.sex: category index 3 is outside 0\.\.2/);
    expect(() => createCountTable("t", [sex, sex])).toThrow(/"sex" appears twice/);
  });
});

describe("aggregate", () => {
  const victims: Victim[] = [
    { person: "a", year: "2022", sex: "female", forms: ["sexual"] },
    // The same person registered again by another organisation, same year: counted once.
    { person: "a", year: "2022", sex: "female", forms: ["sexual", "labour"] },
    { person: "b", year: "2023", sex: null, forms: [] },
    { person: "c", year: "2023", sex: "male", forms: ["labour", "other", "sexual"] },
  ];

  it("counts each person once per cell, with unknown distinct from zero", () => {
    const { tables, persons, records } = aggregate(victims, [bySexYear], {
      person: (v) => v.person,
      contributionBound: 2,
    });
    const t = tables[0];
    if (!t) throw new Error("no table");
    expect(records).toBe(4);
    expect(persons).toBe(3);
    expect(countOf(t, ["2022", "female"])).toBe(1);
    expect(countOf(t, ["2023", "unknown"])).toBe(1);
    expect(countOf(t, ["2023", "male"])).toBe(1);
    expect(countOf(t, ["unknown", "unknown"])).toBe(0);
    expect(t.sensitivity).toEqual({ l0: 2, linf: 1, l1: 2, l2Squared: 2 });
  });

  it("keeps the first C cells of a person in arrival order and reports the rest as dropped", () => {
    const { tables, dropped } = aggregate(victims, [byForm], {
      person: (v) => v.person,
      contributionBound: 2,
    });
    const t = tables[0];
    if (!t) throw new Error("no table");
    // a: sexual, labour (second record adds labour); b: unknown; c: labour, other (sexual dropped).
    expect([...t.counts]).toEqual([1, 2, 1, 1]);
    expect(dropped).toEqual([1]);
  });

  it("builds several tables in one pass and refuses a bad bound or category index", () => {
    const result = aggregate(victims, [bySexYear, byForm], { person: (v) => v.person, contributionBound: 1 });
    expect(result.tables.map((t) => t.id)).toEqual(["sex-year", "form"]);
    expect(() => aggregate(victims, [bySexYear], { person: (v) => v.person, contributionBound: 0 })).toThrow(
      /^contributionBound: must be an integer ≥ 1/,
    );
    const broken: TableSpec<Victim> = { id: "broken", dimensions: [{ dimension: sex, value: () => 7 }] };
    expect(() => aggregate(victims, [broken], { person: (v) => v.person, contributionBound: 1 })).toThrow(
      /^broken\.sex: category index 7 is outside 0\.\.2/,
    );
  });

  it("never counts a person in more than C cells, nor twice in one (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            person: fc.integer({ min: 0, max: 20 }),
            year: fc.integer({ min: -1, max: 2 }),
            forms: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { maxLength: 4 }),
          }),
          { maxLength: 80 },
        ),
        fc.integer({ min: 1, max: 4 }),
        (rows, bound) => {
          const spec: TableSpec<(typeof rows)[number]> = {
            id: "p",
            dimensions: [
              { dimension: year, value: (r) => r.year },
              { dimension: form, value: (r) => r.forms },
            ],
          };
          const { tables } = aggregate(rows, [spec], { person: (r) => r.person, contributionBound: bound });
          const t = tables[0];
          if (!t) throw new Error("no table");
          // Reference: distinct (person, cell) pairs, first `bound` per person in arrival order.
          const kept = new Map<number, number[]>();
          for (const r of rows) {
            const mine = kept.get(r.person) ?? [];
            const forms = r.forms.length === 0 ? [3] : r.forms;
            for (const f of forms) {
              const cell = (r.year === -1 ? 2 : r.year) * 4 + f;
              if (!mine.includes(cell) && mine.length < bound) mine.push(cell);
            }
            kept.set(r.person, mine);
          }
          const expected = new Array<number>(t.counts.length).fill(0);
          for (const cellsOfPerson of kept.values())
            for (const c of cellsOfPerson) expected[c] = (expected[c] ?? 0) + 1;
          expect([...t.counts]).toEqual(expected);
        },
      ),
    );
  });
});
