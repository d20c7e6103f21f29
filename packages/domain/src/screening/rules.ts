import type { Condition, DimensionRule, DimensionRuleAlternative } from "./catalogue.ts";
import type { Dimension } from "./vocabulary.ts";

/** How many indicators of each grade count in one dimension. */
export interface GradeCounts {
  readonly strong: number;
  readonly medium: number;
  readonly weak: number;
}

/** Whether the counts meet one alternative of a dimension rule. */
export function alternativeHolds(alternative: DimensionRuleAlternative, counts: GradeCounts): boolean {
  const strong = alternative.strong ?? 0;
  const medium = alternative.medium ?? 0;
  const weak = alternative.weak ?? 0;
  const mediumOrWeak = alternative.mediumOrWeak ?? 0;
  return (
    counts.strong >= strong &&
    counts.medium >= medium &&
    counts.weak >= weak &&
    counts.medium - medium + (counts.weak - weak) >= mediumOrWeak
  );
}

/** The first alternative of the rule the counts meet, or null when the dimension is not positive. */
export function matchDimensionRule(
  rule: DimensionRule,
  counts: GradeCounts,
): DimensionRuleAlternative | null {
  return rule.anyOf.find((alternative) => alternativeHolds(alternative, counts)) ?? null;
}

/** A readable form of an alternative, e.g. `1 strong + 1 medium or weak`. */
export function describeAlternative(alternative: DimensionRuleAlternative): string {
  const parts: [number | undefined, string][] = [
    [alternative.strong, "strong"],
    [alternative.medium, "medium"],
    [alternative.weak, "weak"],
    [alternative.mediumOrWeak, "medium or weak"],
  ];
  return parts
    .filter(([n]) => n !== undefined && n > 0)
    .map(([n, grade]) => `${String(n)} ${grade}`)
    .join(" + ");
}

/** A readable form of the whole dimension rule, e.g. `2 strong OR 3 medium`. */
export function describeDimensionRule(rule: DimensionRule): string {
  return rule.anyOf.map(describeAlternative).join(" OR ");
}

/** Whether a condition holds when exactly the `positive` dimensions are positive. */
export function conditionHolds(condition: Condition, positive: ReadonlySet<Dimension>): boolean {
  return satisfyingDimensions(condition, positive) !== null;
}

/**
 * The positive dimensions that make a condition hold (every positive branch of an `any`), or
 * null when it does not hold.
 */
export function satisfyingDimensions(
  condition: Condition,
  positive: ReadonlySet<Dimension>,
): Set<Dimension> | null {
  if ("dimension" in condition)
    return positive.has(condition.dimension) ? new Set([condition.dimension]) : null;
  const branches = ("all" in condition ? condition.all : condition.any).map((c) =>
    satisfyingDimensions(c, positive),
  );
  const holding = branches.filter((b): b is Set<Dimension> => b !== null);
  const holds = "all" in condition ? holding.length === branches.length : holding.length > 0;
  return holds ? new Set(holding.flatMap((b) => [...b])) : null;
}

/**
 * A readable form of a condition, e.g. `(deceptive_recruitment OR coercive_recruitment) AND
 * exploitative_conditions`. Nested groups of more than one member are parenthesised.
 */
export function describeCondition(condition: Condition): string {
  if ("dimension" in condition) return condition.dimension;
  const members = "all" in condition ? condition.all : condition.any;
  const operator = "all" in condition ? " AND " : " OR ";
  return members
    .map((member) => {
      const described = describeCondition(member);
      return "dimension" in member || ("all" in member ? member.all : member.any).length === 1
        ? described
        : `(${described})`;
    })
    .join(operator);
}
