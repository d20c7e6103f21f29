/**
 * Protect: cases on the HTCDS 2.0 standard, and what Ariadne adds around them (NRM stages,
 * tasks, referrals, the services directory, consent purposes, justice, retention).
 *
 * Naming: a Drizzle property that holds an HTCDS field is named exactly as the HTCDS key
 * (`prs_FirstName`), so the field list can be checked against the schema. Identifying fields
 * (domain `IDENTIFYING_FIELDS`) live in `*_enc` columns as AES-256-GCM ciphertext; the
 * registry of encrypted columns is derived from the same list (protect-columns.ts).
 * Everything else is analytic and plain, so it can be counted without decrypting.
 */
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { NrmStage } from "@ariadne/domain";
import { organisations, screenings, users } from "./schema.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const created = () => ts("created_at").notNull().defaultNow();
const updated = () => ts("updated_at").notNull().defaultNow();
const version = () => integer("version").notNull().default(1);
const day = (name: string) => date(name, { mode: "string" });
/** Ciphertext of a personal field. */
const enc = (name: string) => text(`${name}_enc`);
const orgRef = (name: string) => uuid(name).references(() => organisations.id);
const userRef = (name: string) => uuid(name).references(() => users.id);

/** HTCDS `prs_`: a person: victim, perpetrator or other connected person. */
export const persons = pgTable(
  "person",
  {
    id: uuid("id").primaryKey(),
    organisationId: orgRef("organisation_id").notNull(),
    prs_Salutation: enc("prs_salutation"),
    prs_FirstName: enc("prs_first_name"),
    prs_MiddleName: enc("prs_middle_name"),
    prs_SecondName: enc("prs_second_name"),
    prs_Birthdate: enc("prs_birthdate"),
    prs_Gender: text("prs_gender"),
    prs_Deceased: boolean("prs_deceased"),
    prs_MaritalStatus: text("prs_marital_status"),
    prs_NumberOfChildren: integer("prs_number_of_children"),
    prs_PrimaryLanguage: text("prs_primary_language"),
    prs_SecondaryLanguage: text("prs_secondary_language"),
    prs_HighestLevelOfEducation: text("prs_highest_level_of_education"),
    prs_Citizenship: text("prs_citizenship").array(),
    prs_IdentityNumber: enc("prs_identity_number"),
    prs_Title: enc("prs_title"),
    prs_Email: enc("prs_email"),
    prs_HomePhone: enc("prs_home_phone"),
    prs_MobilePhone: enc("prs_mobile_phone"),
    prs_MailingCity: enc("prs_mailing_city"),
    prs_MailingCountry: text("prs_mailing_country"),
    prs_MailingState: enc("prs_mailing_state"),
    prs_MailingStreet: enc("prs_mailing_street"),
    prs_MailingPostalCode: enc("prs_mailing_postal_code"),
    prs_MailingLongitude: enc("prs_mailing_longitude"),
    prs_MailingLatitude: enc("prs_mailing_latitude"),
    /** Year of birth, plain: Eurostat counts by age; the full date stays encrypted. */
    birthYear: integer("birth_year"),
    createdBy: userRef("created_by"),
    anonymisedAt: ts("anonymised_at"),
    demo: boolean("demo").notNull().default(false),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("person_org").on(t.organisationId)],
);

/**
 * Search-before-create: keyed hashes (HMAC, blind-index key) of a person's name + birth date,
 * phones, identity number and phonetic name variants. Equal hashes mean a possible match;
 * the values themselves are never stored here.
 */
export const personMatchKeys = pgTable(
  "person_match_key",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    organisationId: orgRef("organisation_id").notNull(),
    kind: text("kind").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [primaryKey({ columns: [t.personId, t.kind, t.hash] }), index("person_match_key_hash").on(t.hash)],
);

