import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PrivacyError } from "../errors.ts";
import { lnBounds, isqrt, sqrtBounds } from "./bounds.ts";
import {
  add,
  ceil,
  compare,
  div,
  equals,
  floor,
  formatRational,
  mul,
  parseRational,
  rational,
  sub,
  toDecimalString,
} from "./rational.ts";

describe("parseRational", () => {
  it("reads decimals, exponents and fractions exactly", () => {
    expect(parseRational("0.1", "epsilon")).toEqual(rational(1n, 10n));
    expect(parseRational("1e-6", "delta")).toEqual(rational(1n, 1_000_000n));
    expect(parseRational("2.50E2", "x")).toEqual(rational(250n));
    expect(parseRational("-3/6", "x")).toEqual(rational(-1n, 2n));
    expect(parseRational(7, "x")).toEqual(rational(7n));
    expect(parseRational(9n, "x")).toEqual(rational(9n));
    expect(parseRational({ num: 4n, den: -8n }, "x")).toEqual(rational(-1n, 2n));
  });

  it("refuses a binary fraction and names the parameter", () => {
    expect(() => parseRational(0.1, "epsilon")).toThrow(/^epsilon: 0\.1 is not an exact integer/);
  });

  it("refuses text that is not a number, and a zero denominator", () => {
    for (const bad of ["", "abc", "1/0", "0x10", "1..2", "NaN", "1e99999"]) {
      expect(() => parseRational(bad, "sigmaSquared")).toThrow(PrivacyError);
    }
    try {
      parseRational("one", "delta");
    } catch (error) {
      expect(error).toBeInstanceOf(PrivacyError);
      expect((error as PrivacyError).issues).toEqual([
        { path: "delta", message: expect.stringContaining('"one"') as string },
      ]);
    }
  });

  it("round-trips through its canonical text", () => {
    fc.assert(
      fc.property(fc.bigInt(-(10n ** 30n), 10n ** 30n), fc.bigInt(1n, 10n ** 30n), (n, d) => {
        const r = rational(n, d);
        expect(parseRational(formatRational(r), "x")).toEqual(r);
      }),
    );
  });
});

describe("rational arithmetic", () => {
  it("is exact where floating point is not", () => {
    const tenth = parseRational("0.1", "a");
    const sum3 = add(add(tenth, tenth), tenth);
    expect(equals(sum3, parseRational("0.3", "b"))).toBe(true);
    expect(0.1 + 0.1 + 0.1 === 0.3).toBe(false);
  });

  it("adds, subtracts, multiplies, divides and compares", () => {
    const a = rational(1n, 3n);
    const b = rational(1n, 6n);
    expect(add(a, b)).toEqual(rational(1n, 2n));
    expect(sub(b, a)).toEqual(rational(-1n, 6n));
    expect(mul(a, b)).toEqual(rational(1n, 18n));
    expect(div(a, b)).toEqual(rational(2n));
    expect(compare(a, b)).toBe(1);
    expect(compare(b, a)).toBe(-1);
    expect(compare(a, rational(2n, 6n))).toBe(0);
  });

  it("floors and ceils towards the right infinity", () => {
    expect(floor(rational(7n, 2n))).toBe(3n);
    expect(floor(rational(-7n, 2n))).toBe(-4n);
    expect(ceil(rational(7n, 2n))).toBe(4n);
    expect(ceil(rational(-7n, 2n))).toBe(-3n);
    expect(ceil(rational(4n))).toBe(4n);
  });

  it("renders decimals for people", () => {
    expect(toDecimalString(rational(1n, 3n), 4)).toBe("0.3333");
    expect(toDecimalString(rational(-5n, 2n))).toBe("-2.5");
    expect(toDecimalString(rational(3n))).toBe("3");
  });
});

describe("certified bounds", () => {
  it("brackets ln x tightly", () => {
    for (const [n, d] of [
      [1n, 1n],
      [2n, 1n],
      [1n, 2n],
      [10n, 1n],
      [1_000_000n, 1n],
      [1n, 1_000_000_000n],
      [3n, 7n],
      [123456789n, 1000n],
    ] as const) {
      const { lower, upper } = lnBounds(rational(n, d));
      expect(compare(lower, upper)).toBeLessThanOrEqual(0);
      expect(compare(sub(upper, lower), rational(1n, 10n ** 40n))).toBe(-1);
      const approx = Math.log(Number(n) / Number(d));
      expect(Number(lower.num) / Number(lower.den)).toBeCloseTo(approx, 12);
      expect(Number(upper.num) / Number(upper.den)).toBeCloseTo(approx, 12);
    }
    expect(lnBounds(rational(1n))).toEqual({ lower: rational(0n), upper: rational(0n) });
  });

  it("brackets ln 2 on both sides of its known digits", () => {
    const { lower, upper } = lnBounds(rational(2n));
    const known = parseRational("0.69314718055994530941723212145817656807", "ln2");
    const slack = rational(1n, 10n ** 38n);
    expect(compare(lower, add(known, slack))).toBe(-1);
    expect(compare(upper, sub(known, slack))).toBe(1);
  });

  it("brackets square roots and is exact for perfect squares", () => {
    expect(isqrt(0n)).toBe(0n);
    expect(isqrt(99n)).toBe(9n);
    expect(isqrt(100n)).toBe(10n);
    expect(sqrtBounds(rational(9n, 4n))).toEqual({ lower: rational(3n, 2n), upper: rational(3n, 2n) });
    fc.assert(
      fc.property(fc.bigInt(0n, 10n ** 20n), fc.bigInt(1n, 10n ** 20n), (n, d) => {
        const x = rational(n, d);
        const { lower, upper } = sqrtBounds(x);
        expect(compare(mul(lower, lower), x)).toBeLessThanOrEqual(0);
        expect(compare(mul(upper, upper), x)).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});
