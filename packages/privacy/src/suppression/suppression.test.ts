import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCountTable, type CountTable } from "../table/count-table.ts";
import { defineDimension } from "../table/dimension.ts";
import { auditDisclosure } from "./disclosure-audit.ts";
import { type PublishedTable, publishedEntries, tableEntries, tableLines } from "./published-table.ts";
import { suppressSmallCells } from "./small-cells.ts";

const labels = (prefix: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

/** A two-way table of r × c counts (the unknown category is the last row/column). */
function twoWay(r: number, c: number, counts: readonly number[]): CountTable {
  return createCountTable(
    "t",
    [defineDimension("row", labels("r", r - 1)), defineDimension("col", labels("c", c - 1))],
    {
      counts,
    },
  );
}
function oneWay(counts: readonly number[]): CountTable {
  return createCountTable("t", [defineDimension("cat", labels("k", counts.length - 1))], { counts });
}

/**
 * An alternative table, consistent with everything published and non-negative, in which
 * `entry` has another value; null if the search finds none. The search walks cycles of
 * withheld entries; the check of the result is independent of how it was found: margins are
 * recomputed from the alternative cells and compared with the alternative margins, and every
 * published entry must be unchanged.
 */
function alternative(table: CountTable, published: PublishedTable, entry: number): number[] | null {
  const truth = tableEntries(table);
  const shown = publishedEntries(published);
  const withheld = (e: number): boolean => shown[e] === null;
  const candidates: number[][] = [];
  if (table.shape.length === 1) {
    const n = truth.length - 1;
    for (let f = 0; f < truth.length; f++) {
      if (f === entry || !withheld(f)) continue;
      for (const delta of [1, -1]) {
        const alt = [...truth];
        alt[entry] = (alt[entry] ?? 0) + delta;
        // Moving within cells keeps the total; moving a cell with the total keeps the rest.
        const sameSide = (entry === n) === (f === n);
        alt[f] = (alt[f] ?? 0) + (entry === n || f === n ? (sameSide ? -delta : delta) : -delta);
        candidates.push(alt);
      }
    }
  } else {
    const [r, c] = table.shape as [number, number];
    const width = c + 1;
    const rowOf = (e: number): number => Math.floor(e / width);
    const colOf = (e: number): number => r + 1 + (e % width);
    const ends = (e: number): [number, number] => [rowOf(e), colOf(e)];
    // Breadth-first search from the entry's column node back to its row node over other withheld entries.
    const [start, goal] = [colOf(entry), rowOf(entry)];
    const via = new Map<number, number>([[start, -1]]);
    const queue = [start];
    while (queue.length > 0 && !via.has(goal)) {
      const node = queue.shift() ?? 0;
      for (let e = 0; e < truth.length; e++) {
        if (e === entry || !withheld(e)) continue;
        const [a, b] = ends(e);
        const next = a === node ? b : b === node ? a : -1;
        if (next === -1 || via.has(next)) continue;
        via.set(next, e);
        queue.push(next);
      }
    }
    if (!via.has(goal)) return null;
    const cycle = [entry];
    for (let node = goal; node !== start;) {
      const e = via.get(node) ?? -1;
      cycle.push(e);
      const [a, b] = ends(e);
      node = a === node ? b : a;
    }
    // In z-form (margins negated, grand total not) every line sums to 0; alternate ±1 round the cycle.
    const sign = (e: number): number => {
      const i = Math.floor(e / width);
      const j = e % width;
      return (i === r) !== (j === c) ? -1 : 1;
    };
    for (const delta of [1, -1]) {
      const alt = [...truth];
      cycle.forEach((e, k) => {
        alt[e] = (alt[e] ?? 0) + sign(e) * (k % 2 === 0 ? delta : -delta);
      });
      candidates.push(alt);
    }
  }
  const lines = tableLines(table.shape);
  return (
    candidates.find(
      (alt) =>
        alt.every((v) => v >= 0) &&
        alt[entry] !== truth[entry] &&
        shown.every((v, e) => v === null || v === alt[e]) &&
        (lines?.lines.every(
          (line) =>
            line.entries.reduce((s, e, i) => s + (line.coefficients[i] ?? 0) * (alt[e] ?? 0), 0) === 0,
        ) ??
          false),
    ) ?? null
  );
}

/** Every property a suppressed table must have, checked from the outside. */
function expectProtected(table: CountTable, threshold: number): void {
  const { published } = suppressSmallCells(table, { threshold });
  const truth = tableEntries(table);
  const shown = publishedEntries(published);
  shown.forEach((v, e) => {
    const t = truth[e] ?? 0;
    if (t >= 1 && t < threshold) expect(v, `entry ${e} = ${t} is small`).toBeNull();
    if (v !== null) expect(v).toBe(t);
    if (t === 0) expect(v, "zeros are published").toBe(0);
  });
  const audit = auditDisclosure(published, threshold);
  expect(audit.determined).toEqual([]);
  expect(audit.pinned).toEqual([]);
  expect(audit.smallGroups).toEqual([]);
  shown.forEach((v, e) => {
    if (v === null)
      expect(alternative(table, published, e), `withheld entry ${e} has an alternative`).not.toBeNull();
  });
}

describe("suppressSmallCells", () => {
  it("refuses a threshold below 2 or not an integer, saying why", () => {
    const t = oneWay([5, 5]);
    expect(() => suppressSmallCells(t, { threshold: 1 })).toThrow(
      /^threshold: must be an integer ≥ 2 .*single person/,
    );
    expect(() => suppressSmallCells(t, { threshold: 2.5 })).toThrow(/^threshold:/);
  });

  it("refuses complementary suppression of a three-way table but allows primary-only", () => {
    const d = (n: string): ReturnType<typeof defineDimension> => defineDimension(n, ["a"]);
    const t = createCountTable("cube", [d("x"), d("y"), d("z")], { counts: [1, 0, 0, 0, 9, 0, 0, 0] });
    expect(() => suppressSmallCells(t, { threshold: 3 })).toThrow(
      /^secondary: complementary suppression supports one- and two-way/,
    );
    const { published } = suppressSmallCells(t, { threshold: 3, secondary: false });
    expect(published.cells).toEqual([null, 0, 0, 0, 9, 0, 0, 0]);
    expect(published.margins[0]).toEqual([null, 9]);
    expect(published.total).toBe(10);
  });

  it("protects a one-way table: withheld cells come in twos and sum to at least the threshold", () => {
    // 1 and 3 are small; their sum, 4, follows from the total, so the next smallest (8) goes too.
    const { published, report } = suppressSmallCells(oneWay([1, 40, 3, 8, 0]), { threshold: 5 });
    expect(published.cells).toEqual([null, 40, null, null, 0]);
    expect(published.total).toBe(52);
    expect(report).toEqual({ threshold: 5, primary: 2, secondary: 1, published: 3 });
    expectProtected(oneWay([1, 40, 3, 8, 0]), 5);
    // A single small cell is partnered with the smallest non-zero cell.
    expect(suppressSmallCells(oneWay([2, 40, 9, 7]), { threshold: 3 }).published.cells).toEqual([
      null,
      40,
      9,
      null,
    ]);
  });

  it("withholds a small total and the cells under it", () => {
    const { published } = suppressSmallCells(oneWay([1, 0, 2]), { threshold: 5 });
    expect(published.cells).toEqual([null, 0, null]);
    expect(published.total).toBeNull();
  });

  it("protects a two-way table with complementary cells, publishing zeros", () => {
    // 3 × 3 categories (2 + unknown each).
    const counts = [20, 2, 15, 12, 30, 9, 0, 7, 11];
    const table = twoWay(3, 3, counts);
    const { published } = suppressSmallCells(table, { threshold: 3 });
    expect(published.cells[1]).toBeNull();
    expect(published.cells[6]).toBe(0);
    expectProtected(table, 3);
  });

  it("is caught by the audit when complementary suppression is switched off", () => {
    const table = twoWay(3, 3, [20, 2, 15, 12, 30, 9, 0, 7, 11]);
    const { published } = suppressSmallCells(table, { threshold: 3, secondary: false });
    const audit = auditDisclosure(published, 3);
    expect(audit.determined).toEqual([{ entry: 1, label: "cell r0 × c1", value: 2 }]);
    expect(audit.pinned.map((d) => d.value)).toEqual([2]);
    expect(alternative(table, published, 1)).toBeNull();
  });

  it("flags a row whose withheld values have a known small sum", () => {
    const table = oneWay([1, 1, 30]);
    const published: PublishedTable = {
      id: "t",
      dimensions: table.dimensions,
      cells: [null, null, 30],
      margins: [],
      total: 32,
    };
    expect(auditDisclosure(published, 3).smallGroups).toEqual([
      { entries: [0, 1], label: "withheld values beside total", sum: 2 },
    ]);
    expect(suppressSmallCells(table, { threshold: 3 }).published.cells).toEqual([null, null, null]);
  });

  it("leaves no withheld value recoverable in random two-way tables (property)", () => {
    const count = fc.oneof(
      { weight: 3, arbitrary: fc.constant(0) },
      { weight: 4, arbitrary: fc.integer({ min: 1, max: 4 }) },
      { weight: 4, arbitrary: fc.integer({ min: 5, max: 40 }) },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 2, max: 6 }),
        fc.infiniteStream(count),
        (r, c, threshold, stream) => {
          const counts = [...stream.take(r * c)];
          expectProtected(twoWay(r, c, counts), threshold);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("leaves no withheld value recoverable in random one-way tables (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 6, max: 30 })), {
          minLength: 1,
          maxLength: 12,
        }),
        fc.integer({ min: 2, max: 6 }),
        (counts, threshold) => expectProtected(oneWay(counts), threshold),
      ),
      { numRuns: 300 },
    );
  });
});
