import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  catalogueSchema,
  indicatorsFor,
  isGradeVerified,
  parseCatalogue,
  promptFor,
  type Catalogue,
  type Indicator,
} from "./catalogue.ts";
import { ILO_EC_2009 } from "./catalogues/ilo-ec-2009.ts";
import { HTCDS_VICTIM_FIELDS, HTCDS_VICTIM_PICKLISTS } from "./htcds-picklists.ts";
import { DIMENSIONS } from "./vocabulary.ts";

/** The shipped catalogue as plain JSON, the way an administrator would export and edit it. */
const exported = (): Record<string, unknown> & { indicators: Record<string, unknown>[] } =>
  JSON.parse(JSON.stringify(ILO_EC_2009)) as Record<string, unknown> & {
    indicators: Record<string, unknown>[];
  };

const issuesOf = (input: unknown) => {
  const result = parseCatalogue(input);
  return result.ok ? [] : result.issues;
};

describe("parseCatalogue", () => {
  it("accepts the shipped catalogue after a JSON round trip, unchanged", () => {
    const result = parseCatalogue(exported());
    expect(result.ok && result.value).toEqual(ILO_EC_2009);
  });

  it("refuses what is not a catalogue, naming the fields", () => {
    expect(issuesOf(null)).toEqual([{ path: "", message: expect.any(String) as string }]);
    expect(issuesOf({}).map((i) => i.path)).toEqual(
      expect.arrayContaining(["id", "version", "title", "indicators", "rules"]),
    );
  });

  it("refuses a duplicate indicator id, naming the second one", () => {
    const input = exported();
    input.indicators[5] = { ...input.indicators[5], id: input.indicators[0]?.id };
    expect(issuesOf(input)).toContainEqual({
      path: "indicators.5.id",
      message: 'duplicates the id "d1.nature_of_job" of indicators.0',
    });
  });

  it("refuses a forced-labour indicator that points at an unknown indicator", () => {
    const input = exported();
    input.forcedLabourIndicators = [
      {
        id: "debt_bondage",
        label: { en: "a", fr: "b", de: "c" },
        indicatorIds: ["d2.debt_bondage", "d9.nothing"],
      },
    ];
    expect(issuesOf(input)).toEqual([
      {
        path: "forcedLabourIndicators.0.indicatorIds.1",
        message: 'names the unknown indicator "d9.nothing"',
      },
    ]);
  });

  it("refuses a rule naming an unknown dimension, at its path", () => {
    const input = exported();
    input.rules = {
      ...ILO_EC_2009.rules,
      victim: { ...ILO_EC_2009.rules.victim, child: { all: [{ dimension: "exploitation" }] } },
    };
    const issues = issuesOf(input);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.path).toBe("rules.victim.child.all.0.dimension");
  });

  it("refuses a condition with two kinds at once, an empty group, and an empty condition", () => {
    const input = exported();
    input.rules = {
      ...ILO_EC_2009.rules,
      victim: {
        adult: { dimension: "coercive_recruitment", any: [] },
        child: { all: [{ any: [] }, {}] },
      },
    };
    expect(issuesOf(input)).toEqual([
      { path: "rules.victim.adult", message: "must have exactly one of dimension, all or any" },
      { path: "rules.victim.child.all.0.any", message: expect.stringContaining(">=1") as string },
      { path: "rules.victim.child.all.1", message: "must have exactly one of dimension, all or any" },
    ]);
  });

  it("can describe itself in JSON Schema, as input and as output", () => {
    expect(() => z.toJSONSchema(catalogueSchema, { io: "input" })).not.toThrow();
    expect(() => z.toJSONSchema(catalogueSchema, { io: "output" })).not.toThrow();
  });

  it("refuses a dimension rule alternative that requires nothing", () => {
    const input = exported();
    input.rules = { ...ILO_EC_2009.rules, dimension: { anyOf: [{ strong: 0 }] } };
    expect(issuesOf(input)).toEqual([
      { path: "rules.dimension.anyOf.0", message: "must require at least one indicator" },
    ]);
  });

  it("refuses an indicator graded in no set, or in an unknown set, or with an unknown grade", () => {
    const input = exported();
    input.indicators[0] = { ...input.indicators[0], grades: {} };
    input.indicators[1] = { ...input.indicators[1], grades: { adults: "strong" } };
    input.indicators[2] = { ...input.indicators[2], grades: { adult_labour: "very strong" } };
    const noSet = "must grade the indicator in at least one indicator set";
    expect(issuesOf(input)).toEqual([
      { path: "indicators.0.grades", message: noSet },
      { path: "indicators.1.grades", message: 'Unrecognized key: "adults"' },
      { path: "indicators.1.grades", message: noSet },
      { path: "indicators.2.grades.adult_labour", message: expect.stringContaining("strong") as string },
    ]);
  });

  it("refuses a missing translation, naming the language", () => {
    const input = exported();
    input.indicators[3] = { ...input.indicators[3], label: { en: "Deceived", fr: "Trompé" } };
    expect(issuesOf(input)).toEqual([{ path: "indicators.3.label.de", message: "is missing" }]);
  });

  it("refuses a role variant given in some languages only", () => {
    const indicator = ILO_EC_2009.indicators[0] as Indicator;
    const input = exported();
    input.indicators[0] = {
      ...indicator,
      prompt: { ...indicator.prompt, de: { default: indicator.prompt.de.default } },
    };
    expect(issuesOf(input)).toEqual([
      {
        path: "indicators.0.prompt.de.labour_inspection",
        message: "is missing: the labour_inspection variant is given in en, fr",
      },
    ]);
  });

  it("refuses an HTCDS value the picklist does not have", () => {
    const input = exported();
    input.indicators[0] = {
      ...input.indicators[0],
      htcds: [
        { field: "vic_MethodsOfControl", value: "RestrictsMovement" },
        { field: "vic_Vulnerabilities", value: "Poverty" },
      ],
    };
    expect(issuesOf(input).map((i) => i.path)).toEqual([
      "indicators.0.htcds.0.value",
      "indicators.0.htcds.1.field",
    ]);
  });

  it("refuses a set that no indicator belongs to", () => {
    const input = exported();
    input.indicators = input.indicators.map((indicator) => {
      const { child_sexual: _dropped, ...grades } = indicator.grades as Record<string, string>;
      return { ...indicator, grades };
    });
    expect(issuesOf(input)).toEqual([
      { path: "sets.child_sexual", message: "no indicator is graded for this set" },
    ]);
  });

  it("refuses unknown fields, so that a misspelt field is not silently ignored", () => {
    const input = exported();
    input.indicators[0] = { ...input.indicators[0], grade: "strong" };
    expect(issuesOf(input).map((i) => i.path)).toEqual(["indicators.0"]);
  });
});

