import { z } from "zod";
import type { ErrorDetail, Result } from "../errors.ts";
import { plainText } from "../text.ts";
import { HTCDS_VICTIM_FIELDS, isHtcdsVictimField, isHtcdsVictimValue } from "./htcds-picklists.ts";
import {
  CATALOGUE_LANGUAGES,
  DIMENSIONS,
  GRADES,
  INDICATOR_SETS,
  SCREENER_ROLES,
  type CatalogueLanguage,
  type Dimension,
  type Grade,
  type IndicatorSet,
  type ScreenerRole,
} from "./vocabulary.ts";

/** A text in every catalogue language. */
export type LocalisedText = Readonly<Record<CatalogueLanguage, string>>;

/** An interviewer question: the default wording, and variants for roles it should differ for. */
export type RolePrompts = { readonly default: string } & Readonly<Partial<Record<ScreenerRole, string>>>;

/** A value of an HTCDS 2.0 `vic_` picklist, e.g. `{ field: "vic_MethodsOfControl", value: "DebtBondage" }`. */
export interface HtcdsMapping {
  readonly field: string;
  readonly value: string;
}

/** One operational indicator, graded per indicator set. */
export interface Indicator {
  /** Stable, e.g. `d1.nature_of_job`; never reused for another meaning in a later version. */
  readonly id: string;
  readonly dimension: Dimension;
  /** The grade in each set the indicator belongs to; a set that is not a key does not use it. */
  readonly grades: Readonly<Partial<Record<IndicatorSet, Grade>>>;
  /** False where the source marks this indicator's grade as unverified. */
  readonly verified: boolean;
  /** Short name. */
  readonly label: LocalisedText;
  /** Plain-language question for the interviewer, adapted per screener role where useful. */
  readonly prompt: Readonly<Record<CatalogueLanguage, RolePrompts>>;
  /** HTCDS picklist values the indicator corresponds to, possibly none. */
  readonly htcds: readonly HtcdsMapping[];
}

/**
 * One way a dimension becomes positive: at least this many PRESENT indicators of each grade, in
 * that set. `mediumOrWeak` counts medium or weak indicators beyond those counted by `medium`
 * and `weak`, so `{ medium: 2, mediumOrWeak: 1 }` needs three distinct indicators.
 */
export interface DimensionRuleAlternative {
  readonly strong?: number;
  readonly medium?: number;
  readonly weak?: number;
  readonly mediumOrWeak?: number;
}

/** A dimension is positive when any alternative holds. */
export interface DimensionRule {
  readonly anyOf: readonly DimensionRuleAlternative[];
}

/** A condition on positive dimensions. */
export type Condition =
  | { readonly dimension: Dimension }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] };

/** The decision rules, as data. */
export interface RuleSet {
  /** When one dimension is positive; the same for every set. */
  readonly dimension: DimensionRule;
  /** When the positive dimensions make a presumed victim, per pathway. */
  readonly victim: { readonly adult: Condition; readonly child: Condition };
  /** False when any part of the rules is unverified against its source. */
  readonly verified: boolean;
}

/** What a catalogue says about one indicator set as a whole. */
export interface IndicatorSetInfo {
  readonly label: LocalisedText;
  /** False when the source marks the set's grades as unverified. */
  readonly verified: boolean;
  /** HTCDS values the set itself corresponds to, e.g. the type of exploitation. */
  readonly htcds: readonly HtcdsMapping[];
}

/** An ILO (2012) forced-labour indicator and the operational indicators that evidence it. */
export interface ForcedLabourIndicator {
  readonly id: string;
  readonly label: LocalisedText;
  readonly indicatorIds: readonly string[];
}

/** A versioned indicator catalogue. Every screening records the `id` and `version` it used. */
export interface Catalogue {
  /** E.g. `ilo-ec-2009`. */
  readonly id: string;
  /** E.g. `1.0.0`. */
  readonly version: string;
  readonly title: LocalisedText;
  /** Citations of the sources the catalogue follows. */
  readonly sources: readonly string[];
  readonly sets: Readonly<Record<IndicatorSet, IndicatorSetInfo>>;
  readonly indicators: readonly Indicator[];
  readonly rules: RuleSet;
  readonly forcedLabourIndicators: readonly ForcedLabourIndicator[];
}

