/**
 * Counting the way Eurostat counts victims and suspects of trafficking in human beings
 * (data collection crim_thb_*: "registered victims" = identified and presumed victims, by
 * year of registration, sex, age, citizenship and form of exploitation; and suspected,
 * prosecuted and convicted traffickers). Definitions used here:
 *
 * - A registered victim is a person with a case whose HTCDS trafficking status is
 *   ActualVictimOfTrafficking (identified) or PossibleVictimOfTrafficking or not yet
 *   recorded (presumed). NotAVictimOfTrafficking is not counted.
 * - The year is the year the case was registered. A person with several cases in one year,
 *   at one or several organisations, counts once in that year (deduplicated by the
 *   blind-indexed identity: same name and birth date, or same identity number).
 * - Age is the age at registration; under 18 is a child. Unknown stays unknown, never adult.
 * - Citizenship is grouped as the reporting country, another EU Member State, or non-EU.
 * - A person can be counted under several forms of exploitation: the forms do not add up to
 *   the total (Eurostat publishes them the same way).
 * - "Zero" and "unknown" are different: a missing value is counted in the unknown category.
 */

export const SEXES = ["female", "male"] as const;
export type Sex = (typeof SEXES)[number];

export const AGE_GROUPS = ["child", "adult"] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];

/** Eurostat's age bands for victims. */
export const AGE_BANDS = ["0-11", "12-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65+"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const CITIZENSHIP_GROUPS = ["reporting", "other_eu", "non_eu"] as const;
export type CitizenshipGroup = (typeof CITIZENSHIP_GROUPS)[number];

/** Forms of exploitation, after the EU anti-trafficking Directive (2011/36/EU as amended 2024). */
export const STAT_FORMS = [
  "sexual",
  "labour",
  "criminal_activities",
  "begging",
  "organ_removal",
  "forced_marriage",
  "illegal_adoption",
  "surrogacy",
  "other",
] as const;
export type StatForm = (typeof STAT_FORMS)[number];

export const REGISTRATION_STATUSES = ["identified", "presumed"] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

export const TRAFFICKER_STAGES = ["suspected", "prosecuted", "convicted"] as const;
export type TraffickerStage = (typeof TRAFFICKER_STAGES)[number];

/** The 27 EU Member States (ISO 3166-1 alpha-2; Greece as GR, not Eurostat's EL). */
export const EU_MEMBER_STATES: ReadonlySet<string> = new Set(
  "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split(" "),
);

/** One registered victim in one year: the unit every victim table counts. */
export interface VictimObservation {
  /** Stable key of the person after deduplication; never shown, never exported. */
  readonly person: string;
  readonly year: number;
  readonly status: RegistrationStatus;
  readonly sex: Sex | null;
  /** Age in whole years at registration. */
  readonly age: number | null;
  /**
   * The age band when a source gives a band rather than an age (CTDC): then `age` only says
   * child or adult, and this is null unless the source's band lies inside one of ours.
   */
  readonly ageBand?: AgeBand | null;
  /** ISO 3166-1 alpha-2. */
  readonly citizenship: string | null;
  /** Empty when not recorded. */
  readonly forms: readonly StatForm[];
  /** Where the exploitation took place (ISO alpha-2), for maps and flows. */
  readonly countryOfExploitation: string | null;
}

/** One suspected, prosecuted or convicted trafficker in one year. */
export interface TraffickerObservation {
  readonly person: string;
  readonly year: number;
  readonly stage: TraffickerStage;
  readonly sex: Sex | null;
  readonly citizenship: string | null;
}

export function ageGroupOf(age: number | null): AgeGroup | null {
  return age === null ? null : age < 18 ? "child" : "adult";
}

export function ageBandOf(age: number | null): AgeBand | null {
  if (age === null || age < 0) return null;
  if (age < 12) return "0-11";
  if (age < 18) return "12-17";
  if (age < 25) return "18-24";
  if (age >= 65) return "65+";
  return AGE_BANDS[Math.floor((age - 25) / 10) + 3] ?? null;
}

export function citizenshipGroupOf(
  citizenship: string | null,
  reportingCountry: string,
): CitizenshipGroup | null {
  if (!citizenship) return null;
  if (citizenship === reportingCountry) return "reporting";
  return EU_MEMBER_STATES.has(citizenship) ? "other_eu" : "non_eu";
}

/** HTCDS vic_TypeOfExploitation → Eurostat's forms. */
const FROM_HTCDS: Readonly<Record<string, StatForm>> = {
  SexualExploitation: "sexual",
  ForcedLabour: "labour",
  ChildLabour: "labour",
  Servitude: "labour",
  ForcedBegging: "begging",
  OrganRemoval: "organ_removal",
  ForcedMarriage: "forced_marriage",
  ForcedAdoption: "illegal_adoption",
  Surrogacy: "surrogacy",
  ForcedMilitaryByNonStateActors: "other",
  Other: "other",
};

export function formsFromHtcds(values: readonly string[] | null): StatForm[] {
  return [...new Set((values ?? []).map((v) => FROM_HTCDS[v] ?? "other"))];
}

/** HTCDS prs_Gender → sex as Eurostat counts it; other genders are not forced into two boxes. */
const SEX_FROM_HTCDS: Readonly<Record<string, Sex>> = {
  Feminine: "female",
  TransgenderFeminine: "female",
  Masculine: "male",
  TransgenderMasculine: "male",
};

export function sexFromHtcds(gender: string | null): Sex | null {
  return gender === null ? null : (SEX_FROM_HTCDS[gender] ?? null);
}

export function statusFromHtcds(status: string | null): RegistrationStatus | null {
  if (status === "NotAVictimOfTrafficking") return null;
  return status === "ActualVictimOfTrafficking" ? "identified" : "presumed";
}
