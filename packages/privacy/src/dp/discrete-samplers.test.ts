import { describe, expect, it } from "vitest";
import { rational } from "../numeric/rational.ts";
import { seededRandom } from "../random/random-source.ts";
import { bernoulliExp, sampleDiscreteGaussian, sampleDiscreteLaplace } from "./discrete-samplers.ts";

/*
 * Statistical tests with fixed seeds: each run draws the same numbers, so a test either
 * always passes or always fails. The acceptance line is the chi-square quantile at
 * p = 1e-6 (a correct sampler sits far below it), yet 200,000 draws are enough for a
 * wrong scale — ε vs 2ε, t vs t + 1 — to land orders of magnitude above it. Expected
 * frequencies are computed in double precision from the closed-form PMF, ~1e-16 relative,
 * far finer than the sampling error (~1e-3) the test can resolve.
 */

/** Upper quantile of χ²(df) at p = 1e-6, by the Wilson–Hilferty approximation. */
function chiSquareCritical(df: number): number {
  const z = 4.753424; // standard normal upper quantile at 1e-6
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/**
 * Pearson's χ² of integer samples against a PMF over the integers: bins −K..K where every
 * expected count is at least 20, plus the two tails. Returns the statistic and its df.
 */
function chiSquare(samples: readonly number[], pmf: (z: number) => number): { stat: number; df: number } {
  const n = samples.length;
  let k = 0;
  while (pmf(k + 1) * n >= 20) k++;
  const counts = new Map<number, number>();
  for (const s of samples) {
    const bin = s > k ? k + 1 : s < -k ? -k - 1 : s;
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  let central = 0;
  for (let z = -k; z <= k; z++) central += pmf(z);
  const tail = (1 - central) / 2;
  let stat = 0;
  for (let bin = -k - 1; bin <= k + 1; bin++) {
    const expected = n * (Math.abs(bin) === k + 1 ? tail : pmf(bin));
    const observed = counts.get(bin) ?? 0;
    stat += (observed - expected) ** 2 / expected;
  }
  return { stat, df: 2 * k + 2 };
}

/** P[Z = z] of the discrete Laplace with scale b: tanh(1/(2b))·e^(−|z|/b). */
const laplacePmf =
  (scale: number) =>
  (z: number): number =>
    Math.tanh(1 / (2 * scale)) * Math.exp(-Math.abs(z) / scale);

/** P[Z = z] of the discrete Gaussian N_Z(0, σ²), normalised over |z| ≤ 40σ + 40. */
function gaussianPmf(sigma2: number): (z: number) => number {
  const reach = Math.ceil(40 * Math.sqrt(sigma2)) + 40;
  let norm = 0;
  for (let y = -reach; y <= reach; y++) norm += Math.exp(-(y * y) / (2 * sigma2));
  return (z) => Math.exp(-(z * z) / (2 * sigma2)) / norm;
}

function draw(n: number, sample: () => bigint): number[] {
  return Array.from({ length: n }, () => Number(sample()));
}

describe("bernoulliExp", () => {
  it("is true with probability e^(−γ) for rational γ below, at and above 1", () => {
    const random = seededRandom("bernoulli-exp");
    const n = 200_000;
    for (const [num, den] of [
      [1n, 3n],
      [1n, 1n],
      [5n, 2n],
      [0n, 1n],
    ] as const) {
      let hits = 0;
      for (let i = 0; i < n; i++) if (bernoulliExp(random, num, den)) hits++;
      const p = Math.exp(-Number(num) / Number(den));
      const sd = Math.sqrt(n * p * (1 - p) || 1);
      expect(Math.abs(hits - n * p)).toBeLessThan(5.5 * sd);
      // γ off by 5% would be ≥ 9 sd away: the test can tell.
      const pWrong = Math.exp((-Number(num) / Number(den)) * 1.05);
      if (num > 0n) expect(Math.abs(hits - n * pWrong)).toBeGreaterThan(5.5 * sd);
    }
  });
});

describe("sampleDiscreteLaplace", () => {
  const n = 200_000;

  it("matches the two-sided geometric PMF for ε = 1/2, sensitivity 1 (scale 2)", () => {
    const random = seededRandom("laplace-scale-2");
    const samples = draw(n, () => sampleDiscreteLaplace(random, 1n, 2n));
    const right = chiSquare(samples, laplacePmf(2));
    expect(right.stat).toBeLessThan(chiSquareCritical(right.df));
    // The same draws against ε = 1 (scale 1) must be refused, by far.
    const wrong = chiSquare(samples, laplacePmf(1));
    expect(wrong.stat).toBeGreaterThan(10 * chiSquareCritical(wrong.df));
    // Mean 0 and variance 2q/(1−q)² with q = e^(−1/2).
    const q = Math.exp(-1 / 2);
    const variance = samples.reduce((s, x) => s + x * x, 0) / n;
    expect(variance).toBeGreaterThan(0.97 * ((2 * q) / (1 - q) ** 2));
    expect(variance).toBeLessThan(1.03 * ((2 * q) / (1 - q) ** 2));
  });

  it("detects a scale off by one (t = 10 vs 11) and honours a rational scale t/s", () => {
    const random = seededRandom("laplace-scale-10");
    const samples = draw(n, () => sampleDiscreteLaplace(random, 1n, 10n));
    const right = chiSquare(samples, laplacePmf(10));
    expect(right.stat).toBeLessThan(chiSquareCritical(right.df));
    const offByOne = chiSquare(samples, laplacePmf(11));
    expect(offByOne.stat).toBeGreaterThan(chiSquareCritical(offByOne.df));

    // Scale 7/3 (s = 3, t = 7): ε = 3/7 for sensitivity 1.
    const rationalScale = draw(n, () => sampleDiscreteLaplace(random, 3n, 7n));
    const fit = chiSquare(rationalScale, laplacePmf(7 / 3));
    expect(fit.stat).toBeLessThan(chiSquareCritical(fit.df));
    const doubled = chiSquare(rationalScale, laplacePmf(7 / 6));
    expect(doubled.stat).toBeGreaterThan(chiSquareCritical(doubled.df));
  });

  it("has the exact tail P[|Z| ≥ k] = 2q^k/(1 + q)", () => {
    const random = seededRandom("laplace-tail");
    const samples = draw(n, () => sampleDiscreteLaplace(random, 1n, 3n));
    const q = Math.exp(-1 / 3);
    for (const k of [1, 3, 6, 12]) {
      const p = (2 * q ** k) / (1 + q);
      const observed = samples.filter((x) => Math.abs(x) >= k).length;
      expect(Math.abs(observed - n * p)).toBeLessThan(5.5 * Math.sqrt(n * p * (1 - p)));
    }
  });
});

describe("sampleDiscreteGaussian", () => {
  const n = 200_000;

  it("matches N_Z(0, σ²) for σ² = 9/2 and refuses 2σ²", () => {
    const random = seededRandom("gaussian-4.5");
    const samples = draw(n, () => sampleDiscreteGaussian(random, rational(9n, 2n)));
    const right = chiSquare(samples, gaussianPmf(4.5));
    expect(right.stat).toBeLessThan(chiSquareCritical(right.df));
    const wrong = chiSquare(samples, gaussianPmf(9));
    expect(wrong.stat).toBeGreaterThan(10 * chiSquareCritical(wrong.df));
  });

  it("matches a small variance σ² = 1/4, where the Laplace proposal has scale 1", () => {
    const random = seededRandom("gaussian-0.25");
    const samples = draw(n, () => sampleDiscreteGaussian(random, rational(1n, 4n)));
    const right = chiSquare(samples, gaussianPmf(0.25));
    expect(right.stat).toBeLessThan(chiSquareCritical(right.df));
    const wrong = chiSquare(samples, gaussianPmf(0.3));
    expect(wrong.stat).toBeGreaterThan(chiSquareCritical(wrong.df));
  });

  it("matches a large variance σ² = 400 and its exact tail", () => {
    const random = seededRandom("gaussian-400");
    const samples = draw(n, () => sampleDiscreteGaussian(random, rational(400n)));
    const pmf = gaussianPmf(400);
    const right = chiSquare(samples, pmf);
    expect(right.stat).toBeLessThan(chiSquareCritical(right.df));
    const offByOne = chiSquare(samples, gaussianPmf(441));
    expect(offByOne.stat).toBeGreaterThan(chiSquareCritical(offByOne.df));
    let tail = 0;
    for (let z = 40; z < 2000; z++) tail += 2 * pmf(z);
    const observed = samples.filter((x) => Math.abs(x) >= 40).length;
    expect(Math.abs(observed - n * tail)).toBeLessThan(5.5 * Math.sqrt(n * tail * (1 - tail)));
  });
});