const text = (max: number) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? "is missing" : "must be text") })
    .pipe(plainText(max));

const localised = (max: number) => z.record(z.enum(CATALOGUE_LANGUAGES), text(max));

const ID = /^[a-z0-9]+(?:[._-][a-z0-9]+)*$/;
const identifier = z
  .string()
  .max(100)
  .regex(ID, "must be lower-case letters, digits and single . _ - between them, e.g. d1.nature_of_job");

const rolePrompts = z.strictObject({
  default: text(600),
  police: text(600).exactOptional(),
  border_guard: text(600).exactOptional(),
  health: text(600).exactOptional(),
  social_work: text(600).exactOptional(),
  labour_inspection: text(600).exactOptional(),
});

const htcdsMapping = z.strictObject({ field: z.string().max(100), value: z.string().max(100) });

const indicatorSchema = z.strictObject({
  id: identifier,
  dimension: z.enum(DIMENSIONS),
  grades: z
    .partialRecord(z.enum(INDICATOR_SETS), z.enum(GRADES))
    .refine((grades) => Object.keys(grades).length > 0, {
      error: "must grade the indicator in at least one indicator set",
    }),
  verified: z.boolean(),
  label: localised(200),
  prompt: z.record(z.enum(CATALOGUE_LANGUAGES), rolePrompts),
  htcds: z.array(htcdsMapping).max(20),
});

const count = z.int().min(0).max(100);
const alternativeSchema = z
  .strictObject({
    strong: count.exactOptional(),
    medium: count.exactOptional(),
    weak: count.exactOptional(),
    mediumOrWeak: count.exactOptional(),
  })
  .refine((a) => Object.values(a).some((n) => n > 0), { error: "must require at least one indicator" });

// A plain union keeps the schema representable in JSON Schema (OpenAPI); `issueDetails`
// makes its errors name the offending field.
const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ dimension: z.enum(DIMENSIONS) }),
    z.strictObject({ all: z.array(conditionSchema).min(1).max(20) }),
    z.strictObject({ any: z.array(conditionSchema).min(1).max(20) }),
  ]),
);

const setInfoSchema = z.strictObject({
  label: localised(200),
  verified: z.boolean(),
  htcds: z.array(htcdsMapping).max(20),
});

/** The shape of a catalogue; `parseCatalogue` adds the cross-reference checks. */
export const catalogueSchema = z
  .strictObject({
    id: identifier,
    version: z.string().regex(/^\d+\.\d+\.\d+$/, "must be a version such as 1.0.0"),
    title: localised(200),
    sources: z.array(text(500)).min(1).max(50),
    sets: z.record(z.enum(INDICATOR_SETS), setInfoSchema),
    indicators: z.array(indicatorSchema).min(1).max(1000),
    rules: z.strictObject({
      dimension: z.strictObject({ anyOf: z.array(alternativeSchema).min(1).max(20) }),
      victim: z.strictObject({ adult: conditionSchema, child: conditionSchema }),
      verified: z.boolean(),
    }),
    forcedLabourIndicators: z.array(
      z.strictObject({ id: identifier, label: localised(200), indicatorIds: z.array(identifier).max(200) }),
    ),
  })
  .meta({ id: "ScreeningCatalogue" });

// Fails to compile when the schema and the documented interfaces drift apart.
const typed: z.ZodType<Catalogue> = catalogueSchema;

/**
 * Parses an indicator catalogue (e.g. an administrator's revised version) and checks what
 * the shape cannot: unique indicator ids, every indicator in at least one set, every set with
 * at least one indicator, role variants given in every language, HTCDS values that exist,
 * and forced-labour indicators that point at existing indicators. Issues name the path.
 */
export function parseCatalogue(input: unknown): Result<Catalogue> {
  const parsed = typed.safeParse(input);
  if (!parsed.success) return { ok: false, issues: issueDetails(parsed.error.issues, []) };
  const issues = integrityIssues(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value: parsed.data };
}

/**
 * Zod issues as dotted paths. A failed union (a rule condition) reports the issues of the one
 * branch whose keys fit the input, so that a misspelt dimension is named at its field rather
 * than as "invalid input"; when no single branch fits, it says what a condition may be.
 */
