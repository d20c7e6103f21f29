import { answerFor, type ScreeningAnswers } from "./answers.ts";
import { indicatorsFor, type Catalogue, type DimensionRule, type Indicator } from "./catalogue.ts";
import {
  conditionHolds,
  describeAlternative,
  describeCondition,
  matchDimensionRule,
  satisfyingDimensions,
} from "./rules.ts";
import {
  DIMENSIONS,
  pathwayOf,
  type Dimension,
  type Grade,
  type IndicatorSet,
  type OutcomeLevel,
  type Pathway,
} from "./vocabulary.ts";

/** What one dimension came to. */
export interface DimensionResult {
  readonly dimension: Dimension;
  /** The dimension rule holds on the present indicators. */
  readonly positive: boolean;
  /** The dimension rule would hold if every unknown answer in it were present. */
  readonly couldBePositive: boolean;
  readonly present: readonly { readonly id: string; readonly grade: Grade }[];
  readonly unknown: readonly string[];
  /** The alternative of the dimension rule that matched, e.g. `2 strong`; null when not positive. */
  readonly ruleMatched: string | null;
}

/**
 * Reasons the UI translates. Params: `pathway` {pathway, set}; `dimension_positive` {dimension,
 * rule, present}; `dimension_could_be_positive` {dimension, unknown}; `victim_condition_met`,
 * `victim_condition_not_met` {pathway, rule}; `victim_condition_met_if_unknown_present`
 * {pathway, rule, unknown}; `strong_indicator_present` {indicator, dimension}; `no_indication` {};
 * `answers_unknown`, `answers_not_asked` {count}; `rules_unverified` {}; `set_grades_unverified`
 * {set}; `indicator_grade_unverified` {indicator}.
 */
export const EXPLANATION_CODES = [
  "pathway",
  "dimension_positive",
  "dimension_could_be_positive",
  "victim_condition_met",
  "victim_condition_met_if_unknown_present",
  "victim_condition_not_met",
  "strong_indicator_present",
  "no_indication",
  "answers_unknown",
  "answers_not_asked",
  "rules_unverified",
  "set_grades_unverified",
  "indicator_grade_unverified",
] as const;
export type ExplanationCode = (typeof EXPLANATION_CODES)[number];

