import { describe, expect, it } from "vitest";
import type { ScreeningAnswers } from "./answers.ts";
import { ILO_EC_2009 } from "./catalogues/ilo-ec-2009.ts";
import { decide } from "./decision.ts";
import type { Answer, Dimension, IndicatorSet } from "./vocabulary.ts";

const all = (value: Answer, ...ids: string[]): ScreeningAnswers =>
  Object.fromEntries(ids.map((id) => [id, value]));
const present = (...ids: string[]) => all("present", ...ids);

const dimension = (answers: ScreeningAnswers, which: Dimension, set: IndicatorSet = "adult_labour") => {
  const result = decide(ILO_EC_2009, set, answers).dimensions.find((d) => d.dimension === which);
  if (!result) throw new Error(which);
  return result;
};

// Positive dimensions built from real indicators (adult labour grades).
const DECEPTION = ["d1.nature_of_job", "d1.wages_earnings"]; // strong + medium
const EXPLOITATION = ["d4.excessive_working_hours", "d4.low_or_no_salary"]; // strong + medium
const COERCION = ["d5.confiscation_of_documents", "d5.debt_bondage"]; // 2 strong
const VULNERABILITY_HERE = ["d6.dependency_on_exploiters", "d6.economic_reasons", "d6.family_situation"]; // 3 medium

describe("the dimension rule on real indicators (coercion at destination, adult labour)", () => {
  it.each([
    [["d5.confiscation_of_documents", "d5.debt_bondage"], "2 strong"],
    [["d5.confiscation_of_documents", "d5.forced_to_lie"], "1 strong + 1 medium or weak"],
    [["d5.confiscation_of_documents", "d5.threat_to_inform_family_community"], "1 strong + 1 medium or weak"],
    [["d5.forced_to_lie", "d5.violence_on_family", "d5.withholding_of_wages"], "3 medium"],
    [
      ["d5.forced_to_lie", "d5.violence_on_family", "d5.threat_to_inform_family_community"],
      "2 medium + 1 weak",
    ],
  ])("%j → positive by %s", (ids, rule) => {
    expect(dimension(present(...ids), "coercion_at_destination")).toMatchObject({
      positive: true,
      ruleMatched: rule,
    });
  });

  it.each([
    [["d5.confiscation_of_documents"]],
    [["d5.forced_to_lie", "d5.violence_on_family"]],
    [["d5.forced_to_lie", "d5.threat_to_inform_family_community"]],
  ])("%j → not positive", (ids) => {
    expect(dimension(present(...ids), "coercion_at_destination")).toMatchObject({
      positive: false,
      ruleMatched: null,
    });
  });

  it("needs three weak ones beyond what one medium gives (recruitment by abuse of vulnerability)", () => {
    const weak = ["d3.cultural_religious_beliefs", "d3.general_context", "d3.difficulties_in_the_past"];
    expect(
      dimension(present("d3.economic_reasons", weak[0] ?? ""), "vulnerability_recruitment").positive,
    ).toBe(false);
    expect(dimension(present(...weak), "vulnerability_recruitment").positive).toBe(false);
    expect(
      dimension(present("d3.economic_reasons", "d3.family_situation", ...weak), "vulnerability_recruitment"),
    ).toMatchObject({ positive: true, ruleMatched: "2 medium + 1 weak" });
  });

  it("grades by the chosen set: threats of violence is strong for children", () => {
    const answers = present("d5.confiscation_of_documents", "d5.threats_of_violence");
    expect(dimension(answers, "coercion_at_destination").ruleMatched).toBe("1 strong + 1 medium or weak");
    expect(dimension(answers, "coercion_at_destination", "child_labour").ruleMatched).toBe("2 strong");
  });
});

