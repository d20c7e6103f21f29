import { type Rational, rational } from "./rational.ts";

/**
 * Certified rational bounds on ln and √, for the few places where the accounting needs an
 * irrational number (the zCDP → (ε, δ) conversion, the selection threshold). Each function
 * returns a `lower ≤ true value ≤ upper` pair computed with integer arithmetic and directed
 * rounding, so an upper bound is never below the true value: accounting built on it stays
 * conservative, never optimistic.
 */
export interface Bounds {
  readonly lower: Rational;
  readonly upper: Rational;
}

/** Bits after the binary point of the fixed-point intermediates (≈ 48 decimal digits). */
const PRECISION = 160n;
const SCALE = 1n << PRECISION;

function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

const ceilDiv = (a: bigint, b: bigint): bigint => (a + b - 1n) / b;

/** ⌊√n⌋ for n ≥ 0, by Newton's iteration on integers. */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new RangeError("isqrt of a negative number");
  if (n < 2n) return n;
  let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** Bounds on √x for x ≥ 0, within 2^-160 relative to 1/den. */
export function sqrtBounds(x: Rational): Bounds {
  if (x.num < 0n) throw new RangeError("sqrt of a negative number");
  // √(p/q) = √(p·q)/q, scaled by 2^PRECISION before taking the integer root.
  const radicand = x.num * x.den * SCALE * SCALE;
  const root = isqrt(radicand);
  const den = x.den * SCALE;
  return { lower: rational(root, den), upper: rational(root * root === radicand ? root : root + 1n, den) };
}

/**
 * Bounds on 2·atanh(zn/zd) = ln((1+z)/(1−z)) for 0 ≤ z ≤ 1/3, in units of 2^-PRECISION,
 * from the series Σ z^(2n+1)/(2n+1): powers are carried rounded down for the lower bound and
 * up for the upper, and the upper bound adds the tail, at most z^(2N+1)/((2N+1)(1−z²)).
 */
function twoAtanhScaled(zn: bigint, zd: bigint): { lo: bigint; hi: bigint } {
  if (zn === 0n) return { lo: 0n, hi: 0n };
  const zn2 = zn * zn;
  const zd2 = zd * zd;
  let powLo = (zn * SCALE) / zd;
  let powHi = ceilDiv(zn * SCALE, zd);
  let lo = 0n;
  let hi = 0n;
  let n = 0n;
  while (powHi > 0n) {
    const odd = 2n * n + 1n;
    lo += powLo / odd;
    hi += ceilDiv(powHi, odd);
    powLo = (powLo * zn2) / zd2;
    powHi = ceilDiv(powHi * zn2, zd2);
    n += 1n;
    if (n > 200n) break;
  }
  // Tail from term n on; z² ≤ 1/9 so 1/(1 − z²) ≤ 9/8.
  hi += ceilDiv(powHi * 9n, 8n * (2n * n + 1n));
  return { lo: 2n * lo, hi: 2n * hi };
}

const LN2 = twoAtanhScaled(1n, 3n);

/** Bounds on ln x for x > 0. */
export function lnBounds(x: Rational): Bounds {
  if (x.num <= 0n) throw new RangeError("ln of a non-positive number");
  // x = 2^k · y with y in [1, 2); ln x = k·ln 2 + ln y, ln y = 2·atanh((y − 1)/(y + 1)).
  let k = bitLength(x.num) - bitLength(x.den);
  let yn = k >= 0 ? x.num : x.num << BigInt(-k);
  const yd = k >= 0 ? x.den << BigInt(k) : x.den;
  if (yn < yd) {
    yn <<= 1n;
    k -= 1;
  }
  const lnY = twoAtanhScaled(yn - yd, yn + yd);
  const K = BigInt(k);
  const lo = K >= 0n ? K * LN2.lo + lnY.lo : K * LN2.hi + lnY.lo;
  const hi = K >= 0n ? K * LN2.hi + lnY.hi : K * LN2.lo + lnY.hi;
  return { lower: rational(lo, SCALE), upper: rational(hi, SCALE) };
}