export interface ExplanationItem {
  readonly code: ExplanationCode;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The outcome of a screening, with everything needed to explain it. */
export interface ScreeningDecision {
  readonly level: OutcomeLevel;
  readonly pathway: Pathway;
  readonly set: IndicatorSet;
  /** One entry per dimension, in dimension order. */
  readonly dimensions: readonly DimensionResult[];
  /**
   * Present indicators behind the level: for a presumed victim, those of the dimensions that
   * satisfy the victim condition; for a possible victim, those of positive dimensions and any
   * strong one; none otherwise. In question order.
   */
  readonly deciding: readonly string[];
  /** Readable form of the pathway's victim condition, the rule that was applied. */
  readonly rule: string;
  readonly explanation: readonly ExplanationItem[];
  /** Indicators of the set answered `unknown`. */
  readonly unknownCount: number;
  /** Indicators of the set answered `not_asked` or not answered at all. */
  readonly notAskedCount: number;
  /** False when the rules, the set's grades or the grade of a present indicator are unverified. */
  readonly verified: boolean;
  /** ILO 2012 forced-labour indicators evidenced by present answers, with those answers. */
  readonly forcedLabour: readonly { readonly id: string; readonly indicatorIds: readonly string[] }[];
  readonly catalogue: { readonly id: string; readonly version: string };
}

/**
 * Decides a screening. Present answers count; `absent`, `not_asked` and missing answers never
 * do; `unknown` is never taken as absent. The level is `presumed_victim` when the pathway's
 * victim condition holds on the positive dimensions; `possible_victim` when it would hold if
 * every unknown were present, or any dimension is positive, or any strong indicator is
 * present; `no_indication` otherwise. Answers for ids outside the set are ignored: check them
 * first with `validateAnswers`. Pure and total.
 */
export function decide(
  catalogue: Catalogue,
  set: IndicatorSet,
  answers: ScreeningAnswers,
): ScreeningDecision {
  const pathway = pathwayOf(set);
  const condition = catalogue.rules.victim[pathway];
  const rule = describeCondition(condition);
  const indicators = indicatorsFor(catalogue, set);
  const dimensions = DIMENSIONS.map((dimension) =>
    dimensionResult(
      catalogue.rules.dimension,
      dimension,
      indicators.filter((i) => i.dimension === dimension),
      set,
      answers,
    ),
  );

  const positive = new Set(dimensions.filter((d) => d.positive).map((d) => d.dimension));
  const couldBePositive = new Set(dimensions.filter((d) => d.couldBePositive).map((d) => d.dimension));
  const decisive = satisfyingDimensions(condition, positive);
  const wouldHold = conditionHolds(condition, couldBePositive);
  const strong = dimensions.flatMap((d) =>
    d.present.filter((p) => p.grade === "strong").map((p) => ({ id: p.id, dimension: d.dimension })),
  );

  const level: OutcomeLevel =
    decisive !== null
      ? "presumed_victim"
      : wouldHold || positive.size > 0 || strong.length > 0
        ? "possible_victim"
        : "no_indication";

  const deciding = dimensions.flatMap((d) =>
    d.present
      .filter((p) =>
        decisive !== null
          ? decisive.has(d.dimension)
          : level === "possible_victim" && (d.positive || p.grade === "strong"),
      )
      .map((p) => p.id),
  );

  const unknownCount = dimensions.reduce((sum, d) => sum + d.unknown.length, 0);
  const notAskedCount = indicators.filter((i) => answerFor(answers, i.id) === "not_asked").length;
  const presentIds = new Set(dimensions.flatMap((d) => d.present.map((p) => p.id)));
  const unverifiedPresent = indicators.filter((i) => !i.verified && presentIds.has(i.id)).map((i) => i.id);

  const explanation: ExplanationItem[] = [
    { code: "pathway", params: { pathway, set } },
    ...dimensions.flatMap((d): ExplanationItem[] =>
      d.ruleMatched !== null
        ? [
            {
              code: "dimension_positive",
              params: { dimension: d.dimension, rule: d.ruleMatched, present: d.present.length },
            },
          ]
        : d.couldBePositive
          ? [
              {
                code: "dimension_could_be_positive",
                params: { dimension: d.dimension, unknown: d.unknown.length },
              },
            ]
          : [],
    ),
    level === "presumed_victim"
      ? { code: "victim_condition_met", params: { pathway, rule } }
      : wouldHold
        ? {
            code: "victim_condition_met_if_unknown_present",
            params: { pathway, rule, unknown: unknownCount },
          }
        : { code: "victim_condition_not_met", params: { pathway, rule } },
    ...(level === "possible_victim"
      ? strong.map((s): ExplanationItem => ({
          code: "strong_indicator_present",
          params: { indicator: s.id, dimension: s.dimension },
        }))
      : []),
  ];
  if (level === "no_indication") explanation.push({ code: "no_indication", params: {} });
  if (unknownCount > 0) explanation.push({ code: "answers_unknown", params: { count: unknownCount } });
  if (notAskedCount > 0) explanation.push({ code: "answers_not_asked", params: { count: notAskedCount } });
  if (!catalogue.rules.verified) explanation.push({ code: "rules_unverified", params: {} });
  if (!catalogue.sets[set].verified) explanation.push({ code: "set_grades_unverified", params: { set } });
  for (const id of unverifiedPresent)
    explanation.push({ code: "indicator_grade_unverified", params: { indicator: id } });

  return {
    level,
    pathway,
    set,
    dimensions,
    deciding,
    rule,
    explanation,
    unknownCount,
    notAskedCount,
    verified: catalogue.rules.verified && catalogue.sets[set].verified && unverifiedPresent.length === 0,
    forcedLabour: catalogue.forcedLabourIndicators
      .map((f) => ({ id: f.id, indicatorIds: f.indicatorIds.filter((id) => presentIds.has(id)) }))
      .filter((f) => f.indicatorIds.length > 0),
    catalogue: { id: catalogue.id, version: catalogue.version },
  };
}

/** Applies the dimension rule to one dimension's answers, and again with unknowns as present. */
function dimensionResult(
  rule: DimensionRule,
  dimension: Dimension,
  indicators: readonly Indicator[],
  set: IndicatorSet,
  answers: ScreeningAnswers,
): DimensionResult {
  const present: { id: string; grade: Grade }[] = [];
  const unknown: string[] = [];
  const counts = { strong: 0, medium: 0, weak: 0 };
  const ifUnknownPresent = { strong: 0, medium: 0, weak: 0 };
  for (const indicator of indicators) {
    const grade = indicator.grades[set];
    if (grade === undefined) continue;
    const answer = answerFor(answers, indicator.id);
    if (answer === "present") {
      present.push({ id: indicator.id, grade });
      counts[grade] += 1;
    }
    if (answer === "unknown") unknown.push(indicator.id);
    if (answer === "present" || answer === "unknown") ifUnknownPresent[grade] += 1;
  }
  const matched = matchDimensionRule(rule, counts);
  return {
    dimension,
    positive: matched !== null,
    couldBePositive: matched !== null || matchDimensionRule(rule, ifUnknownPresent) !== null,
    present,
    unknown,
    ruleMatched: matched === null ? null : describeAlternative(matched),
  };
}
