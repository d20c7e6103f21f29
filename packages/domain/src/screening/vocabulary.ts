/**
 * The fixed vocabulary of screening. Catalogues are data and may change between versions;
 * these names may not, because screenings, the API and the UI refer to them.
 */

/** The four ILO/EC indicator sets: adults or children × labour or sexual exploitation. */
export const INDICATOR_SETS = ["adult_labour", "adult_sexual", "child_labour", "child_sexual"] as const;
export type IndicatorSet = (typeof INDICATOR_SETS)[number];

/** The six ILO/EC dimensions, in the order they are asked and reported. */
export const DIMENSIONS = [
  "deceptive_recruitment",
  "coercive_recruitment",
  "vulnerability_recruitment",
  "exploitative_conditions",
  "coercion_at_destination",
  "vulnerability_at_destination",
] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** How strongly an indicator points to trafficking within a set. */
export const GRADES = ["strong", "medium", "weak"] as const;
export type Grade = (typeof GRADES)[number];

/** Who screens; a prompt may be worded differently for each. */
export const SCREENER_ROLES = [
  "police",
  "border_guard",
  "health",
  "social_work",
  "labour_inspection",
] as const;
export type ScreenerRole = (typeof SCREENER_ROLES)[number];

/** Languages every catalogue text must be given in: the web shell's languages. */
export const CATALOGUE_LANGUAGES = ["en", "fr", "de"] as const;
export type CatalogueLanguage = (typeof CATALOGUE_LANGUAGES)[number];

/**
 * One answer per indicator. `unknown` (asked, not known or not said) is never treated as
 * absent; `not_asked` (skipped) is never treated as present.
 */
export const ANSWERS = ["present", "absent", "unknown", "not_asked"] as const;
export type Answer = (typeof ANSWERS)[number];

/** Screening outcomes, from lowest to highest. */
export const OUTCOME_LEVELS = ["no_indication", "possible_victim", "presumed_victim"] as const;
export type OutcomeLevel = (typeof OUTCOME_LEVELS)[number];

/** Adults and children are judged by different cross-dimension conditions. */
export const PATHWAYS = ["adult", "child"] as const;
export type Pathway = (typeof PATHWAYS)[number];

/** The pathway an indicator set belongs to. */
export function pathwayOf(set: IndicatorSet): Pathway {
  switch (set) {
    case "adult_labour":
    case "adult_sexual":
      return "adult";
    case "child_labour":
    case "child_sexual":
      return "child";
  }
}

/** Orders outcome levels: negative when `a` is lower than `b`, 0 when equal, positive when higher. */
export function compareLevels(a: OutcomeLevel, b: OutcomeLevel): number {
  return OUTCOME_LEVELS.indexOf(a) - OUTCOME_LEVELS.indexOf(b);
}
