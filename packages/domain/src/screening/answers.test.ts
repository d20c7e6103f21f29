import { describe, expect, it } from "vitest";
import { validateAnswers } from "./answers.ts";
import { parseCatalogue, type Catalogue } from "./catalogue.ts";
import { ILO_EC_2009 } from "./catalogues/ilo-ec-2009.ts";

/** The shipped catalogue plus an indicator that only the children's sets use. */
const withChildOnlyIndicator = (): Catalogue => {
  const result = parseCatalogue({
    ...ILO_EC_2009,
    indicators: [
      ...ILO_EC_2009.indicators,
      {
        id: "d4.child_only",
        dimension: "exploitative_conditions",
        grades: { child_labour: "medium", child_sexual: "medium" },
        verified: true,
        label: { en: "Child only", fr: "Enfant seulement", de: "Nur Kinder" },
        prompt: { en: { default: "Q?" }, fr: { default: "Q ?" }, de: { default: "F?" } },
        htcds: [],
      },
    ],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.value;
};

describe("validateAnswers", () => {
  it("accepts answers of the set, returning them in question order", () => {
    const result = validateAnswers(ILO_EC_2009, "adult_labour", {
      "d5.debt_bondage": "unknown",
      "d1.nature_of_job": "present",
      "d2.violence_on_victims": "not_asked",
      "d3.economic_reasons": "absent",
    });
    expect(result.ok && Object.entries(result.value)).toEqual([
      ["d1.nature_of_job", "present"],
      ["d2.violence_on_victims", "not_asked"],
      ["d3.economic_reasons", "absent"],
      ["d5.debt_bondage", "unknown"],
    ]);
  });

  it("accepts no answers at all: a screening may start empty", () => {
    expect(validateAnswers(ILO_EC_2009, "child_sexual", {})).toEqual({ ok: true, value: {} });
  });

  it("refuses an unknown indicator id, naming it", () => {
    expect(validateAnswers(ILO_EC_2009, "adult_labour", { "d9.made_up": "present" })).toEqual({
      ok: false,
      issues: [{ path: "answers.d9.made_up", message: "is not an indicator of catalogue ilo-ec-2009 1.0.0" }],
    });
  });

  it("refuses an adults-only indicator in a child screening", () => {
    expect(validateAnswers(ILO_EC_2009, "child_labour", { "d4.no_social_protection": "absent" })).toEqual({
      ok: false,
      issues: [
        {
          path: "answers.d4.no_social_protection",
          message: "belongs to the adult_labour, adult_sexual set(s), not to the child_labour screening",
        },
      ],
    });
  });

  it("refuses a child-only indicator in an adult screening", () => {
    const catalogue = withChildOnlyIndicator();
    expect(validateAnswers(catalogue, "child_labour", { "d4.child_only": "present" }).ok).toBe(true);
    expect(validateAnswers(catalogue, "adult_sexual", { "d4.child_only": "present" })).toEqual({
      ok: false,
      issues: [
        {
          path: "answers.d4.child_only",
          message: "belongs to the child_labour, child_sexual set(s), not to the adult_sexual screening",
        },
      ],
    });
  });

  it("refuses a value outside present, absent, unknown, not_asked, naming the indicator", () => {
    const result = validateAnswers(ILO_EC_2009, "adult_labour", {
      "d1.nature_of_job": "yes",
      "d1.contract": null,
      "d1.wages_earnings": "present",
    });
    expect(result).toEqual({
      ok: false,
      issues: [
        { path: "answers.d1.nature_of_job", message: "must be one of present, absent, unknown, not_asked" },
        { path: "answers.d1.contract", message: "must be one of present, absent, unknown, not_asked" },
      ],
    });
  });

  it("refuses inherited names and what is not an object", () => {
    expect(validateAnswers(ILO_EC_2009, "adult_labour", JSON.parse('{"__proto__":"present"}')).ok).toBe(
      false,
    );
    expect(validateAnswers(ILO_EC_2009, "adult_labour", { constructor: "present" }).ok).toBe(false);
    for (const input of [null, [], "present", 3])
      expect(validateAnswers(ILO_EC_2009, "adult_labour", input)).toEqual({
        ok: false,
        issues: [{ path: "answers", message: "must be an object of answers by indicator id" }],
      });
  });
});
