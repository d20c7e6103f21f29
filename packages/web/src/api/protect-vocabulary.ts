/**
 * Protect's closed vocabularies (HTCDS 2.0 picklists and Protect's own lists) at runtime, for
 * pickers and checkboxes. The values come from the shipped HTCDS field list in
 * `@ariadne/domain` (one copy), and are checked here against the generated contract at
 * compile time, so a server change that adds or renames a value fails the build. Their
 * labels are translated in the locale files, never taken from the domain's English labels.
 */
import {
  CAS_REASON_FOR_INCOMING_REFERRAL,
  CAS_STATUS,
  CASE_PARTS,
  CHARGES,
  CONSENT_PURPOSES,
  ERASURE_STATUSES,
  GROUPS_SERVED,
  HTE_TYPE,
  MATCH_KINDS,
  PER_ROLE_IN_PROCESS,
  PROCEEDING_STAGES,
  PROTECTION_MEASURES,
  PRS_GENDER,
  PRS_HIGHEST_LEVEL_OF_EDUCATION,
  PRS_MARITAL_STATUS,
  REFERRAL_STATUSES,
  RETENTION_ACTIONS,
  SERVICE_TYPES,
  SPL_TYPE,
  VERDICTS,
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
} from "@ariadne/domain";
import type { QueryParams, RequestBody, ResponseBody, Schemas } from "./contract.ts";

export {
  CAS_REASON_FOR_INCOMING_REFERRAL,
  CAS_STATUS,
  CASE_PARTS,
  CHARGES,
  CONSENT_PURPOSES,
  ERASURE_STATUSES,
  GROUPS_SERVED,
  HTE_TYPE,
  MATCH_KINDS,
  PER_ROLE_IN_PROCESS,
  PROCEEDING_STAGES,
  PROTECTION_MEASURES,
  PRS_GENDER,
  PRS_HIGHEST_LEVEL_OF_EDUCATION,
  PRS_MARITAL_STATUS,
  REFERRAL_STATUSES,
  RETENTION_ACTIONS,
  SERVICE_TYPES,
  SPL_TYPE,
  VERDICTS,
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
};

type Victim = NonNullable<Schemas["Case"]["victim"]>;
type Person = Schemas["Person"];
type Proceeding = Schemas["CriminalProceeding"];

export type CaseStatus = Schemas["Case"]["status"];
export type CasePart = Schemas["Case"]["parts"][number];
export type ServiceType = Schemas["ServiceOffer"]["serviceType"];
export type GroupServed = Schemas["ServiceOffer"]["groupsServed"][number];
export type ConsentPurpose = Schemas["Consent"]["purposes"][number];
export type ReferralStatus = Schemas["Referral"]["status"];
export type MatchKind = Schemas["CaseMatch"]["kinds"][number];
export type ProceedingStage = Proceeding["stage"];
export type Verdict = NonNullable<Proceeding["verdict"]>;
export type Charge = Proceeding["charges"][number];
export type ProtectionMeasure = Proceeding["protectionMeasures"][number];
export type EventType = NonNullable<Schemas["TraffickingEvent"]["hte_Type"]>;
export type SupportPlanType = NonNullable<Schemas["SupportPlan"]["spl_Type"]>;
export type RetentionAction = NonNullable<ResponseBody<"/api/retention-policy", "get">["action"]>;
export type ErasureStatus = Schemas["ErasureRequest"]["status"];
/** The file formats of HTCDS import and export. */
export const EXCHANGE_FORMATS = ["xlsx", "csv", "json"] as const;
export type ExchangeFormat = (typeof EXCHANGE_FORMATS)[number];
export type RoleInProcess = NonNullable<Schemas["ConnectedPerson"]["per_RoleInProcess"]>[number];

