import {
  DIMENSIONS,
  INDICATOR_SETS,
  PATHWAYS,
  type Dimension,
  type ExplanationItem,
  type IndicatorSet,
  type Pathway,
} from "@ariadne/domain";
import type { TFunction } from "i18next";

/** Names the explanation needs from the catalogue, in the interface language. */
export interface CatalogueNames {
  indicator(id: string): string;
  set(set: IndicatorSet): string;
}

const isDimension = (value: unknown): value is Dimension => DIMENSIONS.some((d) => d === value);
const isPathway = (value: unknown): value is Pathway => PATHWAYS.some((p) => p === value);
const isSet = (value: unknown): value is IndicatorSet => INDICATOR_SETS.some((s) => s === value);

export function dimensionName(t: TFunction, dimension: string): string {
  return isDimension(dimension) ? t(`identify.dimensions.${dimension}`) : dimension;
}

export function pathwayName(t: TFunction, pathway: string): string {
  return isPathway(pathway) ? t(`identify.pathways.${pathway}`) : pathway;
}

/**
 * The cross-dimension rule in words, e.g. "(Deceptive recruitment or …) and Exploitative
 * conditions". The engine writes it with dimension ids and AND / OR; anything else is kept.
 */
export function victimRuleText(t: TFunction, rule: string): string {
  return rule
    .split(/( AND | OR )/)
    .map((part) => {
      if (part === " AND ") return ` ${t("identify.rule.and")} `;
      if (part === " OR ") return ` ${t("identify.rule.or")} `;
      return part.replace(/[a-z_]+/g, (word) => (isDimension(word) ? dimensionName(t, word) : word));
    })
    .join("");
}

const GRADE_PART = /^(\d+) (strong|medium|weak|medium or weak)$/;
const GRADE_KEYS = {
  strong: "strong",
  medium: "medium",
  weak: "weak",
  "medium or weak": "mediumOrWeak",
} as const;

/**
 * A dimension rule alternative in words, e.g. "1 strong + 1 medium or weak" → "1 strong
 * indicator + 1 medium or weak indicator". A form this version does not know is shown as it is.
 */
export function dimensionRuleText(t: TFunction, rule: string): string {
  const parts = rule.split(" + ").map((part) => GRADE_PART.exec(part));
  if (parts.some((match) => match === null)) return rule;
  return parts
    .map((match) => {
      const count = Number(match?.[1]);
      const grade = GRADE_KEYS[(match?.[2] ?? "strong") as keyof typeof GRADE_KEYS];
      return t(`identify.rule.grades.${grade}`, { count });
    })
    .join(" + ");
}

function text(params: ExplanationItem["params"], key: string): string {
  const value = params[key];
  return value === undefined ? "" : String(value);
}

function count(params: ExplanationItem["params"], key: string): number {
  const value = Number(params[key]);
  return Number.isFinite(value) ? value : 0;
}

/** One line of a decision's explanation, in the interface language. */
export function explanationText(t: TFunction, item: ExplanationItem, names: CatalogueNames): string {
  const p = item.params;
  const pathway = pathwayName(t, text(p, "pathway"));
  const set = text(p, "set");
  const setLabel = isSet(set) ? names.set(set) : set;
  switch (item.code) {
    case "pathway":
      return t("identify.explanation.pathway", { pathway, set: setLabel });
    case "dimension_positive":
      return t("identify.explanation.dimension_positive", {
        dimension: dimensionName(t, text(p, "dimension")),
        rule: dimensionRuleText(t, text(p, "rule")),
        count: count(p, "present"),
      });
    case "dimension_could_be_positive":
      return t("identify.explanation.dimension_could_be_positive", {
        dimension: dimensionName(t, text(p, "dimension")),
        count: count(p, "unknown"),
      });
    case "victim_condition_met":
      return t("identify.explanation.victim_condition_met", {
        pathway,
        rule: victimRuleText(t, text(p, "rule")),
      });
    case "victim_condition_met_if_unknown_present":
      return t("identify.explanation.victim_condition_met_if_unknown_present", {
        pathway,
        rule: victimRuleText(t, text(p, "rule")),
        count: count(p, "unknown"),
      });
    case "victim_condition_not_met":
      return t("identify.explanation.victim_condition_not_met", {
        pathway,
        rule: victimRuleText(t, text(p, "rule")),
      });
    case "strong_indicator_present":
      return t("identify.explanation.strong_indicator_present", {
        indicator: names.indicator(text(p, "indicator")),
        dimension: dimensionName(t, text(p, "dimension")),
      });
    case "no_indication":
      return t("identify.explanation.no_indication");
    case "answers_unknown":
      return t("identify.explanation.answers_unknown", { count: count(p, "count") });
    case "answers_not_asked":
      return t("identify.explanation.answers_not_asked", { count: count(p, "count") });
    case "rules_unverified":
      return t("identify.explanation.rules_unverified");
    case "set_grades_unverified":
      return t("identify.explanation.set_grades_unverified", { set: setLabel });
    case "indicator_grade_unverified":
      return t("identify.explanation.indicator_grade_unverified", {
        indicator: names.indicator(text(p, "indicator")),
      });
  }
}
