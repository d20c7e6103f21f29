import { describe, expect, it } from "vitest";
import { rational } from "../numeric/rational.ts";
import { seededRandom } from "../random/random-source.ts";
import { aggregate } from "../table/aggregate.ts";
import { createCountTable, type CountTable } from "../table/count-table.ts";
import { defineDimension } from "../table/dimension.ts";
import {
  applyNoise,
  applyThresholded,
  clampedCounts,
  planDiscreteGaussian,
  planGeometric,
  planThresholded,
  selectionThreshold,
} from "./release.ts";

const AT = "2026-01-31T12:00:00Z";
const cat = defineDimension(
  "cat",
  Array.from({ length: 99 }, (_, i) => `k${i}`),
);

/** A table whose sensitivity comes from aggregation with bound C. */
function bounded(counts: readonly number[], C: number): CountTable {
  const records = counts.flatMap((n, cell) =>
    Array.from({ length: n }, (_, i) => ({ person: `${cell}-${i}`, cell })),
  );
  const { tables } = aggregate(
    records,
    [{ id: "t", dimensions: [{ dimension: cat, value: (r) => r.cell }] }],
    {
      person: (r) => r.person,
      contributionBound: C,
    },
  );
  const table = tables[0];
  if (!table) throw new Error("no table");
  return table;
}

describe("planning a release", () => {
  const table = bounded([5, 0, 3], 2);

  it("refuses ε ≤ 0 and δ outside (0, 1), naming the parameter and the value", () => {
    expect(() => planGeometric(table, { id: "r", at: AT, epsilon: "0" })).toThrow(
      /^epsilon: must be greater than 0; got 0$/,
    );
    expect(() => planGeometric(table, { id: "r", at: AT, epsilon: "-1/2" })).toThrow(/got -1\/2/);
    expect(() => planThresholded(table, { id: "r", at: AT, epsilon: "1", delta: "0" })).toThrow(
      /^delta: must be strictly between 0 and 1/,
    );
    expect(() => planThresholded(table, { id: "r", at: AT, epsilon: "1", delta: "1" })).toThrow(/^delta:/);
    expect(() => planDiscreteGaussian(table, { id: "r", at: AT, sigmaSquared: "0" })).toThrow(
      /^sigmaSquared: must be greater than 0/,
    );
    expect(() => planGeometric(table, { id: "r", at: "yesterday", epsilon: "1" })).toThrow(
      /^at: must be an ISO 8601 instant/,
    );
    expect(() => planGeometric(table, { id: " ", at: AT, epsilon: "1" })).toThrow(/^id:/);
  });

  it("refuses a table whose per-person contribution was never bounded", () => {
    const loose = createCountTable("loose", [cat]);
    expect(() => planGeometric(loose, { id: "r", at: AT, epsilon: "1" })).toThrow(
      /^table: "loose" has no known sensitivity/,
    );
  });

  it("records the sensitivity and bound from the table, and ρ = l2²/(2σ²) exactly", () => {
    const release = planDiscreteGaussian(table, { id: "g", at: AT, sigmaSquared: "4" });
    expect(release).toMatchObject({
      mechanism: "discrete-gaussian",
      sigmaSquared: "4",
      rho: "1/4",
      contributionBound: 2,
      sensitivity: { l0: 2, linf: 1, l1: 2, l2Squared: 2 },
      table: { id: "t", dimensions: [{ name: "cat", categories: 100 }] },
    });
    expect(planDiscreteGaussian(table, { id: "g", at: AT, rho: "0.1" }).sigmaSquared).toBe("10");
    expect(planGeometric(table, { id: "r", at: AT, epsilon: "0.25" }).epsilon).toBe("1/4");
  });

  it("sets the selection threshold τ = ⌈(l1/ε)·ln(l0/δ)⌉ + l1 + linf − 1", () => {
    const s1 = { l0: 1, linf: 1, l1: 1, l2Squared: 1 };
    // ln(10^6) = 13.8155… → 14, plus 1.
    expect(selectionThreshold(rational(1n), rational(1n, 1_000_000n), s1)).toBe(15);
    for (const [e, d, C] of [
      [1, 1e-6, 3],
      [0.5, 1e-9, 1],
      [2, 1e-3, 5],
    ] as const) {
      const expected = Math.ceil((C / e) * Math.log(C / d)) + C;
      const got = selectionThreshold(rational(BigInt(e * 2), 2n), rational(1n, BigInt(Math.round(1 / d))), {
        l0: C,
        linf: 1,
        l1: C,
        l2Squared: C,
      });
      expect(got).toBe(expected);
    }
  });
});

