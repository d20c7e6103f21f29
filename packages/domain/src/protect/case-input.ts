import { z } from "zod";
import type { ErrorDetail } from "../errors.ts";
import { plainText } from "../text.ts";
import { CAS_STATUS } from "../htcds/fields.ts";
import {
  caseRecord,
  consentRecord,
  historicTraffickingEventRecord,
  perpetratorContextRecord,
  personRecord,
  supportPlanRecord,
  victimContextRecord,
} from "../htcds/records.ts";
import {
  CHARGES,
  CONSENT_PURPOSES,
  CASE_PARTS,
  GROUPS_SERVED,
  PROCEEDING_STAGES,
  PROTECTION_MEASURES,
  RETENTION_ACTIONS,
  SERVICE_TYPES,
  VERDICTS,
} from "./vocabulary.ts";

/**
 * The inputs of Protect's use-cases, built from the HTCDS record schemas so a field is
 * validated the same way in the API, in imports and in the web forms.
 */
const isoDate = () => z.iso.date().describe("ISO 8601 calendar date, YYYY-MM-DD");
const countryCode = () =>
  z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 country code such as RO");
const uniqueList = <const T extends readonly [string, ...string[]]>(values: T) =>
  z.array(z.enum(values)).refine((v) => new Set(v).size === v.length, { error: "must not repeat a value" });
const version = z.int().min(1).describe("The version you read; a stale version gets 409");

export const personFields = personRecord.omit({ id: true });
export type PersonFields = z.infer<typeof personFields>;

export const victimFields = victimContextRecord.omit({ id: true, caseId: true, personId: true });
export type VictimFields = z.infer<typeof victimFields>;

/** Case fields a case worker edits directly; status and referrals have their own use-cases. */
export const caseFields = caseRecord.omit({
  id: true,
  personId: true,
  cas_Status: true,
  cas_ReasonForCaseClosure: true,
  cas_ReferredOrganisation: true,
  cas_ReferredPrimaryCaseWorker: true,
  cas_ReasonForOutgoingReferral: true,
  cas_OutgoingReferralDate: true,
  cas_OutgoingReferralDetails: true,
});
export type CaseFields = z.infer<typeof caseFields>;

export const consentInput = z.strictObject({
  con_Consent: consentRecord.shape.con_Consent.unwrap().unwrap(),
  purposes: uniqueList(CONSENT_PURPOSES).min(1, "name at least one purpose"),
  givenOn: isoDate(),
});
export type ConsentInput = z.infer<typeof consentInput>;

export const openCaseInput = z.strictObject({
  person: personFields,
  victim: victimFields.optional(),
  case: caseFields.optional(),
  screeningId: z.uuid().optional(),
  nrmCountry: countryCode().optional(),
  registeredOn: isoDate().optional(),
  consent: consentInput.optional(),
  /** Set after the search-before-create showed possible matches and the user chose to go on. */
  confirmNoMatch: z.boolean().optional(),
});
export type OpenCaseInput = z.infer<typeof openCaseInput>;

export const updateCaseInput = z.strictObject({
  version,
  person: personFields.partial().optional(),
  victim: victimFields.partial().optional(),
  case: caseFields.partial().optional(),
});
export type UpdateCaseInput = z.infer<typeof updateCaseInput>;

export const changeStatusInput = z.strictObject({
  version,
  status: z.enum(CAS_STATUS),
  reason: plainText(32_000, { multiline: true }).optional(),
});

export const changeStageInput = z.strictObject({
  version,
  stage: z.string().min(1),
  reflectionPeriodEnds: isoDate().nullable().optional(),
});

export const eventInput = historicTraffickingEventRecord.omit({ id: true, caseId: true });
export type EventInput = z.infer<typeof eventInput>;
export const supportPlanInput = supportPlanRecord
  .omit({ id: true, caseId: true })
  .extend({ startDate: isoDate().nullable().optional() });
