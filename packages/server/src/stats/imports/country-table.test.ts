import { describe, expect, it } from "vitest";
import { ISO_3166_ALPHA2 } from "../../htcds-exchange/country-codes.ts";
import {
  alpha2FromAlpha3,
  alpha2FromName,
  alpha2FromNumeric,
  COUNTRIES,
  countryName,
  nameKey,
} from "./country-table.ts";

describe("the country table", () => {
  it("has every officially assigned alpha-2 code once, plus Kosovo", () => {
    const codes = COUNTRIES.map((c) => c.alpha2);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((c) => c !== "XK").sort()).toEqual([...ISO_3166_ALPHA2].sort());
  });

  it("gives each a distinct alpha-3 and numeric code", () => {
    const alpha3 = COUNTRIES.map((c) => c.alpha3);
    expect(alpha3.every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
    expect(new Set(alpha3).size).toBe(250);
    const numeric = COUNTRIES.flatMap((c) => (c.numeric === null ? [] : [c.numeric]));
    expect(numeric.every((c) => /^\d{3}$/.test(c))).toBe(true);
    expect(new Set(numeric).size).toBe(249);
  });

  it("converts alpha-3 and numeric codes", () => {
    expect(alpha2FromAlpha3("GRC")).toBe("GR");
    expect(alpha2FromAlpha3("deu")).toBe("DE");
    expect(alpha2FromAlpha3("XKX")).toBe("XK");
    expect(alpha2FromAlpha3("ROM")).toBeUndefined();
    expect(alpha2FromNumeric("300")).toBe("GR");
    expect(alpha2FromNumeric("40")).toBe("AT");
  });

  it("reads English names in their UN, ISO and common spellings", () => {
    expect(alpha2FromName("United Kingdom of Great Britain and Northern Ireland")).toBe("GB");
    expect(alpha2FromName("Côte d’Ivoire")).toBe("CI");
    expect(alpha2FromName("cote d'ivoire")).toBe("CI");
    expect(alpha2FromName("Turkey")).toBe("TR");
    expect(alpha2FromName("Türkiye")).toBe("TR");
    expect(alpha2FromName("Iran (Islamic Republic of)")).toBe("IR");
    expect(alpha2FromName("Democratic Republic of the Congo")).toBe("CD");
    expect(alpha2FromName("Congo")).toBe("CG");
    expect(alpha2FromName("The Netherlands")).toBe("NL");
    expect(alpha2FromName("St. Kitts & Nevis")).toBe("KN");
    expect(alpha2FromName("Narnia")).toBeUndefined();
    expect(nameKey("  The  Gambia ")).toBe("gambia");
    expect(countryName("GR")).toBe("Greece");
  });
});