/** `true` when the two unions have exactly the same members. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
type Item<L extends readonly string[]> = L[number];

// A server change to one of these vocabularies fails compilation here, not at run time.
type _ProtectVocabulariesFollowTheContract = [
  Assert<Same<Item<typeof CAS_STATUS>, CaseStatus>>,
  Assert<Same<Item<typeof CAS_STATUS>, NonNullable<QueryParams<"/api/cases">["status"]>>>,
  Assert<Same<Item<typeof CASE_PARTS>, CasePart>>,
  Assert<Same<Item<typeof CASE_PARTS>, Schemas["Referral"]["parts"][number]>>,
  Assert<Same<Item<typeof SERVICE_TYPES>, ServiceType>>,
  Assert<Same<Item<typeof GROUPS_SERVED>, GroupServed>>,
  Assert<Same<Item<typeof CONSENT_PURPOSES>, ConsentPurpose>>,
  Assert<Same<Item<typeof REFERRAL_STATUSES>, ReferralStatus>>,
  Assert<Same<Item<typeof MATCH_KINDS>, MatchKind>>,
  Assert<Same<Item<typeof RETENTION_ACTIONS>, RetentionAction>>,
  Assert<Same<Item<typeof RETENTION_ACTIONS>, RequestBody<"/api/retention-policy", "put">["action"]>>,
  Assert<Same<Item<typeof ERASURE_STATUSES>, ErasureStatus>>,
  Assert<Same<ExchangeFormat, RequestBody<"/api/cases/export", "post">["format"]>>,
  Assert<Same<ExchangeFormat, QueryParams<"/api/cases/import", "post">["format"]>>,
  Assert<Same<Item<typeof PROCEEDING_STAGES>, ProceedingStage>>,
  Assert<Same<Item<typeof VERDICTS>, Verdict>>,
  Assert<Same<Item<typeof CHARGES>, Charge>>,
  Assert<Same<Item<typeof PROTECTION_MEASURES>, ProtectionMeasure>>,
  Assert<Same<Item<typeof HTE_TYPE>, EventType>>,
  Assert<Same<Item<typeof SPL_TYPE>, SupportPlanType>>,
  Assert<Same<Item<typeof PER_ROLE_IN_PROCESS>, RoleInProcess>>,
  Assert<Same<Item<typeof PRS_GENDER>, NonNullable<Person["prs_Gender"]>>>,
  Assert<Same<Item<typeof PRS_MARITAL_STATUS>, NonNullable<Person["prs_MaritalStatus"]>>>,
  Assert<
    Same<Item<typeof PRS_HIGHEST_LEVEL_OF_EDUCATION>, NonNullable<Person["prs_HighestLevelOfEducation"]>>
  >,
  Assert<Same<Item<typeof VIC_TRAFFICKING_STATUS>, NonNullable<Victim["vic_TraffickingStatus"]>>>,
  Assert<
    Same<
      Item<typeof VIC_TRAFFICKING_STATUS_DECISION_MAKING_ORG>,
      NonNullable<Victim["vic_TraffickingStatusDecisionMakingOrg"]>
    >
  >,
  Assert<
    Same<Item<typeof VIC_RELATIONSHIP_TO_TRAFFICKER>, NonNullable<Victim["vic_RelationshipToTrafficker"]>>
  >,
  Assert<
    Same<
      Item<typeof VIC_RECRUITMENT_WEBSITES_AND_APPS>,
      NonNullable<Victim["vic_RecruitmentWebsitesAndApps"]>[number]
    >
  >,
  Assert<
    Same<
      Item<typeof VIC_EXPLOITATION_WEBSITES_AND_APPS>,
      NonNullable<Victim["vic_ExploitationWebsitesAndApps"]>[number]
    >
  >,
  Assert<
    Same<Item<typeof VIC_METHOD_OF_RECRUITMENT>, NonNullable<Victim["vic_MethodOfRecruitment"]>[number]>
  >,
  Assert<Same<Item<typeof VIC_METHODS_OF_CONTROL>, NonNullable<Victim["vic_MethodsOfControl"]>[number]>>,
  Assert<Same<Item<typeof VIC_TYPE_OF_EXPLOITATION>, NonNullable<Victim["vic_TypeOfExploitation"]>[number]>>,
  Assert<Same<Item<typeof VIC_FORCED_LABOUR_INDUSTRY>, NonNullable<Victim["vic_ForcedLabourIndustry"]>>>,
  Assert<
    Same<Item<typeof VIC_TYPE_OF_SEX_EXPLOITATION>, NonNullable<Victim["vic_TypeOfSexExploitation"]>[number]>
  >,
  Assert<
    Same<
      Item<typeof CAS_REASON_FOR_INCOMING_REFERRAL>,
      NonNullable<Schemas["Case"]["case"]["cas_ReasonForIncomingReferral"]>
    >
  >,
];
