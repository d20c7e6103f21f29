import { describe, expect, it } from "vitest";
import { indicatorsFor, parseCatalogue, type Indicator } from "../catalogue.ts";
import { CATALOGUE_LANGUAGES, DIMENSIONS, GRADES, INDICATOR_SETS, type IndicatorSet } from "../vocabulary.ts";
import { ILO_EC_2009 } from "./ilo-ec-2009.ts";

const byId = (id: string): Indicator => {
  const indicator = ILO_EC_2009.indicators.find((i) => i.id === id);
  if (!indicator) throw new Error(`no indicator ${id}`);
  return indicator;
};

const perDimension = (set: IndicatorSet) =>
  DIMENSIONS.map((d) => indicatorsFor(ILO_EC_2009, set).filter((i) => i.dimension === d).length);
const perGrade = (set: IndicatorSet) =>
  GRADES.map((g) => indicatorsFor(ILO_EC_2009, set).filter((i) => i.grades[set] === g).length);

describe("the shipped ILO/EC 2009 catalogue", () => {
  it("parses", () => {
    const result = parseCatalogue(ILO_EC_2009);
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  // The reference: "Adult labour set: 67 indicators (10/10/16/9/15/7). Child labour set: 65,
  // with no weak tier." The children's 65 are the adults' 67 less the two adults-only
  // indicators (false information about law and authorities; no social protection).
  it("has 67 adult labour indicators, 10/10/16/9/15/7 by dimension", () => {
    expect(indicatorsFor(ILO_EC_2009, "adult_labour")).toHaveLength(67);
    expect(perDimension("adult_labour")).toEqual([10, 10, 16, 9, 15, 7]);
  });

  it("has 65 child labour indicators, none of them weak", () => {
    expect(indicatorsFor(ILO_EC_2009, "child_labour")).toHaveLength(65);
    expect(perDimension("child_labour")).toEqual([10, 10, 15, 8, 15, 7]);
    expect(perGrade("child_labour")[2]).toBe(0);
  });

  it("uses the same indicators in the sexual sets as in the labour sets", () => {
    const ids = (set: IndicatorSet) => indicatorsFor(ILO_EC_2009, set).map((i) => i.id);
    expect(ids("adult_sexual")).toEqual(ids("adult_labour"));
    expect(ids("child_sexual")).toEqual(ids("child_labour"));
  });

  // [strong, medium, weak], derived by hand from the reference's lists.
  it.each([
    ["adult_labour", [7, 51, 9]],
    ["adult_sexual", [8, 50, 9]],
    ["child_labour", [15, 50, 0]],
    ["child_sexual", [16, 49, 0]],
  ] as const)("grades %s as %j strong/medium/weak", (set, expected) => {
    expect(perGrade(set)).toEqual(expected);
  });

  it("has no strong indicator in recruitment by abuse of vulnerability", () => {
    for (const set of INDICATOR_SETS)
      expect(
        indicatorsFor(ILO_EC_2009, set).filter(
          (i) => i.dimension === "vulnerability_recruitment" && i.grades[set] === "strong",
        ),
      ).toEqual([]);
  });

  it.each([
    // [id, adult labour, child labour] where the reference gives an adult → child change.
    ["d1.access_to_education", "weak", "strong"],
    ["d2.threats_of_violence", "medium", "strong"],
    ["d2.abduction_forced_marriage_adoption_sale", "medium", "strong"],
    ["d2.debt_bondage", "medium", "strong"],
    ["d3.cultural_religious_beliefs", "weak", "medium"],
    ["d3.general_context", "weak", "medium"],
    ["d4.no_access_to_education", "weak", "medium"],
    ["d5.threats_of_violence", "medium", "strong"],
    ["d5.forced_into_illicit_activities", "medium", "strong"],
    ["d5.forced_tasks_or_clients", "medium", "strong"],
    ["d5.under_strong_influence", "medium", "strong"],
    ["d5.threat_to_inform_family_community", "weak", "medium"],
    ["d6.difficulties_in_the_past", "weak", "medium"],
    ["d6.personal_characteristics", "weak", "medium"],
  ])("grades %s %s for adults and %s for children", (id, adult, child) => {
    expect(byId(id).grades.adult_labour).toBe(adult);
    expect(byId(id).grades.child_labour).toBe(child);
  });

  it("applies the reference's stated differences in the sexual sets", () => {
    expect(byId("d5.forced_tasks_or_clients").grades).toMatchObject({
      adult_sexual: "strong",
      child_sexual: "strong",
    });
    expect(byId("d4.hazardous_work").grades).toMatchObject({
      adult_labour: "medium",
      adult_sexual: "medium",
      child_labour: "medium",
      child_sexual: "strong",
    });
  });

  it("marks unverified exactly what the reference marks unverified", () => {
    expect(ILO_EC_2009.indicators.filter((i) => !i.verified).map((i) => i.id)).toEqual([
      "d3.difficulties_in_the_past",
      "d3.difficulty_organising_travel",
    ]);
    expect(INDICATOR_SETS.filter((set) => !ILO_EC_2009.sets[set].verified)).toEqual([
      "adult_sexual",
      "child_sexual",
    ]);
    expect(ILO_EC_2009.rules.verified).toBe(false);
  });

  it("keeps its indicator ids: stored screenings refer to them", () => {
    expect(ILO_EC_2009.indicators.map((i) => i.id)).toMatchInlineSnapshot(`
      [
        "d1.nature_of_job",
        "d1.conditions_of_work",
        "d1.contract",
        "d1.family_reunification",
        "d1.housing_and_living_conditions",
        "d1.legal_documentation",
        "d1.travel_and_recruitment_conditions",
        "d1.wages_earnings",
        "d1.marriage_or_adoption",
        "d1.access_to_education",
        "d2.violence_on_victims",
        "d2.threats_of_violence",
        "d2.abduction_forced_marriage_adoption_sale",
        "d2.debt_bondage",
        "d2.confiscation_of_documents",
        "d2.isolation_confinement_surveillance",
        "d2.threat_of_denunciation",
        "d2.threat_to_inform_family_community",
        "d2.violence_on_family",
        "d2.withholding_of_money",
        "d3.difficult_family_situation",
        "d3.illegal_status",
        "d3.lack_of_education_language",
        "d3.lack_of_information",
        "d3.control_by_exploiters",
        "d3.economic_reasons",
        "d3.false_information_successful_migration",
        "d3.family_situation",
        "d3.personal_situation",
        "d3.psychological_emotional_dependency",
        "d3.relationship_with_authorities",
        "d3.false_information_law_authorities",
        "d3.cultural_religious_beliefs",
        "d3.general_context",
        "d3.difficulties_in_the_past",
        "d3.difficulty_organising_travel",
        "d4.excessive_working_hours",
        "d4.bad_living_conditions",
        "d4.hazardous_work",
        "d4.low_or_no_salary",
        "d4.no_respect_of_labour_laws",
        "d4.very_bad_working_conditions",
        "d4.wage_manipulation",
        "d4.no_social_protection",
        "d4.no_access_to_education",
        "d5.confiscation_of_documents",
        "d5.debt_bondage",
        "d5.isolation_confinement_surveillance",
        "d5.violence_on_victims",
        "d5.threats_of_violence",
        "d5.forced_into_illicit_activities",
        "d5.forced_tasks_or_clients",
        "d5.under_strong_influence",
        "d5.forced_to_act_against_peers",
        "d5.forced_to_lie",
        "d5.threat_of_denunciation",
        "d5.threat_of_worse_working_conditions",
        "d5.violence_on_family",
        "d5.withholding_of_wages",
        "d5.threat_to_inform_family_community",
        "d6.dependency_on_exploiters",
        "d6.difficulty_living_in_unknown_area",
        "d6.economic_reasons",
        "d6.family_situation",
        "d6.relationship_with_authorities",
        "d6.difficulties_in_the_past",
        "d6.personal_characteristics",
      ]
    `);
  });

  it("names each indicator's dimension in its id", () => {
    for (const indicator of ILO_EC_2009.indicators)
      expect(indicator.id.startsWith(`d${String(DIMENSIONS.indexOf(indicator.dimension) + 1)}.`)).toBe(true);
  });

  it("asks every prompt as a question, in every language", () => {
    for (const indicator of ILO_EC_2009.indicators)
      for (const language of CATALOGUE_LANGUAGES)
        for (const prompt of Object.values(indicator.prompt[language]))
          expect(prompt, `${indicator.id} ${language}`).toMatch(/\?( [^?]+\.)?$/);
  });

  it("maps the 11 ILO 2012 forced-labour indicators", () => {
    expect(ILO_EC_2009.forcedLabourIndicators.map((f) => f.id)).toEqual([
      "abuse_of_vulnerability",
      "deception",
      "restriction_of_movement",
      "isolation",
      "physical_and_sexual_violence",
      "intimidation_and_threats",
      "retention_of_identity_documents",
      "withholding_of_wages",
      "debt_bondage",
      "abusive_working_and_living_conditions",
      "excessive_overtime",
    ]);
    for (const forced of ILO_EC_2009.forcedLabourIndicators)
      expect(forced.indicatorIds.length).toBeGreaterThan(0);
  });

  it("maps indicators to HTCDS methods of control where the picklist has the value", () => {
    expect(byId("d2.debt_bondage").htcds).toEqual([{ field: "vic_MethodsOfControl", value: "DebtBondage" }]);
    expect(byId("d5.confiscation_of_documents").htcds).toEqual([
      { field: "vic_MethodsOfControl", value: "WithholdsDocuments" },
    ]);
    // HTCDS 2.0 defines RestrictsMovement but its picklist does not offer it.
    expect(byId("d5.isolation_confinement_surveillance").htcds).toEqual([]);
  });
});
