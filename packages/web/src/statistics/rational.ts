/**
 * Privacy budgets are exact rationals on the server ("4", "1/13", "0.5"). The remaining budget
 * is shown from the dataset's budget and spend, computed exactly here too.
 */
export interface Rational {
  num: bigint;
  den: bigint;
}

function gcd(a: bigint, b: bigint): bigint {
  let [x, y] = [a < 0n ? -a : a, b < 0n ? -b : b];
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function reduce(num: bigint, den: bigint): Rational {
  const sign = den < 0n ? -1n : 1n;
  const divisor = gcd(num, den);
  return { num: (sign * num) / divisor, den: (sign * den) / divisor };
}

/** "3", "0.25", "1/13", "2.5/3"; null when it is not such a number (or divides by zero). */
export function parseRational(text: string): Rational | null {
  const match = /^\s*(\d+)(?:\.(\d+))?(?:\/(\d+))?\s*$/.exec(text);
  if (match === null) return null;
  const [, whole = "0", fraction = "", divisor] = match;
  const scale = 10n ** BigInt(fraction.length);
  const den = scale * (divisor === undefined ? 1n : BigInt(divisor));
  if (den === 0n) return null;
  return reduce(BigInt(whole) * scale + BigInt(fraction === "" ? "0" : fraction), den);
}

export function subtract(a: Rational, b: Rational): Rational {
  return reduce(a.num * b.den - b.num * a.den, a.den * b.den);
}

export function compare(a: Rational, b: Rational): number {
  const difference = a.num * b.den - b.num * a.den;
  return difference === 0n ? 0 : difference < 0n ? -1 : 1;
}

export function toNumber(value: Rational): number {
  return Number(value.num) / Number(value.den);
}

/** Exact when the decimal is short ("3", "0.25"); otherwise the fraction with an approximation. */
export function formatRational(value: Rational, language: string): string {
  const decimal = new Intl.NumberFormat(language, { maximumFractionDigits: 3 }).format(toNumber(value));
  if (value.den === 1n) return decimal;
  let den = value.den;
  for (const factor of [2n, 5n]) while (den % factor === 0n) den /= factor;
  const terminating = den === 1n && value.den <= 1000n;
  return terminating ? decimal : `${value.num.toString()}/${value.den.toString()} (≈ ${decimal})`;
}

/** What is left of a budget after a spend, never below zero; null when either does not parse. */
export function remaining(budget: string, spent: string): Rational | null {
  const total = parseRational(budget);
  const used = parseRational(spent);
  if (total === null || used === null) return null;
  const left = subtract(total, used);
  return left.num < 0n ? { num: 0n, den: 1n } : left;
}