/**
 * HTCDS `cas_` together with `vic_`: Ariadne keeps one victim per case, so the victim
 * context (HTCDS's junction of person and case) is stored on the case row. Our additions:
 * the NRM stage, the screening that led here, legal hold and retention state.
 */
export const cases = pgTable(
  "htcds_case",
  {
    id: uuid("id").primaryKey(),
    /** Short human reference such as C-2026-04F7A1, for phone calls and paper files. */
    reference: text("reference").notNull(),
    organisationId: orgRef("organisation_id").notNull(),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    screeningId: uuid("screening_id").references(() => screenings.id),
    cas_Status: text("cas_status").notNull(),
    cas_ReasonForCaseClosure: enc("cas_reason_for_case_closure"),
    cas_CaseOwner: userRef("cas_case_owner"),
    cas_ReferringOrganisation: orgRef("cas_referring_organisation"),
    cas_IncomingReferralDate: day("cas_incoming_referral_date"),
    cas_ReferringPrimaryCaseWorker: uuid("cas_referring_primary_case_worker").references(() => persons.id),
    cas_ReasonForIncomingReferral: text("cas_reason_for_incoming_referral"),
    cas_IncomingReferralDetails: enc("cas_incoming_referral_details"),
    cas_ReferredOrganisation: orgRef("cas_referred_organisation"),
    cas_ReferredPrimaryCaseWorker: uuid("cas_referred_primary_case_worker").references(() => persons.id),
    cas_ReasonForOutgoingReferral: text("cas_reason_for_outgoing_referral"),
    cas_OutgoingReferralDate: day("cas_outgoing_referral_date"),
    cas_OutgoingReferralDetails: enc("cas_outgoing_referral_details"),
    vic_TraffickingStatus: text("vic_trafficking_status"),
    vic_TraffickingStatusDecisionMakingOrg: text("vic_trafficking_status_decision_making_org"),
    vic_RelationshipToTrafficker: text("vic_relationship_to_trafficker"),
    vic_AgeWhenTrafficked: integer("vic_age_when_trafficked"),
    vic_RecruitmentWebsitesAndApps: text("vic_recruitment_websites_and_apps").array(),
    vic_MethodOfRecruitment: text("vic_method_of_recruitment").array(),
    vic_LocationOfRecruitment: orgRef("vic_location_of_recruitment"),
    vic_MethodsOfControl: text("vic_methods_of_control").array(),
    vic_TypeOfExploitation: text("vic_type_of_exploitation").array(),
    vic_ForcedLabourIndustry: text("vic_forced_labour_industry"),
    vic_TypeOfSexExploitation: text("vic_type_of_sex_exploitation").array(),
    vic_LocationOfExploitation: orgRef("vic_location_of_exploitation"),
    vic_ExploitationWebsitesAndApps: text("vic_exploitation_websites_and_apps").array(),
    /** The country whose National Referral Mechanism the case follows (ISO alpha-2). */
    nrmCountry: text("nrm_country").notNull(),
    nrmStage: text("nrm_stage").notNull(),
    nrmStageSince: day("nrm_stage_since").notNull(),
    reflectionPeriodEnds: day("reflection_period_ends"),
    /** The date the case was registered, which Eurostat counts by. */
    registeredOn: day("registered_on").notNull(),
    /**
     * Whole years of age at registration, derived from the sealed birth date whenever it or
     * the registration date changes: analytic (child/adult, age band) without decrypting.
     */
    ageAtRegistration: integer("age_at_registration"),
    closedOn: day("closed_on"),
    legalHold: boolean("legal_hold").notNull().default(false),
    anonymisedAt: ts("anonymised_at"),
    createdBy: userRef("created_by"),
    demo: boolean("demo").notNull().default(false),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex("htcds_case_reference").on(t.reference),
    index("htcds_case_org").on(t.organisationId, t.cas_Status),
    index("htcds_case_owner").on(t.cas_CaseOwner),
    index("htcds_case_person").on(t.personId),
  ],
);

