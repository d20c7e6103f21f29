import {
  PRS_GENDER,
  PRS_HIGHEST_LEVEL_OF_EDUCATION,
  PRS_MARITAL_STATUS,
  VIC_EXPLOITATION_WEBSITES_AND_APPS,
  VIC_FORCED_LABOUR_INDUSTRY,
  VIC_METHOD_OF_RECRUITMENT,
  VIC_METHODS_OF_CONTROL,
  VIC_RECRUITMENT_WEBSITES_AND_APPS,
  VIC_RELATIONSHIP_TO_TRAFFICKER,
  VIC_TRAFFICKING_STATUS,
  VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG,
  VIC_TYPE_OF_EXPLOITATION,
  VIC_TYPE_OF_SEX_EXPLOITATION,
} from "../api/protect-vocabulary.ts";
import type { Case, CaseSearchRequest, Person } from "../api/types.ts";
import { pickAll, pickOne } from "../forms/picklist.ts";

/** The HTCDS person fields (no id, no version). */
export type PersonFields = Omit<Person, "id" | "version">;
/** The HTCDS victim-context fields of a case. */
export type VictimFields = NonNullable<Case["victim"]>;

/**
 * The person form's values, named as the HTCDS fields so that a server detail such as
 * `person.prs_Birthdate` lands next to its field. Empty text is "", an empty picker null.
 */
export interface PersonFormValues {
  prs_FirstName: string;
  prs_MiddleName: string;
  prs_SecondName: string;
  prs_Birthdate: string;
  prs_Gender: string | null;
  prs_Citizenship: string[];
  prs_PrimaryLanguage: string | null;
  prs_SecondaryLanguage: string | null;
  prs_IdentityNumber: string;
  prs_MaritalStatus: string | null;
  /** Mantine's NumberInput gives "" when empty. */
  prs_NumberOfChildren: number | string;
  prs_HighestLevelOfEducation: string | null;
  prs_Email: string;
  prs_MobilePhone: string;
  prs_HomePhone: string;
  prs_MailingStreet: string;
  prs_MailingPostalCode: string;
  prs_MailingCity: string;
  prs_MailingState: string;
  prs_MailingCountry: string | null;
}

/** The identity part of a person (shared by a referral as "identity"). */
export const IDENTITY_FIELDS = [
  "prs_FirstName",
  "prs_MiddleName",
  "prs_SecondName",
  "prs_Birthdate",
  "prs_Gender",
  "prs_Citizenship",
  "prs_PrimaryLanguage",
  "prs_SecondaryLanguage",
  "prs_IdentityNumber",
  "prs_MaritalStatus",
  "prs_NumberOfChildren",
  "prs_HighestLevelOfEducation",
] as const satisfies readonly (keyof PersonFormValues)[];

/** The contact part of a person (shared by a referral as "contact"). */
export const CONTACT_FIELDS = [
  "prs_Email",
  "prs_MobilePhone",
  "prs_HomePhone",
  "prs_MailingStreet",
  "prs_MailingPostalCode",
  "prs_MailingCity",
  "prs_MailingState",
  "prs_MailingCountry",
] as const satisfies readonly (keyof PersonFormValues)[];

export type PersonFieldKey = (typeof IDENTITY_FIELDS)[number] | (typeof CONTACT_FIELDS)[number];

export interface VictimFormValues {
  vic_TraffickingStatus: string | null;
  vic_TraffickingStatusDecisionMakingOrg: string | null;
  vic_RelationshipToTrafficker: string | null;
  vic_AgeWhenTrafficked: number | string;
  vic_TypeOfExploitation: string[];
  vic_ForcedLabourIndustry: string | null;
  vic_TypeOfSexExploitation: string[];
  vic_MethodOfRecruitment: string[];
  vic_MethodsOfControl: string[];
  vic_RecruitmentWebsitesAndApps: string[];
  vic_ExploitationWebsitesAndApps: string[];
}

export const VICTIM_FIELDS = [
  "vic_TraffickingStatus",
  "vic_TraffickingStatusDecisionMakingOrg",
  "vic_RelationshipToTrafficker",
  "vic_AgeWhenTrafficked",
  "vic_TypeOfExploitation",
  "vic_ForcedLabourIndustry",
  "vic_TypeOfSexExploitation",
  "vic_MethodOfRecruitment",
  "vic_MethodsOfControl",
  "vic_RecruitmentWebsitesAndApps",
  "vic_ExploitationWebsitesAndApps",
] as const satisfies readonly (keyof VictimFormValues)[];