describe("adult and child pathways", () => {
  const recruitmentAndExploitation = present(...DECEPTION, ...EXPLOITATION);

  it("presumes a child a victim on recruitment and exploitation, without means", () => {
    const decision = decide(ILO_EC_2009, "child_labour", recruitmentAndExploitation);
    expect(decision).toMatchObject({
      level: "presumed_victim",
      pathway: "child",
      rule: "(deceptive_recruitment OR coercive_recruitment OR vulnerability_recruitment) AND exploitative_conditions",
      deciding: [...DECEPTION, ...EXPLOITATION],
    });
    expect(decision.explanation).toContainEqual({
      code: "victim_condition_met",
      params: { pathway: "child", rule: decision.rule },
    });
  });

  it("does not presume an adult a victim on the same answers: the means are missing", () => {
    const decision = decide(ILO_EC_2009, "adult_labour", recruitmentAndExploitation);
    expect(decision).toMatchObject({ level: "possible_victim", pathway: "adult" });
    expect(decision.explanation).toContainEqual({
      code: "victim_condition_not_met",
      params: { pathway: "adult", rule: decision.rule },
    });
  });

  it.each([
    ["coercion at destination", COERCION],
    ["abuse of vulnerability at destination", VULNERABILITY_HERE],
  ])("presumes an adult a victim once %s is positive too", (_name, means) => {
    const decision = decide(ILO_EC_2009, "adult_sexual", present(...DECEPTION, ...EXPLOITATION, ...means));
    expect(decision.level).toBe("presumed_victim");
    expect(decision.deciding).toEqual([...DECEPTION, ...EXPLOITATION, ...means]);
  });

  it("uses the child pathway for both children's sets and the adult one for both adults' sets", () => {
    expect(decide(ILO_EC_2009, "child_sexual", {}).pathway).toBe("child");
    expect(decide(ILO_EC_2009, "adult_sexual", {}).pathway).toBe("adult");
  });
});

describe("levels", () => {
  it("finds no indication in an empty screening, and counts every question as not asked", () => {
    expect(decide(ILO_EC_2009, "adult_labour", {})).toMatchObject({
      level: "no_indication",
      deciding: [],
      unknownCount: 0,
      notAskedCount: 67,
    });
  });

  it("finds no indication when the present indicators make no dimension positive and none is strong", () => {
    const decision = decide(ILO_EC_2009, "adult_labour", present("d1.wages_earnings", "d3.economic_reasons"));
    expect(decision.level).toBe("no_indication");
    expect(decision.explanation).toContainEqual({ code: "no_indication", params: {} });
  });

  it("finds a possible victim on one strong indicator alone", () => {
    const decision = decide(ILO_EC_2009, "adult_labour", present("d2.violence_on_victims"));
    expect(decision).toMatchObject({ level: "possible_victim", deciding: ["d2.violence_on_victims"] });
    expect(decision.explanation).toContainEqual({
      code: "strong_indicator_present",
      params: { indicator: "d2.violence_on_victims", dimension: "coercive_recruitment" },
    });
  });

  it("finds a possible victim on one positive dimension", () => {
    const answers = present("d6.dependency_on_exploiters", "d6.economic_reasons", "d6.family_situation");
    expect(decide(ILO_EC_2009, "adult_labour", answers).level).toBe("possible_victim");
  });
});

describe("unknown answers", () => {
  const answers = { ...present(...DECEPTION, ...EXPLOITATION), ...all("unknown", ...COERCION) };

  it("are never taken as absent: a victim condition they could complete gives a possible victim", () => {
    const decision = decide(ILO_EC_2009, "adult_labour", answers);
    expect(decision.level).toBe("possible_victim");
    expect(decision.unknownCount).toBe(2);
    expect(decision.dimensions.find((d) => d.dimension === "coercion_at_destination")).toMatchObject({
      positive: false,
      couldBePositive: true,
      unknown: COERCION,
    });
    expect(decision.explanation).toContainEqual({
      code: "victim_condition_met_if_unknown_present",
      params: { pathway: "adult", rule: decision.rule, unknown: 2 },
    });
  });

  it("give a possible victim even when nothing is present", () => {
    const decision = decide(ILO_EC_2009, "child_labour", all("unknown", ...DECEPTION, ...EXPLOITATION));
    expect(decision).toMatchObject({ level: "possible_victim", deciding: [] });
  });

  it("count as not positive once answered absent", () => {
    const decision = decide(ILO_EC_2009, "adult_labour", { ...answers, ...all("absent", ...COERCION) });
    expect(decision.dimensions.find((d) => d.dimension === "coercion_at_destination")?.couldBePositive).toBe(
      false,
    );
    expect(decision.explanation.map((e) => e.code)).toContain("victim_condition_not_met");
  });
});