/** HTCDS `per_`: a perpetrator or other connected person's role in a case. */
export const casePeople = pgTable(
  "case_person",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    per_RoleInProcess: text("per_role_in_process").array(),
    per_RoleDetails: enc("per_role_details"),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("case_person_case").on(t.caseId)],
);

/** HTCDS `cco_`: formal case comments. Append-only: a formal comment is never edited. */
export const caseComments = pgTable(
  "case_comment",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    authorId: userRef("author_id"),
    authorOrganisationId: orgRef("author_organisation_id"),
    cco_CaseComment: enc("cco_case_comment"),
    createdAt: created(),
  },
  (t) => [index("case_comment_case").on(t.caseId)],
);

/** HTCDS `hte_`: recruitment, transit and exploitation events with place and date. */
export const traffickingEvents = pgTable(
  "trafficking_event",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    hte_Longitude: doublePrecision("hte_longitude"),
    hte_Latitude: doublePrecision("hte_latitude"),
    hte_City: text("hte_city"),
    hte_Country: text("hte_country"),
    hte_State: text("hte_state"),
    hte_Street: enc("hte_street"),
    hte_PostalCode: enc("hte_postal_code"),
    hte_Date: day("hte_date"),
    hte_Type: text("hte_type"),
    hte_Description: enc("hte_description"),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("trafficking_event_case").on(t.caseId)],
);

/** HTCDS `spl_`: support plans. */
export const supportPlans = pgTable(
  "support_plan",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    spl_Objectives: enc("spl_objectives"),
    spl_ActionPlan: enc("spl_action_plan"),
    spl_PlannedEndDate: day("spl_planned_end_date"),
    spl_ActualEndDate: day("spl_actual_end_date"),
    spl_Type: text("spl_type"),
    startDate: day("start_date"),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("support_plan_case").on(t.caseId)],
);

/**
 * HTCDS `con_`, extended: which purposes the person agreed to, when, who recorded it, and
 * its withdrawal. A withdrawn consent stops further sharing and revokes pending referrals.
 */
export const consents = pgTable(
  "consent",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id),
    con_Consent: boolean("con_consent").notNull(),
    purposes: text("purposes").array().notNull(),
    givenOn: day("given_on").notNull(),
    recordedBy: userRef("recorded_by"),
    withdrawnOn: day("withdrawn_on"),
    withdrawnBy: userRef("withdrawn_by"),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("consent_case").on(t.caseId)],
);

/** Tasks on a case with an owner and a due date; the title can name people, so it is sealed. */
export const caseTasks = pgTable(
  "case_task",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    titleEnc: text("title_enc").notNull(),
    dueOn: day("due_on").notNull(),
    assigneeId: userRef("assignee_id").notNull(),
    doneAt: ts("done_at"),
    createdBy: userRef("created_by"),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("case_task_case").on(t.caseId), index("case_task_assignee").on(t.assigneeId, t.dueOn)],
);

/** National Referral Mechanism stages per country; `*` is the default pathway. */
export const nrmPathways = pgTable("nrm_pathway", {
  country: text("country").primaryKey(),
  stages: jsonb("stages").$type<NrmStage[]>().notNull(),
  updatedBy: userRef("updated_by"),
  version: version(),
  updatedAt: updated(),
});

/** The services directory: what an organisation offers, to whom, where, with what capacity. */
export const serviceOffers = pgTable(
  "service_offer",
  {
    id: uuid("id").primaryKey(),
    organisationId: orgRef("organisation_id").notNull(),
    serviceType: text("service_type").notNull(),
    languages: text("languages").array().notNull(),
    groupsServed: text("groups_served").array().notNull(),
    capacity: integer("capacity"),
    region: text("region").notNull(),
    description: text("description"),
    active: boolean("active").notNull().default(true),
    demo: boolean("demo").notNull().default(false),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index("service_offer_type").on(t.serviceType, t.active),
    index("service_offer_org").on(t.organisationId),
  ],
);

