import { z } from "zod";
import { plainText } from "../text.ts";
import {
  CAS_REASON_FOR_INCOMING_REFERRAL,
  CAS_REASON_FOR_OUTGOING_REFERRAL,
  CAS_STATUS,
  HTE_TYPE,
  PER_ROLE_IN_PROCESS,
  PRS_GENDER,
  PRS_HIGHEST_LEVEL_OF_EDUCATION,
  PRS_MARITAL_STATUS,
  SPL_TYPE,
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
  type HtcdsFieldKey,
} from "./fields.ts";

// HTCDS marks fields "core" (they appear in IOM's spreadsheet template), never "required",
// so every HTCDS field is optional and nullable; only our ids are required.
const optional = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

/** Our record id. Not an HTCDS field, so named outside the HTCDS prefixes. */
const id = z.uuid();
/** Salesforce's Text limit, which HTCDS inherits. */
const text = () => plainText(255);
/** Free-text narrative; the limit keeps one field from growing without bound. */
const narrative = () => plainText(32_000, { multiline: true });
const isoDate = () => z.iso.date().describe("ISO 8601 calendar date, YYYY-MM-DD");
const phone = () =>
  z
    .string()
    .trim()
    .regex(/^\+?[0-9 ()./-]{4,30}$/, "must be a telephone number such as +40 21 123 4567")
    .describe("E.164 preferred: + country code subscriber number");
const countryCode = () =>
  z
    .string()
    .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code such as RO")
    .describe("ISO 3166-1 alpha-2 country code");
const languageCode = () =>
  z
    .string()
    .regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code such as ron or ro")
    .describe("ISO 639-2 language code (ISO 639-1 two-letter codes accepted)");
const latitude = () => z.number().min(-90).max(90);
const longitude = () => z.number().min(-180).max(180);
/** A multi-select picklist: each value at most once. */
const multiSelect = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).refine((chosen) => new Set(chosen).size === chosen.length, {
    error: "must not repeat a value",
  });

/** HTCDS `prs_`: a person (victim, perpetrator, case worker or other connected person). */
export const personRecord = z.strictObject({
  id,
  prs_Salutation: optional(text()),
  prs_FirstName: optional(text()),
  prs_MiddleName: optional(text()),
  prs_SecondName: optional(text()),
  prs_Birthdate: optional(isoDate()),
  prs_Gender: optional(z.enum(PRS_GENDER)),
  prs_Deceased: optional(z.boolean()),
  prs_MaritalStatus: optional(z.enum(PRS_MARITAL_STATUS)),
  prs_NumberOfChildren: optional(z.int().min(0).max(50)),
  prs_PrimaryLanguage: optional(languageCode()),
  prs_SecondaryLanguage: optional(languageCode()),
  prs_HighestLevelOfEducation: optional(z.enum(PRS_HIGHEST_LEVEL_OF_EDUCATION)),
  prs_Citizenship: optional(z.array(countryCode())),
  prs_IdentityNumber: optional(text()),
  prs_Title: optional(text()),
  prs_Email: optional(z.email().max(254)),
  prs_HomePhone: optional(phone()),
  prs_MobilePhone: optional(phone()),
  prs_MailingCity: optional(text()),
  prs_MailingCountry: optional(countryCode()),
  prs_MailingState: optional(text()),
  prs_MailingStreet: optional(text()),
  prs_MailingPostalCode: optional(text()),
  prs_MailingLongitude: optional(longitude()),
  prs_MailingLatitude: optional(latitude()),
});
export type PersonRecord = z.infer<typeof personRecord>;

/** HTCDS `vic_`: what happened to a person as a victim, within one case. */
export const victimContextRecord = z.strictObject({
  id,
  caseId: id,
  personId: id,
  vic_TraffickingStatus: optional(z.enum(VIC_TRAFFICKING_STATUS)),
  vic_TraffickingStatusDecisionMakingOrg: optional(z.enum(VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG)),
  vic_RelationshipToTrafficker: optional(z.enum(VIC_RELATIONSHIP_TO_TRAFFICKER)),
  vic_AgeWhenTrafficked: optional(z.int().min(0).max(120)),
  vic_RecruitmentWebsitesAndApps: optional(multiSelect(VIC_RECRUITMENT_WEBSITES_AND_APPS)),
  vic_MethodOfRecruitment: optional(multiSelect(VIC_METHOD_OF_RECRUITMENT)),
  vic_LocationOfRecruitment: optional(id.describe("Lookup to an organisation (a place)")),
  vic_MethodsOfControl: optional(multiSelect(VIC_METHODS_OF_CONTROL)),
  vic_TypeOfExploitation: optional(multiSelect(VIC_TYPE_OF_EXPLOITATION)),
  vic_ForcedLabourIndustry: optional(z.enum(VIC_FORCED_LABOUR_INDUSTRY)),
  vic_TypeOfSexExploitation: optional(multiSelect(VIC_TYPE_OF_SEX_EXPLOITATION)),
  vic_LocationOfExploitation: optional(id.describe("Lookup to an organisation (a place)")),
  vic_ExploitationWebsitesAndApps: optional(multiSelect(VIC_EXPLOITATION_WEBSITES_AND_APPS)),
});
export type VictimContextRecord = z.infer<typeof victimContextRecord>;

/** HTCDS `per_`: a perpetrator or other connected person's role in a case. */
export const perpetratorContextRecord = z.strictObject({
  id,
  caseId: id,
  personId: id,
  per_RoleInProcess: optional(multiSelect(PER_ROLE_IN_PROCESS)),
  per_RoleDetails: optional(narrative()),
});
export type PerpetratorContextRecord = z.infer<typeof perpetratorContextRecord>;

