import { type Rational, floor } from "../numeric/rational.ts";
import { isqrt } from "../numeric/bounds.ts";
import { type RandomSource, bernoulliRational, uniformBigInt } from "../random/random-source.ts";

/**
 * Exact samplers of Canonne, Kamath and Steinke, "The Discrete Gaussian for Differential
 * Privacy" (NeurIPS 2020, arXiv:2004.00010), Algorithms 1–3. Every step is a comparison of
 * uniform integers: no floating-point number is ever computed, so the output distribution is
 * exactly the one the privacy proof assumes (floating-point Laplace noise is not: Mironov,
 * "On Significance of the Least Significant Bits for Differential Privacy", CCS 2012).
 */

/** True with probability exp(−n/d) for n/d ∈ [0, 1] (CKS Algorithm 1, first part). */
function bernoulliExpUnit(random: RandomSource, n: bigint, d: bigint): boolean {
  // K is the index of the first failure of Bernoulli(γ/K); P(K odd) = e^(−γ).
  let k = 1n;
  while (bernoulliRational(random, n, d * k)) k += 1n;
  return k % 2n === 1n;
}

/** True with probability exp(−γ) for a rational γ = n/d ≥ 0 (CKS Algorithm 1). */
export function bernoulliExp(random: RandomSource, n: bigint, d: bigint): boolean {
  if (n < 0n || d <= 0n) throw new RangeError("bernoulliExp needs γ = n/d ≥ 0");
  // e^(−γ) = (e^(−1))^⌊γ⌋ · e^(−(γ − ⌊γ⌋)).
  const whole = n / d;
  for (let i = 0n; i < whole; i++) {
    if (!bernoulliExpUnit(random, 1n, 1n)) return false;
  }
  return bernoulliExpUnit(random, n - whole * d, d);
}

/**
 * The discrete Laplace (two-sided geometric) distribution with scale t/s:
 * P[Z = z] = (1 − q)/(1 + q) · q^|z| with q = e^(−s/t), for integers s, t ≥ 1
 * (CKS Algorithm 2).
 */
export function sampleDiscreteLaplace(random: RandomSource, s: bigint, t: bigint): bigint {
  if (s < 1n || t < 1n) throw new RangeError("sampleDiscreteLaplace needs integers s, t ≥ 1");
  for (;;) {
    const u = uniformBigInt(random, t);
    if (!bernoulliExp(random, u, t)) continue;
    let v = 0n;
    while (bernoulliExpUnit(random, 1n, 1n)) v += 1n;
    // X = U + t·V is geometric with P ∝ e^(−x/t); Y = ⌊X/s⌋ with P ∝ e^(−y·s/t).
    const y = (u + t * v) / s;
    const negative = random.nextUint32() >>> 31 === 1;
    if (negative && y === 0n) continue;
    return negative ? -y : y;
  }
}

/**
 * The discrete Gaussian N_Z(0, σ²): P[Z = z] ∝ e^(−z²/(2σ²)) over the integers, for a
 * rational σ² > 0 (CKS Algorithm 3: discrete Laplace proposals with scale ⌊σ⌋ + 1, accepted
 * with probability exp(−(|Y| − σ²/t)²/(2σ²))).
 */
export function sampleDiscreteGaussian(random: RandomSource, sigmaSquared: Rational): bigint {
  const a = sigmaSquared.num;
  const b = sigmaSquared.den;
  if (a <= 0n) throw new RangeError("sampleDiscreteGaussian needs σ² > 0");
  // ⌊σ⌋ = ⌊√⌊σ²⌋⌋ for σ² ≥ 0.
  const t = isqrt(floor(sigmaSquared)) + 1n;
  for (;;) {
    const y = sampleDiscreteLaplace(random, 1n, t);
    const absY = y < 0n ? -y : y;
    // γ = (|y| − a/(b·t))² / (2a/b) = (|y|·b·t − a)² / (2·a·b·t²).
    const centred = absY * b * t - a;
    if (bernoulliExp(random, centred * centred, 2n * a * b * t * t)) return y;
  }
}
