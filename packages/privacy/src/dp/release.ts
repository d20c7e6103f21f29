import { invalidParameter } from "../errors.ts";
import { lnBounds } from "../numeric/bounds.ts";
import {
  type Rational,
  type RationalInput,
  ceil,
  compare,
  div,
  formatRational,
  mul,
  ONE,
  parseRational,
  rational,
  requirePositive,
} from "../numeric/rational.ts";
import { type RandomSource } from "../random/random-source.ts";
import { type CountTable, type Sensitivity, cellCategories, createCountTable } from "../table/count-table.ts";
import { type Dimension } from "../table/dimension.ts";
import { sampleDiscreteGaussian, sampleDiscreteLaplace } from "./discrete-samplers.ts";

/** The table a release is about, as the ledger records it: names and sizes, no counts. */
export interface ReleasedTable {
  readonly id: string;
  readonly dimensions: readonly { readonly name: string; readonly categories: number }[];
}

interface ReleaseBase {
  /** Unique within the dataset's ledger (e.g. `2025-annual/sex-by-year`). */
  readonly id: string;
  readonly table: ReleasedTable;
  /** What one person can change in the table; the noise is scaled to it. */
  readonly sensitivity: Sensitivity;
  /** C: the most cells one person is counted in (the bound the table was built with). */
  readonly contributionBound: number;
  /** When the release was made (ISO 8601), supplied by the caller: this package reads no clock. */
  readonly at: string;
}

/** Two-sided geometric noise on every cell: ε-DP (pure), noise scale l1/ε. */
export interface GeometricRelease extends ReleaseBase {
  readonly mechanism: "geometric";
  readonly epsilon: string;
}

/** Discrete Gaussian noise on every cell: ρ-zCDP with ρ = l2²/(2σ²). */
export interface DiscreteGaussianRelease extends ReleaseBase {
  readonly mechanism: "discrete-gaussian";
  readonly sigmaSquared: string;
  readonly rho: string;
}

/**
 * Geometric noise on the non-empty cells only, each published only when its noisy count
 * exceeds `threshold`: (ε, δ)-DP over a domain nobody has to list in advance.
 */
export interface ThresholdedRelease extends ReleaseBase {
  readonly mechanism: "thresholded-geometric";
  readonly epsilon: string;
  readonly delta: string;
  readonly threshold: number;
}

/** A differentially private release as the ledger records it. Serialisable; holds no seed. */
export type ReleaseRecord = GeometricRelease | DiscreteGaussianRelease | ThresholdedRelease;
export type Mechanism = ReleaseRecord["mechanism"];

interface PlanOptions {
  readonly id: string;
  readonly at: string;
}

function base(table: CountTable, options: PlanOptions): ReleaseBase {
  if (options.id.trim() === "") throw invalidParameter("id", "a release needs a non-empty id");
  if (!ISO_INSTANT.test(options.at) || Number.isNaN(Date.parse(options.at))) {
    throw invalidParameter(
      "at",
      `must be an ISO 8601 instant such as 2026-01-31T12:00:00Z; got "${options.at}"`,
    );
  }
  const sensitivity = table.sensitivity;
  if (!sensitivity) {
    throw invalidParameter(
      "table",
      `"${table.id}" has no known sensitivity; build it with aggregate() so each person's contribution is bounded`,
    );
  }
  return {
    id: options.id,
    table: describeTable(table),
    sensitivity,
    contributionBound: sensitivity.l0,
    at: options.at,
  };
}

export const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export function describeTable(table: Pick<CountTable, "id" | "dimensions">): ReleasedTable {
  return {
    id: table.id,
    dimensions: table.dimensions.map((d) => ({ name: d.name, categories: d.categories.length })),
  };
}

/** Refuses ε ≤ 0, naming the parameter. */
export function parseEpsilon(epsilon: RationalInput, path = "epsilon"): Rational {
  return requirePositive(parseRational(epsilon, path), path);
}