describe("indicatorsFor", () => {
  it("orders by dimension, then catalogue order, whatever the catalogue's order", () => {
    const reversed: Catalogue = { ...ILO_EC_2009, indicators: [...ILO_EC_2009.indicators].reverse() };
    const ids = indicatorsFor(reversed, "adult_labour").map((i) => i.id);
    const dimensions = indicatorsFor(reversed, "adult_labour").map((i) => DIMENSIONS.indexOf(i.dimension));
    expect(dimensions).toEqual([...dimensions].sort((a, b) => a - b));
    expect(ids.slice(0, 2)).toEqual(["d1.access_to_education", "d1.marriage_or_adoption"]);
  });

  it("leaves out the indicators of other sets", () => {
    const ids = indicatorsFor(ILO_EC_2009, "child_labour").map((i) => i.id);
    expect(ids).not.toContain("d4.no_social_protection");
    expect(ids).not.toContain("d3.false_information_law_authorities");
  });
});

describe("promptFor", () => {
  const indicator = ILO_EC_2009.indicators.find((i) => i.id === "d4.excessive_working_hours") as Indicator;

  it("gives the role's variant when there is one, else the default", () => {
    expect(promptFor(indicator, "en", "labour_inspection")).toBe(indicator.prompt.en.labour_inspection);
    expect(promptFor(indicator, "de", "police")).toBe(indicator.prompt.de.default);
    expect(promptFor(indicator, "fr")).toBe(indicator.prompt.fr.default);
  });
});

describe("isGradeVerified", () => {
  const byId = (id: string) => ILO_EC_2009.indicators.find((i) => i.id === id) as Indicator;

  it("is false for an unverified indicator or an unverified set", () => {
    expect(isGradeVerified(ILO_EC_2009, byId("d1.nature_of_job"), "adult_labour")).toBe(true);
    expect(isGradeVerified(ILO_EC_2009, byId("d1.nature_of_job"), "adult_sexual")).toBe(false);
    expect(isGradeVerified(ILO_EC_2009, byId("d3.difficulties_in_the_past"), "adult_labour")).toBe(false);
  });
});

describe("HTCDS picklists", () => {
  it("list every picklist field once", () => {
    expect([...HTCDS_VICTIM_FIELDS].sort()).toEqual(Object.keys(HTCDS_VICTIM_PICKLISTS).sort());
  });
});
