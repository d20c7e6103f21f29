import { z } from "zod";
import {
  CAS_STATUS,
  CASE_PARTS,
  CHARGES,
  CONSENT_PURPOSES,
  MATCH_KINDS,
  PER_ROLE_IN_PROCESS,
  PROCEEDING_STAGES,
  PROTECTION_MEASURES,
  VERDICTS,
  caseRecord,
  eventInput,
  nrmStageSchema,
  personFields,
  supportPlanInput,
  victimFields,
} from "@ariadne/domain";

/**
 * Response shapes of Protect. A part the reader may not see is absent (not empty), so the
 * web app can tell "nothing recorded" from "not shared with you".
 */
const ref = z.object({ id: z.uuid(), name: z.string() });
const when = z.string().describe("ISO 8601 instant");
const day = z.string().describe("ISO 8601 calendar day");

export const personView = personFields
  .partial()
  .extend({ id: z.uuid(), version: z.int() })
  .meta({ id: "Person" });

/** HTCDS cas_ fields as a reader sees them (status is on the summary). */
const caseFieldsView = caseRecord.omit({ id: true, personId: true, cas_Status: true });

export const caseSummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    organisation: ref,
    status: z.enum(CAS_STATUS),
    nrmCountry: z.string(),
    nrmStage: z.string(),
    nrmStageLabel: z.string(),
    nrmStageSince: day,
    reflectionPeriodEnds: day.nullable(),
    registeredOn: day,
    closedOn: day.nullable(),
    owner: ref.nullable(),
    /** The person's display name, only for readers who may see the identity part. */
    personName: z.string().nullable(),
    overdueTasks: z.int(),
    via: z.enum(["scope", "grant"]).describe("grant: shared with you by a referral"),
    updatedAt: when,
    version: z.int(),
  })
  .meta({ id: "CaseSummary" });
export type CaseSummary = z.infer<typeof caseSummary>;

export const eventView = eventInput
  .extend({ id: z.uuid(), version: z.int() })
  .meta({ id: "TraffickingEvent" });
export const supportPlanView = supportPlanInput
  .extend({ id: z.uuid(), version: z.int() })
  .meta({ id: "SupportPlan" });
export const consentView = z
  .object({
    id: z.uuid(),
    con_Consent: z.boolean(),
    purposes: z.array(z.enum(CONSENT_PURPOSES)),
    givenOn: day,
    recordedBy: ref.nullable(),
    withdrawnOn: day.nullable(),
    withdrawnBy: ref.nullable(),
    version: z.int(),
  })
  .meta({ id: "Consent" });
export const connectedPersonView = z
  .object({
    id: z.uuid(),
    person: personView,
    per_RoleInProcess: z.array(z.enum(PER_ROLE_IN_PROCESS)).nullable(),
    per_RoleDetails: z.string().nullable(),
    version: z.int(),
  })
  .meta({ id: "ConnectedPerson" });
export const commentView = z
  .object({
    id: z.uuid(),
    cco_CaseComment: z.string(),
    author: ref.nullable(),
    organisation: ref.nullable(),
    createdAt: when,
  })
  .meta({ id: "CaseComment" });
export const taskView = z
  .object({
    id: z.uuid(),
    title: z.string(),
    dueOn: day,
    assignee: ref,
    done: z.boolean(),
    doneAt: when.nullable(),
    overdue: z.boolean(),
    version: z.int(),
  })
  .meta({ id: "CaseTask" });
export const proceedingView = z
  .object({
    id: z.uuid(),
    casePersonId: z.uuid().nullable(),
    stage: z.enum(PROCEEDING_STAGES),
    investigationOpenedOn: day.nullable(),
    chargedOn: day.nullable(),
    charges: z.array(z.enum(CHARGES)),
    prosecutedOn: day.nullable(),
    trialStartedOn: day.nullable(),
    verdict: z.enum(VERDICTS).nullable(),
    verdictOn: day.nullable(),
    sentenceMonths: z.int().nullable(),
    compensationClaimedCents: z.int().nullable(),
    compensationAwardedCents: z.int().nullable(),
    currency: z.string().nullable(),
    victimIsWitness: z.boolean(),
    protectionMeasures: z.array(z.enum(PROTECTION_MEASURES)),
    notes: z.string().nullable(),
    version: z.int(),
  })
  .meta({ id: "CriminalProceeding" });

export const caseView = caseSummary
  .extend({
    parts: z.array(z.enum(CASE_PARTS)).describe("The parts of the case this reader may see"),
    screeningId: z.uuid().nullable(),
    legalHold: z.boolean(),
    nrmPathway: z.array(nrmStageSchema),
    person: personView.nullable(),
    case: caseFieldsView,
    victim: victimFields.nullable(),
    events: z.array(eventView).nullable(),
    supportPlans: z.array(supportPlanView).nullable(),
    consents: z.array(consentView).nullable(),
    people: z.array(connectedPersonView).nullable(),
    proceedings: z.array(proceedingView).nullable(),
    comments: z.array(commentView).nullable(),
    tasks: z.array(taskView).nullable(),
  })
  .meta({ id: "Case" });
export type CaseView = z.infer<typeof caseView>;

export const caseMatch = z
  .object({
    kinds: z
      .array(z.enum(MATCH_KINDS))
      .describe("What matched: name and birth date, phone, identity number…"),
    organisation: ref.extend({ phone: z.string().nullable() }),
    /** Only for a case the searcher may open; a case elsewhere says only whom to contact. */
    caseId: z.uuid().nullable(),
    reference: z.string().nullable(),
  })
  .meta({ id: "CaseMatch" });
export type CaseMatch = z.infer<typeof caseMatch>;

export const historyEntry = z
  .object({
    at: when,
    actor: z.string().nullable(),
    organisationId: z.uuid().nullable(),
    action: z.string(),
    outcome: z.string(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: "CaseHistoryEntry" });

export const caseload = z
  .object({
    openByStage: z.array(z.object({ stage: z.string(), label: z.string(), count: z.int() })),
    myOverdueTasks: z.array(taskView.extend({ caseId: z.uuid(), reference: z.string() })),
    myOpenTasks: z.int(),
    pendingReferrals: z.int(),
    reflectionEndingSoon: z.array(z.object({ caseId: z.uuid(), reference: z.string(), ends: day })),
  })
  .meta({ id: "Caseload" });
export type Caseload = z.infer<typeof caseload>;
