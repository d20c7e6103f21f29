import { describe, expect, it } from "vitest";
import { compare, formatRational, parseRational, remaining } from "./rational.ts";

describe("privacy budget arithmetic", () => {
  it("reads whole numbers, decimals and fractions exactly", () => {
    expect(parseRational("4")).toEqual({ num: 4n, den: 1n });
    expect(parseRational("0.25")).toEqual({ num: 1n, den: 4n });
    expect(parseRational("2/26")).toEqual({ num: 1n, den: 13n });
    expect(parseRational("1.5/3")).toEqual({ num: 1n, den: 2n });
  });

  it("refuses what is not a non-negative number", () => {
    for (const text of ["", "abc", "-1", "1/0", "1e3", "0x10"]) expect(parseRational(text)).toBeNull();
  });

  it("computes what is left of a budget, never below zero", () => {
    expect(remaining("4", "1")).toEqual({ num: 3n, den: 1n });
    expect(remaining("4", "1/3")).toEqual({ num: 11n, den: 3n });
    expect(remaining("1", "2")).toEqual({ num: 0n, den: 1n });
    expect(remaining("4", "x")).toBeNull();
  });

  it("compares exactly", () => {
    const a = parseRational("1/3");
    const b = parseRational("0.333");
    expect(a && b && compare(a, b)).toBe(1);
  });

  it("prints short decimals as they are and other fractions with an approximation", () => {
    expect(formatRational({ num: 3n, den: 1n }, "en")).toBe("3");
    expect(formatRational({ num: 1n, den: 4n }, "en")).toBe("0.25");
    expect(formatRational({ num: 11n, den: 3n }, "en")).toBe("11/3 (≈ 3.667)");
    expect(formatRational({ num: 1n, den: 4n }, "fr")).toBe("0,25");
  });
});