function issueDetails(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[]): ErrorDetail[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code !== "invalid_union") return [{ path: path.map(String).join("."), message: issue.message }];
    const fitting = issue.errors.filter(
      (branch) => !branch.some((i) => i.code === "unrecognized_keys" && i.path.length === 0),
    );
    const [only] = fitting;
    return fitting.length === 1 && only !== undefined
      ? issueDetails(only, path)
      : [{ path: path.map(String).join("."), message: "must have exactly one of dimension, all or any" }];
  });
}

function integrityIssues(catalogue: Catalogue): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  const firstIndex = new Map<string, number>();

  catalogue.indicators.forEach((indicator, i) => {
    const at = `indicators.${i}`;
    const first = firstIndex.get(indicator.id);
    if (first === undefined) firstIndex.set(indicator.id, i);
    else
      issues.push({
        path: `${at}.id`,
        message: `duplicates the id "${indicator.id}" of indicators.${first}`,
      });

    if (Object.keys(indicator.grades).length === 0)
      issues.push({
        path: `${at}.grades`,
        message: "must grade the indicator in at least one indicator set",
      });

    for (const role of SCREENER_ROLES) {
      const given = CATALOGUE_LANGUAGES.filter((language) => indicator.prompt[language][role] !== undefined);
      if (given.length === 0 || given.length === CATALOGUE_LANGUAGES.length) continue;
      for (const language of CATALOGUE_LANGUAGES) {
        if (!given.includes(language))
          issues.push({
            path: `${at}.prompt.${language}.${role}`,
            message: `is missing: the ${role} variant is given in ${given.join(", ")}`,
          });
      }
    }
    issues.push(...htcdsIssues(indicator.htcds, `${at}.htcds`));
  });

  for (const set of INDICATOR_SETS) {
    if (!catalogue.indicators.some((indicator) => indicator.grades[set] !== undefined))
      issues.push({ path: `sets.${set}`, message: "no indicator is graded for this set" });
    issues.push(...htcdsIssues(catalogue.sets[set].htcds, `sets.${set}.htcds`));
  }

  const forcedIds = new Set<string>();
  catalogue.forcedLabourIndicators.forEach((forced, i) => {
    if (forcedIds.has(forced.id))
      issues.push({ path: `forcedLabourIndicators.${i}.id`, message: `duplicates the id "${forced.id}"` });
    forcedIds.add(forced.id);
    forced.indicatorIds.forEach((id, j) => {
      if (!firstIndex.has(id))
        issues.push({
          path: `forcedLabourIndicators.${i}.indicatorIds.${j}`,
          message: `names the unknown indicator "${id}"`,
        });
    });
  });
  return issues;
}

function htcdsIssues(mappings: readonly HtcdsMapping[], at: string): ErrorDetail[] {
  return mappings.flatMap(({ field, value }, k): ErrorDetail[] => {
    if (!isHtcdsVictimField(field))
      return [
        {
          path: `${at}.${k}.field`,
          message: `must be one of ${HTCDS_VICTIM_FIELDS.join(", ")}, not "${field}"`,
        },
      ];
    if (!isHtcdsVictimValue(field, value))
      return [
        { path: `${at}.${k}.value`, message: `"${value}" is not a value of the HTCDS picklist ${field}` },
      ];
    return [];
  });
}

/**
 * The indicators of one set, in the order they are asked: by dimension, then in catalogue order.
 */
export function indicatorsFor(catalogue: Catalogue, set: IndicatorSet): Indicator[] {
  return DIMENSIONS.flatMap((dimension) =>
    catalogue.indicators.filter(
      (indicator) => indicator.dimension === dimension && indicator.grades[set] !== undefined,
    ),
  );
}

/** The question to ask: the role's variant when there is one, else the default, in `language`. */
export function promptFor(indicator: Indicator, language: CatalogueLanguage, role?: ScreenerRole): string {
  const prompts = indicator.prompt[language];
  return (role === undefined ? undefined : prompts[role]) ?? prompts.default;
}

/**
 * Whether an indicator's grade in a set is verified: neither the indicator's grade nor the
 * set's grades as a whole are marked unverified.
 */
export function isGradeVerified(catalogue: Catalogue, indicator: Indicator, set: IndicatorSet): boolean {
  return indicator.verified && catalogue.sets[set].verified;
}