/** HTCDS `cas_`: one case, with the incoming and outgoing referral it records. */
export const caseRecord = z.strictObject({
  id,
  personId: id,
  cas_Status: optional(z.enum(CAS_STATUS)),
  cas_ReasonForCaseClosure: optional(narrative()),
  cas_CaseOwner: optional(id.describe("Lookup to a user")),
  cas_ReferringOrganisation: optional(id.describe("Lookup to an organisation")),
  cas_IncomingReferralDate: optional(isoDate()),
  cas_ReferringPrimaryCaseWorker: optional(id.describe("Lookup to a person")),
  cas_ReasonForIncomingReferral: optional(z.enum(CAS_REASON_FOR_INCOMING_REFERRAL)),
  cas_IncomingReferralDetails: optional(narrative()),
  cas_ReferredOrganisation: optional(id.describe("Lookup to an organisation")),
  cas_ReferredPrimaryCaseWorker: optional(id.describe("Lookup to a person")),
  cas_ReasonForOutgoingReferral: optional(z.enum(CAS_REASON_FOR_OUTGOING_REFERRAL)),
  cas_OutgoingReferralDate: optional(isoDate()),
  cas_OutgoingReferralDetails: optional(narrative()),
});
export type CaseRecord = z.infer<typeof caseRecord>;

/** HTCDS `cco_`: a formal comment on a case. */
export const caseCommentRecord = z.strictObject({
  id,
  caseId: id,
  cco_CaseComment: optional(narrative()),
});
export type CaseCommentRecord = z.infer<typeof caseCommentRecord>;

/** HTCDS `hte_`: a recruitment, transit or exploitation event, with its place and date. */
export const historicTraffickingEventRecord = z.strictObject({
  id,
  caseId: id,
  hte_Longitude: optional(longitude()),
  hte_Latitude: optional(latitude()),
  hte_City: optional(text()),
  hte_Country: optional(text()),
  hte_State: optional(text()),
  hte_Street: optional(text()),
  hte_PostalCode: optional(text()),
  hte_Date: optional(isoDate()),
  hte_Type: optional(z.enum(HTE_TYPE)),
  hte_Description: optional(narrative()),
});
export type HistoricTraffickingEventRecord = z.infer<typeof historicTraffickingEventRecord>;

/** HTCDS `spl_`: a support plan with its objectives and dates. */
export const supportPlanRecord = z.strictObject({
  id,
  caseId: id,
  spl_Objectives: optional(narrative()),
  spl_ActionPlan: optional(narrative()),
  spl_PlannedEndDate: optional(isoDate()),
  spl_ActualEndDate: optional(isoDate()),
  spl_Type: optional(z.enum(SPL_TYPE)),
});
export type SupportPlanRecord = z.infer<typeof supportPlanRecord>;

/** HTCDS `con_`: whether the person consented. Purposes and withdrawal come later. */
export const consentRecord = z.strictObject({
  id,
  caseId: id,
  personId: id,
  con_Consent: optional(z.boolean()),
});
export type ConsentRecord = z.infer<typeof consentRecord>;

/** The record schema that holds each HTCDS table, by prefix (`org_` lives in organisation.ts). */
export const HTCDS_RECORDS = {
  prs_: personRecord,
  vic_: victimContextRecord,
  per_: perpetratorContextRecord,
  cas_: caseRecord,
  cco_: caseCommentRecord,
  hte_: historicTraffickingEventRecord,
  spl_: supportPlanRecord,
  con_: consentRecord,
} as const;

/**
 * HTCDS fields that identify a person: encrypted per field at rest, never in statistics.
 * Everything else is analytic and stored plain so it can be counted.
 */
export const IDENTIFYING_FIELDS: ReadonlySet<HtcdsFieldKey> = new Set<HtcdsFieldKey>([
  // Names, and a job title, single a person out directly.
  "prs_Salutation",
  "prs_FirstName",
  "prs_MiddleName",
  "prs_SecondName",
  "prs_Title",
  // Birth date plus almost anything else re-identifies; age at trafficking stays analytic.
  "prs_Birthdate",
  // Contact details reach the person, and whoever watches them.
  "prs_Email",
  "prs_HomePhone",
  "prs_MobilePhone",
  // An identity number is a unique key into other registers.
  "prs_IdentityNumber",
  // A home address finds the person; the country alone stays analytic.
  "prs_MailingStreet",
  "prs_MailingCity",
  "prs_MailingState",
  "prs_MailingPostalCode",
  "prs_MailingLatitude",
  "prs_MailingLongitude",
  // A street address of an event can be a home or workplace; city, country and coordinates
  // stay analytic so events can be mapped and counted.
  "hte_Street",
  "hte_PostalCode",
  // Free-text narratives routinely contain names, places and what happened to whom.
  "per_RoleDetails",
  "cas_ReasonForCaseClosure",
  "cas_IncomingReferralDetails",
  "cas_OutgoingReferralDetails",
  "cco_CaseComment",
  "hte_Description",
  "spl_Objectives",
  "spl_ActionPlan",
]);

/**
 * Identifying fields that are numbers, not text: the home's coordinates. Encryption
 * serialises them like text; the list exists so nothing else numeric slips in unnoticed.
 */
export const IDENTIFYING_NUMERIC_FIELDS: ReadonlySet<HtcdsFieldKey> = new Set<HtcdsFieldKey>([
  "prs_MailingLatitude",
  "prs_MailingLongitude",
]);
