import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { checkRelease, createLedger } from "../dp/ledger.ts";
import { add, formatRational, parseRational, ZERO } from "../numeric/rational.ts";
import { type RandomSource, seededRandom, uniformInt } from "../random/random-source.ts";
import { defineDimension, type Dimension } from "../table/dimension.ts";
import {
  type Marginals,
  type Microdata,
  computeMarginals,
  maskStrides,
  microdata,
  protectByDp,
  protectBySuppression,
} from "./marginals.ts";
import { riskReport, utilityReport } from "./reports.ts";
import { synthesize } from "./synthesize.ts";

const AT = "2026-03-01T00:00:00Z";
const attributes: readonly Dimension[] = [
  defineDimension("sex", ["female", "male"]),
  defineDimension("age", ["0-17", "18-24", "25-34", "35+"]),
  defineDimension("citizenship", ["EU", "non-EU Europe", "Africa", "Asia", "Americas"]),
  defineDimension("form", ["sexual", "labour", "other"]),
];

/** Correlated records: sexual exploitation mostly of women, labour of men, a few rare types. */
function population(random: RandomSource, n: number): { person: number; values: number[] }[] {
  return Array.from({ length: n }, (_, person) => {
    const sex = uniformInt(random, 100) < 70 ? 0 : uniformInt(random, 50) === 0 ? 2 : 1;
    const form =
      sex === 0
        ? uniformInt(random, 10) < 8
          ? 0
          : 1
        : uniformInt(random, 10) < 7
          ? 1
          : uniformInt(random, 3);
    const age = uniformInt(random, 20) === 0 ? 0 : 1 + uniformInt(random, 3);
    const citizenship = uniformInt(random, 40) === 0 ? 5 : uniformInt(random, 5);
    return { person, values: [sex, age, citizenship, form] };
  });
}

function encode(records: { person: number; values: number[] }[]): Microdata {
  return microdata(records, attributes, { person: (r) => r.person, values: (r) => r.values });
}

/** Every combination of up to k values of every synthetic record, checked against the protected tables. */
function inventedCombinations(protectedMarginals: Marginals, synthetic: Microdata): number {
  const m = synthetic.attributes.length;
  let invented = 0;
  for (const [mask, table] of protectedMarginals.tables) {
    const strides = maskStrides(synthetic.attributes, mask);
    for (let i = 0; i < synthetic.count; i++) {
      let cell = 0;
      for (let a = 0; a < m; a++) cell += (synthetic.rows[i * m + a] ?? 0) * (strides[a] ?? 0);
      if ((table.counts[cell] ?? 0) === 0) invented++;
    }
  }
  return invented;
}

const sensitive = encode(population(seededRandom("population"), 3000));

describe("microdata and marginals", () => {
  it("keeps one row per person and counts every combination up to k", () => {
    const data = microdata(
      [
        { person: "a", values: [0, 1, 2, 0] },
        { person: "a", values: [1, 1, 2, 0] },
        { person: "b", values: [null, 1, -1, 2] },
      ],
      attributes,
      { person: (r) => r.person, values: (r) => r.values },
    );
    expect(data.count).toBe(2);
    expect([...data.rows]).toEqual([0, 1, 2, 0, 2, 1, 5, 2]);
    const marginals = computeMarginals(data, 2);
    expect(marginals.tables.size).toBe(1 + 4 + 6);
    expect([...(marginals.tables.get(0)?.counts ?? [])]).toEqual([2]);
    expect([...(marginals.tables.get(0b0010)?.counts ?? [])]).toEqual([0, 2, 0, 0, 0]);
    expect(marginals.tables.get(0b0011)?.id).toBe("sex×age");
  });

  it("refuses k outside 1..m, a bad category and a bad threshold", () => {
    expect(() => computeMarginals(sensitive, 0)).toThrow(
      /^k: must be an integer from 1 to the number of attributes \(4\); got 0/,
    );
    expect(() => computeMarginals(sensitive, 5)).toThrow(/^k:/);
    expect(() =>
      microdata([{ v: [9, 0, 0, 0] }], attributes, { person: () => 1, values: (r) => r.v }),
    ).toThrow(/^sex: category index 9 is outside 0\.\.2/);
    expect(() => protectBySuppression(computeMarginals(sensitive, 1), 1)).toThrow(/^threshold:/);
  });
});