export type SupportPlanInput = z.infer<typeof supportPlanInput>;
export const connectedPersonInput = z.strictObject({
  person: personFields,
  roles: perpetratorContextRecord.shape.per_RoleInProcess,
  details: perpetratorContextRecord.shape.per_RoleDetails,
});
export type ConnectedPersonInput = z.infer<typeof connectedPersonInput>;
export const commentInput = z.strictObject({ cco_CaseComment: plainText(32_000, { multiline: true }) });
export const taskInput = z.strictObject({
  title: plainText(300),
  dueOn: isoDate(),
  assigneeId: z.uuid(),
});
export type TaskInput = z.infer<typeof taskInput>;

export const proceedingInput = z.strictObject({
  casePersonId: z.uuid().nullable().optional(),
  stage: z.enum(PROCEEDING_STAGES),
  investigationOpenedOn: isoDate().nullable().optional(),
  chargedOn: isoDate().nullable().optional(),
  charges: uniqueList(CHARGES).default([]),
  prosecutedOn: isoDate().nullable().optional(),
  trialStartedOn: isoDate().nullable().optional(),
  verdict: z.enum(VERDICTS).nullable().optional(),
  verdictOn: isoDate().nullable().optional(),
  sentenceMonths: z.int().min(0).max(1200).nullable().optional(),
  compensationClaimedCents: z.int().min(0).nullable().optional(),
  compensationAwardedCents: z.int().min(0).nullable().optional(),
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as EUR")
    .nullable()
    .optional(),
  victimIsWitness: z.boolean().default(false),
  protectionMeasures: uniqueList(PROTECTION_MEASURES).default([]),
  notes: plainText(32_000, { multiline: true }).nullable().optional(),
});
export type ProceedingInput = z.infer<typeof proceedingInput>;

export const serviceOfferInput = z.strictObject({
  serviceType: z.enum(SERVICE_TYPES),
  languages: z.array(z.string().regex(/^[a-z]{2,3}$/, "must be an ISO 639 language code such as ro")).min(1),
  groupsServed: uniqueList(GROUPS_SERVED).min(1, "name at least one group"),
  capacity: z.int().min(0).max(100_000).nullable().optional(),
  region: plainText(120),
  description: plainText(2000, { multiline: true }).nullable().optional(),
  active: z.boolean().optional(),
});
export type ServiceOfferInput = z.infer<typeof serviceOfferInput>;

export const referralInput = z.strictObject({
  toOrganisationId: z.uuid(),
  serviceType: z.enum(SERVICE_TYPES),
  serviceOfferId: z.uuid().optional(),
  parts: uniqueList(CASE_PARTS),
  message: plainText(4000, { multiline: true }).optional(),
  /** For a child without consent: why referring is in the child's best interests. */
  bestInterestsReason: plainText(4000, { multiline: true }).optional(),
});
export type ReferralInput = z.infer<typeof referralInput>;

export const retentionPolicyInput = z.strictObject({
  closedCaseDays: z.int().min(30, "must be at least 30 days").max(36_500),
  action: z.enum(RETENTION_ACTIONS),
});

/** Date rules zod cannot see: they need today, or several fields at once. */
export function dateIssues(
  input: {
    person?: { prs_Birthdate?: string | null | undefined } | undefined;
    case?: { cas_IncomingReferralDate?: string | null | undefined } | undefined;
    registeredOn?: string | undefined;
  },
  today: string,
): ErrorDetail[] {
  const issues: ErrorDetail[] = [];
  const birth = input.person?.prs_Birthdate;
  if (birth && birth > today)
    issues.push({ path: "person.prs_Birthdate", message: "must not be in the future" });
  if (birth && birth < "1900-01-01")
    issues.push({ path: "person.prs_Birthdate", message: "must be after 1900" });
  const incoming = input.case?.cas_IncomingReferralDate;
  if (incoming && incoming > today)
    issues.push({ path: "case.cas_IncomingReferralDate", message: "must not be in the future" });
  if (input.registeredOn && input.registeredOn > today)
    issues.push({ path: "registeredOn", message: "must not be in the future" });
  return issues;
}

/** An end that comes before its start. */
export function orderIssue(
  startField: string,
  start: string | null | undefined,
  endField: string,
  end: string | null | undefined,
): ErrorDetail | null {
  return start && end && end < start ? { path: endField, message: `must not be before ${startField}` } : null;
}