describe("applying noise", () => {
  it("adds geometric noise of scale l1/ε to every cell, zeros included", () => {
    const table = bounded(new Array<number>(100).fill(0), 2);
    const release = planGeometric(table, { id: "r", at: AT, epsilon: "1" });
    const random = seededRandom("noise-variance");
    let sumSquares = 0;
    let rounds = 0;
    for (; rounds < 200; rounds++) {
      for (const v of applyNoise(table, release, random).values) sumSquares += v * v;
    }
    // Scale l1/ε = 2: variance 2q/(1 − q)² with q = e^(−1/2).
    const q = Math.exp(-1 / 2);
    const variance = sumSquares / (rounds * 100);
    expect(variance / ((2 * q) / (1 - q) ** 2)).toBeGreaterThan(0.95);
    expect(variance / ((2 * q) / (1 - q) ** 2)).toBeLessThan(1.05);
  });

  it("is reproducible with a seeded source and clamps negatives only on request", () => {
    const table = bounded([5, 0, 3], 1);
    const release = planGeometric(table, { id: "r", at: AT, epsilon: "1/2" });
    const a = applyNoise(table, release, seededRandom(1));
    expect(applyNoise(table, release, seededRandom(1)).values).toEqual(a.values);
    expect(a.values.some((v) => v < 0)).toBe(true);
    expect([...clampedCounts(a).counts].every((v) => v >= 0)).toBe(true);
    expect(clampedCounts(a).sensitivity).toBeNull();
  });

  it("adds discrete Gaussian noise with the planned variance", () => {
    const table = bounded(new Array<number>(100).fill(0), 1);
    const release = planDiscreteGaussian(table, { id: "g", at: AT, sigmaSquared: "25/2" });
    const random = seededRandom("gaussian-variance");
    let sumSquares = 0;
    for (let round = 0; round < 200; round++)
      for (const v of applyNoise(table, release, random).values) sumSquares += v * v;
    expect(sumSquares / 20_000).toBeGreaterThan(12.5 * 0.95);
    expect(sumSquares / 20_000).toBeLessThan(12.5 * 1.05);
  });

  it("refuses a release planned for another table", () => {
    const release = planGeometric(bounded([1], 1), { id: "r", at: AT, epsilon: "1" });
    expect(() => applyNoise(bounded([1], 2), release, seededRandom(1))).toThrow(/^release\.sensitivity:/);
    const other = createCountTable("other", [cat], { sensitivity: { l0: 1, linf: 1, l1: 1, l2Squared: 1 } });
    expect(() => applyNoise(other, release, seededRandom(1))).toThrow(
      /^release\.table: was planned for table "t"/,
    );
  });
});

describe("thresholded selection", () => {
  it("publishes large cells, never empty ones, and a lone person's cell with probability ≤ δ·e^(−ε)", () => {
    const counts = new Array<number>(100).fill(0);
    counts[0] = 1;
    counts[1] = 500;
    const table = bounded(counts, 1);
    const release = planThresholded(table, { id: "s", at: AT, epsilon: "1", delta: "1/100" });
    expect(release.threshold).toBe(6);
    const random = seededRandom("selection");
    let loneShown = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const { cells } = applyThresholded(table, release, random);
      expect(cells.some((c) => c.cell === 1)).toBe(true);
      expect(cells.every((c) => c.cell <= 1)).toBe(true);
      if (cells.some((c) => c.cell === 0)) loneShown++;
    }
    // Exactly P[Z ≥ 6] = q^6/(1 + q), q = e^(−1): ≈ 0.00181, against the bound δ·e^(−1) ≈ 0.00368.
    const q = Math.exp(-1);
    const p = q ** 6 / (1 + q);
    expect(Math.abs(loneShown - n * p)).toBeLessThan(5 * Math.sqrt(n * p));
    expect(loneShown).toBeLessThan(n * 0.01 * Math.exp(-1));
  }, 30_000);
});