describe("synthesize from suppressed aggregates", () => {
  const exact = computeMarginals(sensitive, 3);
  const shown = protectBySuppression(exact, 5);

  it("never creates a combination the protected aggregates do not show", () => {
    const { data, abandoned } = synthesize(shown, { random: seededRandom("synth-1") });
    expect(data.count + abandoned).toBe(3000);
    expect(inventedCombinations(shown, data)).toBe(0);
    const utility = utilityReport(exact, shown, data);
    expect(utility.invented).toBe(0);
    expect(utility.byLength.map((l) => l.length)).toEqual([1, 2, 3]);
    // Rare combinations were suppressed, so some sensitive ones are missing from the synthetic data.
    expect(utility.byLength[2]?.suppressed).toBeGreaterThan(0);
    expect(utility.byLength.every((l) => l.fabricated === 0)).toBe(true);
    // One-way counts are tracked closely.
    expect(utility.byLength[0]?.meanRelativeError).toBeLessThan(0.1);
  });

  it("is deterministic for a seed and differs between seeds", () => {
    const a = synthesize(shown, { random: seededRandom("same"), count: 500 });
    const b = synthesize(shown, { random: seededRandom("same"), count: 500 });
    const c = synthesize(shown, { random: seededRandom("other"), count: 500 });
    expect([...b.data.rows]).toEqual([...a.data.rows]);
    expect([...c.data.rows]).not.toEqual([...a.data.rows]);
  });

  it("refuses a bad count or attempt limit", () => {
    expect(() => synthesize(shown, { random: seededRandom(1), count: -1 })).toThrow(/^count:/);
    expect(() => synthesize(shown, { random: seededRandom(1), maxAttempts: 0 })).toThrow(/^maxAttempts:/);
  });

  it("never invents a combination, whatever the data, k and threshold (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2), fc.nat(4), fc.nat(5), fc.nat(3)), { minLength: 1, maxLength: 120 }),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 4 }),
        fc.string(),
        (rows, k, threshold, seed) => {
          const data = microdata(
            rows.map((values, person) => ({ person, values })),
            attributes,
            { person: (r) => r.person, values: (r) => r.values },
          );
          const protectedMarginals = protectBySuppression(computeMarginals(data, k), threshold);
          const { data: synthetic } = synthesize(protectedMarginals, {
            random: seededRandom(seed),
            count: 60,
            maxAttempts: 5,
          });
          expect(inventedCombinations(protectedMarginals, synthetic)).toBe(0);
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe("synthesize from DP aggregates", () => {
  it("splits (ε, δ) over the tables, fits the ledger exactly and still invents nothing", () => {
    const exact = computeMarginals(sensitive, 2);
    const { marginals: noisy, releases } = protectByDp(exact, {
      epsilon: "2",
      delta: "1e-6",
      random: seededRandom("dp-marginals"),
      id: "synthetic-2026",
      at: AT,
    });
    expect(releases).toHaveLength(exact.tables.size);
    const totalEpsilon = releases.reduce((s, r) => add(s, parseRational(r.epsilon, "e")), ZERO);
    expect(formatRational(totalEpsilon)).toBe("2");
    expect(checkRelease(createLedger("victims", { epsilon: "2", delta: "1e-6" }), releases).ok).toBe(true);
    expect(checkRelease(createLedger("victims", { epsilon: "1.99", delta: "1e-6" }), releases).ok).toBe(
      false,
    );
    const { data } = synthesize(noisy, { random: seededRandom("dp-synth") });
    expect(inventedCombinations(noisy, data)).toBe(0);
    expect(utilityReport(exact, noisy, data).invented).toBe(0);
    expect(Math.abs(data.count - 3000)).toBeLessThan(100);
  });
});

describe("riskReport", () => {
  it("counts rare combinations, records holding them, unique records and synthetic matches", () => {
    const data = encode([
      { person: 1, values: [0, 1, 0, 0] },
      { person: 2, values: [0, 1, 0, 0] },
      { person: 3, values: [0, 1, 0, 0] },
      { person: 4, values: [1, 2, 3, 1] },
    ]);
    const synthetic = encode([
      { person: 1, values: [1, 2, 3, 1] },
      { person: 2, values: [0, 1, 0, 0] },
    ]);
    const report = riskReport(data, 2, 3, synthetic);
    expect(report.byLength[0]).toEqual({ length: 1, rareCombinations: 4, recordsWithRare: 1 });
    expect(report.byLength[1]).toEqual({ length: 2, rareCombinations: 6, recordsWithRare: 1 });
    expect(report.uniqueRecords).toBe(1);
    expect(report.recordsWithRare).toBe(1);
    expect(report.syntheticMatchingUnique).toBe(1);
  });
});