/** Refuses δ outside (0, 1), naming the parameter. */
export function parseDelta(delta: RationalInput, path = "delta"): Rational {
  const d = parseRational(delta, path);
  if (d.num <= 0n || compare(d, ONE) >= 0) {
    throw invalidParameter(
      path,
      `must be strictly between 0 and 1 (a probability of failure); got ${formatRational(d)}`,
    );
  }
  return d;
}

/** Plans two-sided geometric noise for every cell at privacy loss ε (pure DP). */
export function planGeometric(
  table: CountTable,
  options: PlanOptions & { readonly epsilon: RationalInput },
): GeometricRelease {
  const epsilon = parseEpsilon(options.epsilon);
  return { ...base(table, options), mechanism: "geometric", epsilon: formatRational(epsilon) };
}

/**
 * Plans discrete Gaussian noise for every cell, given either σ² or the zCDP parameter ρ
 * (the other follows exactly: ρ = l2² / (2σ²)).
 */
export function planDiscreteGaussian(
  table: CountTable,
  options: PlanOptions & ({ readonly sigmaSquared: RationalInput } | { readonly rho: RationalInput }),
): DiscreteGaussianRelease {
  const common = base(table, options);
  const l2Squared = rational(BigInt(common.sensitivity.l2Squared));
  let sigmaSquared: Rational;
  let rho: Rational;
  if ("sigmaSquared" in options) {
    sigmaSquared = requirePositive(parseRational(options.sigmaSquared, "sigmaSquared"), "sigmaSquared");
    rho = div(l2Squared, mul(rational(2n), sigmaSquared));
  } else {
    rho = requirePositive(parseRational(options.rho, "rho"), "rho");
    sigmaSquared = div(l2Squared, mul(rational(2n), rho));
  }
  return {
    ...common,
    mechanism: "discrete-gaussian",
    sigmaSquared: formatRational(sigmaSquared),
    rho: formatRational(rho),
  };
}

/**
 * The publication threshold τ of the thresholded mechanism. Derivation (add/remove one
 * person; noise Lap_Z(l1/ε), q = e^(−ε/l1)): cells present in both neighbours are the
 * geometric mechanism, ε-DP. A person can create at most l0 cells, each with a true count of
 * at most linf, and one is published with probability P[Z ≥ τ − linf + 1] ≤ q^(τ − linf + 1).
 * Requiring l0·q^(τ − linf + 1) ≤ δ·e^(−ε) makes the whole release (ε, δ)-DP in both
 * directions (the e^(−ε) covers the direction in which the extra cells are absent), giving
 * τ = ⌈(l1/ε)·ln(l0/δ)⌉ + l1 + linf − 1, with ln taken as a certified upper bound.
 */
export function selectionThreshold(epsilon: Rational, delta: Rational, sensitivity: Sensitivity): number {
  const { l0, l1, linf } = sensitivity;
  const ln = lnBounds(div(rational(BigInt(l0)), delta)).upper;
  const tau = ceil(mul(div(rational(BigInt(l1)), epsilon), ln)) + BigInt(l1 + linf - 1);
  if (tau > BigInt(Number.MAX_SAFE_INTEGER))
    throw invalidParameter("epsilon", "is so small that the threshold overflows");
  return Number(tau);
}

/** Plans the thresholded mechanism: (ε, δ)-DP publication of the categories that occur. */
export function planThresholded(
  table: CountTable,
  options: PlanOptions & { readonly epsilon: RationalInput; readonly delta: RationalInput },
): ThresholdedRelease {
  const epsilon = parseEpsilon(options.epsilon);
  const delta = parseDelta(options.delta);
  const common = base(table, options);
  return {
    ...common,
    mechanism: "thresholded-geometric",
    epsilon: formatRational(epsilon),
    delta: formatRational(delta),
    threshold: selectionThreshold(epsilon, delta, common.sensitivity),
  };
}

/** A table with noise on every cell: exact signed integers, possibly negative. */
export interface NoisyTable {
  readonly id: string;
  readonly dimensions: readonly Dimension[];
  readonly values: readonly number[];
  readonly release: GeometricRelease | DiscreteGaussianRelease;
}