/** Trimmed text, or null when nothing is left. */
export function text(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** A whole number from a NumberInput, or null when empty or not a number. */
export function wholeNumber(value: number | string): number | null {
  const parsed = typeof value === "number" ? value : value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? Math.trunc(parsed) : null;
}

/** A decimal number from a NumberInput, or null when empty or not a number. */
export function decimal(value: number | string): number | null {
  const parsed = typeof value === "number" ? value : value.trim() === "" ? Number.NaN : Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

const list = <V extends string>(values: readonly V[], chosen: readonly string[]): V[] | null => {
  const picked = pickAll(values, chosen);
  return picked.length === 0 ? null : picked;
};

export function toPersonFormValues(person?: Person | null): PersonFormValues {
  return {
    prs_FirstName: person?.prs_FirstName ?? "",
    prs_MiddleName: person?.prs_MiddleName ?? "",
    prs_SecondName: person?.prs_SecondName ?? "",
    prs_Birthdate: person?.prs_Birthdate ?? "",
    prs_Gender: person?.prs_Gender ?? null,
    prs_Citizenship: person?.prs_Citizenship ?? [],
    prs_PrimaryLanguage: person?.prs_PrimaryLanguage ?? null,
    prs_SecondaryLanguage: person?.prs_SecondaryLanguage ?? null,
    prs_IdentityNumber: person?.prs_IdentityNumber ?? "",
    prs_MaritalStatus: person?.prs_MaritalStatus ?? null,
    prs_NumberOfChildren: person?.prs_NumberOfChildren ?? "",
    prs_HighestLevelOfEducation: person?.prs_HighestLevelOfEducation ?? null,
    prs_Email: person?.prs_Email ?? "",
    prs_MobilePhone: person?.prs_MobilePhone ?? "",
    prs_HomePhone: person?.prs_HomePhone ?? "",
    prs_MailingStreet: person?.prs_MailingStreet ?? "",
    prs_MailingPostalCode: person?.prs_MailingPostalCode ?? "",
    prs_MailingCity: person?.prs_MailingCity ?? "",
    prs_MailingState: person?.prs_MailingState ?? "",
    prs_MailingCountry: person?.prs_MailingCountry ?? null,
  };
}

/** Every form field as the API represents it: null for empty. */
export function toPersonFields(values: PersonFormValues): Required<Pick<PersonFields, PersonFieldKey>> {
  return {
    prs_FirstName: text(values.prs_FirstName),
    prs_MiddleName: text(values.prs_MiddleName),
    prs_SecondName: text(values.prs_SecondName),
    prs_Birthdate: text(values.prs_Birthdate),
    prs_Gender: pickOne(PRS_GENDER, values.prs_Gender),
    prs_Citizenship: values.prs_Citizenship.length === 0 ? null : [...values.prs_Citizenship],
    prs_PrimaryLanguage: values.prs_PrimaryLanguage ?? null,
    prs_SecondaryLanguage: values.prs_SecondaryLanguage ?? null,
    prs_IdentityNumber: text(values.prs_IdentityNumber),
    prs_MaritalStatus: pickOne(PRS_MARITAL_STATUS, values.prs_MaritalStatus),
    prs_NumberOfChildren: wholeNumber(values.prs_NumberOfChildren),
    prs_HighestLevelOfEducation: pickOne(PRS_HIGHEST_LEVEL_OF_EDUCATION, values.prs_HighestLevelOfEducation),
    prs_Email: text(values.prs_Email),
    prs_MobilePhone: text(values.prs_MobilePhone),
    prs_HomePhone: text(values.prs_HomePhone),
    prs_MailingStreet: text(values.prs_MailingStreet),
    prs_MailingPostalCode: text(values.prs_MailingPostalCode),
    prs_MailingCity: text(values.prs_MailingCity),
    prs_MailingState: text(values.prs_MailingState),
    prs_MailingCountry: values.prs_MailingCountry ?? null,
  };
}

export function toVictimFormValues(victim?: VictimFields | null): VictimFormValues {
  return {
    vic_TraffickingStatus: victim?.vic_TraffickingStatus ?? null,
    vic_TraffickingStatusDecisionMakingOrg: victim?.vic_TraffickingStatusDecisionMakingOrg ?? null,
    vic_RelationshipToTrafficker: victim?.vic_RelationshipToTrafficker ?? null,
    vic_AgeWhenTrafficked: victim?.vic_AgeWhenTrafficked ?? "",
    vic_TypeOfExploitation: victim?.vic_TypeOfExploitation ?? [],
    vic_ForcedLabourIndustry: victim?.vic_ForcedLabourIndustry ?? null,
    vic_TypeOfSexExploitation: victim?.vic_TypeOfSexExploitation ?? [],
    vic_MethodOfRecruitment: victim?.vic_MethodOfRecruitment ?? [],
    vic_MethodsOfControl: victim?.vic_MethodsOfControl ?? [],
    vic_RecruitmentWebsitesAndApps: victim?.vic_RecruitmentWebsitesAndApps ?? [],
    vic_ExploitationWebsitesAndApps: victim?.vic_ExploitationWebsitesAndApps ?? [],
  };
}

export function toVictimFields(
  values: VictimFormValues,
): Required<Pick<VictimFields, keyof VictimFormValues>> {
  return {
    vic_TraffickingStatus: pickOne(VIC_TRAFFICKING_STATUS, values.vic_TraffickingStatus),
    vic_TraffickingStatusDecisionMakingOrg: pickOne(
      VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG,
      values.vic_TraffickingStatusDecisionMakingOrg,
    ),
    vic_RelationshipToTrafficker: pickOne(
      VIC_RELATIONSHIP_TO_TRAFFICKER,
      values.vic_RelationshipToTrafficker,
    ),
    vic_AgeWhenTrafficked: wholeNumber(values.vic_AgeWhenTrafficked),
    vic_TypeOfExploitation: list(VIC_TYPE_OF_EXPLOITATION, values.vic_TypeOfExploitation),
    vic_ForcedLabourIndustry: pickOne(VIC_FORCED_LABOUR_INDUSTRY, values.vic_ForcedLabourIndustry),
    vic_TypeOfSexExploitation: list(VIC_TYPE_OF_SEX_EXPLOITATION, values.vic_TypeOfSexExploitation),
    vic_MethodOfRecruitment: list(VIC_METHOD_OF_RECRUITMENT, values.vic_MethodOfRecruitment),
    vic_MethodsOfControl: list(VIC_METHODS_OF_CONTROL, values.vic_MethodsOfControl),
    vic_RecruitmentWebsitesAndApps: list(
      VIC_RECRUITMENT_WEBSITES_AND_APPS,
      values.vic_RecruitmentWebsitesAndApps,
    ),
    vic_ExploitationWebsitesAndApps: list(
      VIC_EXPLOITATION_WEBSITES_AND_APPS,
      values.vic_ExploitationWebsitesAndApps,
    ),
  };
}

/** Only the fields that hold something: what a create request sends. */
export function filled<T extends object>(fields: T): Partial<T> {
  const result: Partial<T> = {};
  for (const [key, value] of Object.entries(fields) as [keyof T, T[keyof T]][]) {
    if (value !== null && value !== undefined) result[key] = value;
  }
  return result;
}

function same(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((item, i) => item === b[i]);
  return (a ?? null) === (b ?? null);
}

/**
 * The fields among `keys` whose new value differs from the record's: what a PATCH sends, so
 * that an edit never touches a field it did not change (nor a part the reader cannot see).
 */
export function changedFields<T extends object, K extends keyof T>(
  next: T,
  current: Partial<Record<K, unknown>> | null | undefined,
  keys: readonly K[],
): Partial<Pick<T, K>> {
  const result: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    if (!same(next[key], current?.[key])) result[key] = next[key];
  }
  return result;
}

/**
 * What saving a record from a form of all its fields sends: every field for a new record,
 * for an existing one only those that changed (see `changedFields`).
 */
export function fieldsToSave<T extends object>(
  all: T,
  record: Partial<Record<keyof T, unknown>> | undefined,
): Partial<T> {
  return record === undefined ? all : changedFields(all, record, Object.keys(all) as (keyof T)[]);
}

/** The identifying fields a search before create matches on; empty when nothing is typed yet. */
export function toSearchRequest(values: PersonFormValues): CaseSearchRequest {
  const fields = toPersonFields(values);
  return filled({
    prs_FirstName: fields.prs_FirstName,
    prs_MiddleName: fields.prs_MiddleName,
    prs_SecondName: fields.prs_SecondName,
    prs_Birthdate: fields.prs_Birthdate,
    prs_MobilePhone: fields.prs_MobilePhone,
    prs_HomePhone: fields.prs_HomePhone,
    prs_IdentityNumber: fields.prs_IdentityNumber,
  });
}

/** A key that changes whenever what the search matches on changes (the search must then run again). */
export function searchKey(values: PersonFormValues): string {
  return JSON.stringify(toSearchRequest(values));
}