/**
 * A referral of a case to another organisation for a service. Accepting creates the
 * record_grant that gives the recipient exactly the chosen parts; revoking or a withdrawn
 * consent revokes it.
 */
export const referrals = pgTable(
  "referral",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    fromOrganisationId: orgRef("from_organisation_id").notNull(),
    toOrganisationId: orgRef("to_organisation_id").notNull(),
    serviceOfferId: uuid("service_offer_id").references(() => serviceOffers.id),
    serviceType: text("service_type").notNull(),
    consentId: uuid("consent_id").references(() => consents.id),
    /** Set when a child's case is referred without consent in the child's best interests. */
    bestInterestsReasonEnc: text("best_interests_reason_enc"),
    parts: text("parts").array().notNull(),
    messageEnc: text("message_enc"),
    status: text("status").notNull(),
    responseNoteEnc: text("response_note_enc"),
    grantId: uuid("grant_id"),
    createdBy: userRef("created_by"),
    respondedBy: userRef("responded_by"),
    respondedAt: ts("responded_at"),
    endedBy: userRef("ended_by"),
    endedAt: ts("ended_at"),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index("referral_case").on(t.caseId),
    index("referral_to").on(t.toOrganisationId, t.status),
    index("referral_from").on(t.fromOrganisationId, t.status),
  ],
);

/**
 * Justice and redress: one criminal proceeding linked to a case and, when known, to a
 * perpetrator's role in it. Assistance never depends on it (Directive 2011/36/EU Art. 11(3)).
 */
export const criminalProceedings = pgTable(
  "criminal_proceeding",
  {
    id: uuid("id").primaryKey(),
    caseId: uuid("case_id")
      .notNull()
      .references(() => cases.id, { onDelete: "cascade" }),
    casePersonId: uuid("case_person_id").references(() => casePeople.id),
    stage: text("stage").notNull(),
    investigationOpenedOn: day("investigation_opened_on"),
    chargedOn: day("charged_on"),
    charges: text("charges").array().notNull(),
    prosecutedOn: day("prosecuted_on"),
    trialStartedOn: day("trial_started_on"),
    verdict: text("verdict"),
    verdictOn: day("verdict_on"),
    sentenceMonths: integer("sentence_months"),
    compensationClaimedCents: bigint("compensation_claimed_cents", { mode: "number" }),
    compensationAwardedCents: bigint("compensation_awarded_cents", { mode: "number" }),
    currency: text("currency"),
    victimIsWitness: boolean("victim_is_witness").notNull().default(false),
    protectionMeasures: text("protection_measures").array().notNull(),
    notesEnc: text("notes_enc"),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("criminal_proceeding_case").on(t.caseId)],
);

/** Per-organisation retention of closed cases. */
export const retentionPolicies = pgTable("retention_policy", {
  organisationId: orgRef("organisation_id").primaryKey(),
  closedCaseDays: integer("closed_case_days").notNull(),
  action: text("action").notNull(),
  updatedBy: userRef("updated_by"),
  version: version(),
  updatedAt: updated(),
});

/** A request to erase a case (data subject request or case worker's), decided by someone else. */
export const erasureRequests = pgTable(
  "erasure_request",
  {
    id: uuid("id").primaryKey(),
    /** No foreign key: the request outlives the case it erased. */
    caseId: uuid("case_id").notNull(),
    organisationId: orgRef("organisation_id").notNull(),
    reasonEnc: text("reason_enc").notNull(),
    status: text("status").notNull(),
    requestedBy: userRef("requested_by"),
    decidedBy: userRef("decided_by"),
    decidedAt: ts("decided_at"),
    decisionNoteEnc: text("decision_note_enc"),
    carriedOutAt: ts("carried_out_at"),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index("erasure_request_org").on(t.organisationId, t.status)],
);