function checkMatches(table: CountTable, release: ReleaseRecord): void {
  const same =
    table.id === release.table.id &&
    table.dimensions.length === release.table.dimensions.length &&
    table.dimensions.every(
      (d, i) =>
        d.name === release.table.dimensions[i]?.name &&
        d.categories.length === release.table.dimensions[i].categories,
    );
  if (!same) {
    throw invalidParameter(
      "release.table",
      `was planned for table "${release.table.id}", not this "${table.id}"`,
    );
  }
  const s = table.sensitivity;
  const r = release.sensitivity;
  if (!s || s.l0 !== r.l0 || s.linf !== r.linf || s.l1 !== r.l1 || s.l2Squared !== r.l2Squared) {
    throw invalidParameter(
      "release.sensitivity",
      "does not match the table's; plan the release from this table",
    );
  }
}

function toSafeNumber(value: bigint): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < -BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError("noisy count beyond 2^53");
  }
  return Number(value);
}

/**
 * Adds the planned noise to every cell (zeros included: in a table over a known domain an
 * empty cell must be as noisy as a full one, or emptiness shows). Charge the release to the
 * ledger first; this function spends nothing by itself.
 */
export function applyNoise(
  table: CountTable,
  release: GeometricRelease | DiscreteGaussianRelease,
  random: RandomSource,
): NoisyTable {
  checkMatches(table, release);
  const values = new Array<number>(table.counts.length);
  if (release.mechanism === "geometric") {
    // Scale l1/ε = l1·den/num: discrete Laplace with s = num, t = l1·den.
    const epsilon = parseEpsilon(release.epsilon);
    const s = epsilon.num;
    const t = BigInt(release.sensitivity.l1) * epsilon.den;
    for (let i = 0; i < values.length; i++) {
      values[i] = toSafeNumber(BigInt(table.counts[i] ?? 0) + sampleDiscreteLaplace(random, s, t));
    }
  } else {
    const sigmaSquared = parseRational(release.sigmaSquared, "sigmaSquared");
    for (let i = 0; i < values.length; i++) {
      values[i] = toSafeNumber(BigInt(table.counts[i] ?? 0) + sampleDiscreteGaussian(random, sigmaSquared));
    }
  }
  return { id: table.id, dimensions: table.dimensions, values, release };
}

/**
 * The noisy table as counts, negatives set to 0 (post-processing: no privacy cost). Margins
 * taken from it are sums of noisy cells, consistent with the cells, at no extra cost. Its
 * sensitivity is null: it is already released and cannot be released with noise again.
 */
export function clampedCounts(noisy: NoisyTable): CountTable {
  return createCountTable(noisy.id, noisy.dimensions, { counts: noisy.values.map((v) => Math.max(0, v)) });
}

/** One published cell of a thresholded release. */
export interface SelectedCell {
  readonly cell: number;
  readonly categories: readonly string[];
  readonly value: number;
}

/** The outcome of a thresholded release: only the cells whose noisy count passed τ. */
export interface SelectedCells {
  readonly id: string;
  readonly dimensions: readonly Dimension[];
  readonly cells: readonly SelectedCell[];
  readonly release: ThresholdedRelease;
}

/**
 * Runs the thresholded mechanism: each non-empty cell gets Lap_Z(l1/ε) noise and is
 * published, noisy, only if that exceeds τ. Empty cells are never published, whatever the
 * noise would have said, which is what lets the domain stay unlisted.
 */
export function applyThresholded(
  table: CountTable,
  release: ThresholdedRelease,
  random: RandomSource,
): SelectedCells {
  checkMatches(table, release);
  const epsilon = parseEpsilon(release.epsilon);
  const s = epsilon.num;
  const t = BigInt(release.sensitivity.l1) * epsilon.den;
  const cells: SelectedCell[] = [];
  for (let cell = 0; cell < table.counts.length; cell++) {
    const count = table.counts[cell] ?? 0;
    if (count === 0) continue;
    const noisy = toSafeNumber(BigInt(count) + sampleDiscreteLaplace(random, s, t));
    if (noisy > release.threshold)
      cells.push({ cell, categories: cellCategories(table, cell), value: noisy });
  }
  return { id: table.id, dimensions: table.dimensions, cells, release };
}