describe("not asked", () => {
  it("never counts as present, and is counted", () => {
    const decision = decide(
      ILO_EC_2009,
      "adult_labour",
      all("not_asked", ...DECEPTION, ...EXPLOITATION, ...COERCION),
    );
    expect(decision).toMatchObject({ level: "no_indication", notAskedCount: 67, unknownCount: 0 });
    expect(decision.dimensions.every((d) => !d.couldBePositive)).toBe(true);
  });
});

describe("the decision record", () => {
  const decision = decide(ILO_EC_2009, "adult_sexual", present(...DECEPTION, ...EXPLOITATION, ...COERCION));

  it("names the catalogue version it used", () => {
    expect(decision.catalogue).toEqual({ id: "ilo-ec-2009", version: "1.0.0" });
  });

  it("reports every dimension, in order, with its present indicators and grades", () => {
    expect(decision.dimensions.map((d) => d.dimension)).toEqual([
      "deceptive_recruitment",
      "coercive_recruitment",
      "vulnerability_recruitment",
      "exploitative_conditions",
      "coercion_at_destination",
      "vulnerability_at_destination",
    ]);
    expect(decision.dimensions[0]?.present).toEqual([
      { id: "d1.nature_of_job", grade: "strong" },
      { id: "d1.wages_earnings", grade: "medium" },
    ]);
  });

  it("says the result rests on unverified configuration", () => {
    expect(decision.verified).toBe(false);
    expect(decision.explanation).toContainEqual({ code: "rules_unverified", params: {} });
    expect(decision.explanation).toContainEqual({
      code: "set_grades_unverified",
      params: { set: "adult_sexual" },
    });
  });

  it("flags a present indicator whose grade is unverified", () => {
    const flagged = decide(ILO_EC_2009, "adult_labour", present("d3.difficulty_organising_travel"));
    expect(flagged.explanation).toContainEqual({
      code: "indicator_grade_unverified",
      params: { indicator: "d3.difficulty_organising_travel" },
    });
  });

  it("is verified when the rules, the set and the present grades are", () => {
    const catalogue = { ...ILO_EC_2009, rules: { ...ILO_EC_2009.rules, verified: true } };
    expect(decide(catalogue, "adult_labour", present(...DECEPTION)).verified).toBe(true);
    expect(decide(catalogue, "adult_labour", present("d3.difficulties_in_the_past")).verified).toBe(false);
  });

  it("lists the ILO forced-labour indicators the present answers evidence", () => {
    expect(decision.forcedLabour).toEqual([
      { id: "deception", indicatorIds: DECEPTION },
      { id: "retention_of_identity_documents", indicatorIds: ["d5.confiscation_of_documents"] },
      { id: "debt_bondage", indicatorIds: ["d5.debt_bondage"] },
      { id: "excessive_overtime", indicatorIds: ["d4.excessive_working_hours"] },
    ]);
  });

  it("ignores answers outside the set and values that are not answers", () => {
    // Unvalidated input, as a caller that skipped validateAnswers would pass it.
    const noisy: unknown = {
      ...present(...DECEPTION),
      "d4.no_social_protection": "present",
      "d9.made_up": "present",
      "d1.contract": "yes",
    };
    const child = decide(ILO_EC_2009, "child_labour", noisy as ScreeningAnswers);
    expect(child).toEqual(decide(ILO_EC_2009, "child_labour", present(...DECEPTION)));
  });
});
