import { describe, expect, it } from "vitest";
import type { Condition } from "./catalogue.ts";
import { ILO_EC_2009 } from "./catalogues/ilo-ec-2009.ts";
import {
  alternativeHolds,
  describeCondition,
  describeDimensionRule,
  matchDimensionRule,
  satisfyingDimensions,
  type GradeCounts,
} from "./rules.ts";

const rule = ILO_EC_2009.rules.dimension;
const counts = (strong: number, medium: number, weak: number): GradeCounts => ({ strong, medium, weak });

describe("the published dimension rule", () => {
  it("is the four alternatives of the reference, in order", () => {
    expect(describeDimensionRule(rule)).toBe(
      "2 strong OR 1 strong + 1 medium or weak OR 3 medium OR 2 medium + 1 weak",
    );
  });

  // [strong, medium, weak] present → the alternative that matches first, or null.
  const table: [number, number, number, string | null][] = [
    [2, 0, 0, "2 strong"],
    [1, 1, 0, "1 strong + 1 medium or weak"],
    [1, 0, 1, "1 strong + 1 medium or weak"],
    [0, 3, 0, "3 medium"],
    [0, 2, 1, "2 medium + 1 weak"],
    // More than enough still matches, and the first alternative in order wins.
    [3, 3, 3, "2 strong"],
    [1, 3, 0, "1 strong + 1 medium or weak"],
    [0, 4, 2, "3 medium"],
    [0, 2, 5, "2 medium + 1 weak"],
    // Near misses: one indicator short of an alternative.
    [0, 0, 0, null],
    [1, 0, 0, null],
    [0, 2, 0, null],
    [0, 1, 1, null],
    [0, 1, 2, null],
    [0, 0, 3, null],
    [0, 0, 9, null],
  ];
  it.each(table)("%i strong, %i medium, %i weak → %s", (strong, medium, weak, expected) => {
    const matched = matchDimensionRule(rule, counts(strong, medium, weak));
    expect(matched === null ? null : describeDimensionRule({ anyOf: [matched] })).toBe(expected);
  });
});

describe("an alternative", () => {
  it("counts medium-or-weak only beyond the medium and weak it names", () => {
    const alternative = { medium: 2, mediumOrWeak: 1 };
    expect(alternativeHolds(alternative, counts(0, 2, 0))).toBe(false);
    expect(alternativeHolds(alternative, counts(0, 3, 0))).toBe(true);
    expect(alternativeHolds(alternative, counts(0, 2, 1))).toBe(true);
  });

  it("does not let a strong indicator stand in for a medium one", () => {
    expect(alternativeHolds({ medium: 3 }, counts(3, 0, 0))).toBe(false);
  });
});

describe("conditions", () => {
  const adult = ILO_EC_2009.rules.victim.adult;
  const child = ILO_EC_2009.rules.victim.child;

  it("read as the reference writes them", () => {
    expect(describeCondition(adult)).toBe(
      "(deceptive_recruitment OR coercive_recruitment OR vulnerability_recruitment) AND exploitative_conditions AND (coercion_at_destination OR vulnerability_at_destination)",
    );
    expect(describeCondition(child)).toBe(
      "(deceptive_recruitment OR coercive_recruitment OR vulnerability_recruitment) AND exploitative_conditions",
    );
  });

  it("parenthesise nested groups but not single members", () => {
    const condition: Condition = {
      any: [{ all: [{ dimension: "coercive_recruitment" }] }, { dimension: "exploitative_conditions" }],
    };
    expect(describeCondition(condition)).toBe("coercive_recruitment OR exploitative_conditions");
  });

  it("name the positive dimensions that satisfy them, every positive branch of an OR", () => {
    const positive = new Set([
      "deceptive_recruitment",
      "coercive_recruitment",
      "exploitative_conditions",
      "vulnerability_at_destination",
    ] as const);
    expect([...(satisfyingDimensions(adult, positive) ?? [])].sort()).toEqual([
      "coercive_recruitment",
      "deceptive_recruitment",
      "exploitative_conditions",
      "vulnerability_at_destination",
    ]);
  });

  it("do not hold when one member of an AND is missing", () => {
    const positive = new Set(["deceptive_recruitment", "exploitative_conditions"] as const);
    expect(satisfyingDimensions(adult, positive)).toBeNull();
    expect(satisfyingDimensions(child, positive)).not.toBeNull();
  });
});
