import { invalidParameter } from "../errors.ts";

/**
 * An exact rational number: `num / den` in lowest terms with `den > 0`. Every privacy
 * parameter (ε, δ, ρ, σ²) is one of these, so that composition and budget checks are exact
 * and no floating-point rounding ever decides whether a release fits the budget.
 */
export interface Rational {
  readonly num: bigint;
  readonly den: bigint;
}

/**
 * What callers may pass where a rational is expected: a decimal string (`"0.1"`, `"1e-6"`),
 * a fraction (`"1/3"`), a bigint, a safe integer, or a `Rational`. A non-integer `number` is
 * refused: `0.1` is a binary approximation, not one tenth.
 */
export type RationalInput = string | bigint | number | Rational;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?(?:[eE]([+-]?\d+))?$/;
const FRACTION = /^([+-]?\d+)\/(\d+)$/;
/** Bounds on written size, so that "1e999999999" cannot allocate a giant integer. */
const MAX_DIGITS = 400;
const MAX_EXPONENT = 400;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** `num / den` reduced to lowest terms; `den` must not be zero. */
export function rational(num: bigint, den: bigint = 1n): Rational {
  if (den === 0n) throw new RangeError("rational: zero denominator");
  const sign = den < 0n ? -1n : 1n;
  const g = gcd(num, den);
  return { num: (sign * num) / (g === 0n ? 1n : g), den: (sign * den) / (g === 0n ? 1n : g) };
}

export const ZERO: Rational = { num: 0n, den: 1n };
export const ONE: Rational = { num: 1n, den: 1n };

function isRational(value: unknown): value is Rational {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { num?: unknown }).num === "bigint" &&
    typeof (value as { den?: unknown }).den === "bigint"
  );
}

/**
 * Parses a rational parameter exactly. `path` names the parameter in the error when the input
 * is not a number written in one of the accepted forms.
 */
export function parseRational(input: RationalInput, path: string): Rational {
  if (typeof input === "bigint") return rational(input);
  if (typeof input === "number") {
    if (!Number.isSafeInteger(input)) {
      throw invalidParameter(
        path,
        `${String(input)} is not an exact integer; pass a decimal string such as "0.1" or a fraction such as "1/10"`,
      );
    }
    return rational(BigInt(input));
  }
  if (isRational(input)) {
    if (input.den === 0n) throw invalidParameter(path, "the denominator is zero");
    return rational(input.num, input.den);
  }
  if (typeof (input as unknown) !== "string") {
    throw invalidParameter(
      path,
      `must be a number written as text, such as "0.5" or "1/3"; got ${typeof input}`,
    );
  }
  const text = input.trim();
  if (text.length > MAX_DIGITS) throw invalidParameter(path, `more than ${MAX_DIGITS} characters`);
  const fraction = FRACTION.exec(text);
  if (fraction) {
    const den = BigInt(fraction[2] ?? "1");
    if (den === 0n) throw invalidParameter(path, `"${text}" has a zero denominator`);
    return rational(BigInt(fraction[1] ?? "0"), den);
  }
  const decimal = DECIMAL.exec(text);
  if (!decimal) {
    throw invalidParameter(
      path,
      `"${text}" is not a number; write a decimal such as "0.5" or "1e-6", or a fraction such as "1/3"`,
    );
  }
  const [, sign = "", whole = "0", fractional = "", exponentText = "0"] = decimal;
  const exponent = Number.parseInt(exponentText, 10) - fractional.length;
  if (Math.abs(exponent) > MAX_EXPONENT) {
    throw invalidParameter(path, `"${text}" has an exponent beyond ±${MAX_EXPONENT}`);
  }
  const digits = BigInt(`${sign}${whole}${fractional}`);
  return exponent >= 0
    ? rational(digits * 10n ** BigInt(exponent))
    : rational(digits, 10n ** BigInt(-exponent));
}

export const add = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den + b.num * a.den, a.den * b.den);
export const sub = (a: Rational, b: Rational): Rational =>
  rational(a.num * b.den - b.num * a.den, a.den * b.den);
export const mul = (a: Rational, b: Rational): Rational => rational(a.num * b.num, a.den * b.den);
export function div(a: Rational, b: Rational): Rational {
  if (b.num === 0n) throw new RangeError("rational: division by zero");
  return rational(a.num * b.den, a.den * b.num);
}
/** -1, 0 or 1 as `a` is below, equal to or above `b`. */
export function compare(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}
export const equals = (a: Rational, b: Rational): boolean => a.num === b.num && a.den === b.den;
export const isPositive = (a: Rational): boolean => a.num > 0n;
/** The sum of a list (zero for an empty list). */
export const sum = (values: Iterable<Rational>): Rational => {
  let total = ZERO;
  for (const v of values) total = add(total, v);
  return total;
};
/** ⌊a⌋ as a bigint (towards −∞). */
export function floor(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num < 0n && q * a.den !== a.num ? q - 1n : q;
}
/** ⌈a⌉ as a bigint (towards +∞). */
export function ceil(a: Rational): bigint {
  const q = a.num / a.den;
  return a.num > 0n && q * a.den !== a.num ? q + 1n : q;
}
/** Canonical text: `"3"`, `"-1/2"`; what the ledger stores and `parseRational` reads back. */
export const formatRational = (a: Rational): string => (a.den === 1n ? `${a.num}` : `${a.num}/${a.den}`);

/**
 * A decimal rendering for people (`"0.333333"`), rounded towards zero to `digits` places.
 * For display only: decisions use the exact value.
 */
export function toDecimalString(a: Rational, digits = 6): string {
  const negative = a.num < 0n;
  const abs = negative ? -a.num : a.num;
  const scaled = (abs * 10n ** BigInt(digits)) / a.den;
  const text = scaled.toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const frac = text.slice(text.length - digits).replace(/0+$/, "");
  return `${negative && scaled !== 0n ? "-" : ""}${whole}${frac ? `.${frac}` : ""}`;
}

/** Refuses unless `value > 0`, naming the parameter. */
export function requirePositive(value: Rational, path: string): Rational {
  if (value.num <= 0n) throw invalidParameter(path, `must be greater than 0; got ${formatRational(value)}`);
  return value;
}
