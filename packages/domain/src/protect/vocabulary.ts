/**
 * Protect's own vocabularies: what HTCDS does not define but a referral mechanism needs.
 * Each is documented with where it comes from; HTCDS picklists stay in htcds/fields.ts.
 */

/** Services in the directory (OSCE/ODIHR NRM Handbook 2022, pillar "support and services"). */
export const SERVICE_TYPES = [
  "shelter",
  "medical",
  "psychological",
  "legal_aid",
  "interpretation",
  "child_protection",
  "return_reintegration",
  "employment_support",
] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

/** Groups a service is for. */
export const GROUPS_SERVED = ["women", "men", "children", "families", "lgbtqi"] as const;
export type GroupServed = (typeof GROUPS_SERVED)[number];

/**
 * The parts of a case a referral can share. The case's summary (reference, status, NRM
 * stage) always goes with a referral; every other part only when the referrer chooses it.
 */
export const CASE_PARTS = [
  "identity", // names, birth date, gender, citizenship, languages, identity number
  "contact", // e-mail, phones, mailing address
  "victim", // HTCDS vic_: trafficking status, recruitment, control, exploitation
  "events", // HTCDS hte_: recruitment, transit, exploitation events
  "support", // HTCDS spl_: support plans
  "consent", // HTCDS con_: consent records
  "people", // HTCDS per_: perpetrators and connected people
  "justice", // criminal proceedings
  "comments", // HTCDS cco_
  "tasks",
] as const;
export type CasePart = (typeof CASE_PARTS)[number];

/** What a person can consent to. A referral needs `referral` on a live consent. */
export const CONSENT_PURPOSES = [
  "case_management", // keep a case record and contact the person
  "referral", // share parts of the record with another organisation to get help
  "statistics", // count the case in anonymous statistics
  "research", // use non-identifying data for research
] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];

/** Criminal proceedings, in order. */
export const PROCEEDING_STAGES = [
  "investigation",
  "charged",
  "prosecution",
  "trial",
  "verdict",
  "appeal",
  "closed",
] as const;
export type ProceedingStage = (typeof PROCEEDING_STAGES)[number];

export const VERDICTS = ["convicted", "acquitted", "dismissed", "discontinued"] as const;
export type Verdict = (typeof VERDICTS)[number];

/** Victim and witness protection measures (Directive 2011/36/EU Art. 12; 2012/29/EU Art. 23). */
export const PROTECTION_MEASURES = [
  "anonymity",
  "video_testimony",
  "no_contact_with_accused",
  "closed_hearing",
  "protective_order",
  "witness_protection_programme",
] as const;
export type ProtectionMeasure = (typeof PROTECTION_MEASURES)[number];

/** Trafficking-related charges, for counting prosecutions by offence. */
export const CHARGES = [
  "trafficking_in_human_beings",
  "smuggling_of_migrants",
  "sexual_exploitation",
  "forced_labour",
  "money_laundering",
  "document_fraud",
  "other",
] as const;
export type Charge = (typeof CHARGES)[number];

export const RETENTION_ACTIONS = ["erase", "anonymise"] as const;
export type RetentionAction = (typeof RETENTION_ACTIONS)[number];

export const REFERRAL_STATUSES = ["pending", "accepted", "declined", "revoked", "consent_withdrawn"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const ERASURE_STATUSES = ["pending", "approved", "rejected", "done"] as const;
export type ErasureStatus = (typeof ERASURE_STATUSES)[number];
