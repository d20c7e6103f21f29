import {
  CASE_PARTS,
  DEFAULT_NRM_PATHWAY,
  type CasePart,
  type NrmStage,
  type PersonFields,
} from "@ariadne/domain";
import type { Executor } from "../db/connection.ts";
import type { Keyring } from "../security/keyring.ts";
import * as repo from "./case-repository.ts";
import type { CaseSummary, CaseView } from "./case-schema.ts";
import { openHtcds, openOwn } from "./sealing.ts";

/** Display names for ids, resolved in bulk; names of users are decrypted by the user service. */
export interface Names {
  users(ids: readonly string[]): Promise<Map<string, string>>;
  organisations(ids: readonly string[]): Promise<Map<string, { name: string; phone: string | null }>>;
}

const CONTACT_FIELDS = new Set<string>([
  "prs_Email",
  "prs_HomePhone",
  "prs_MobilePhone",
  "prs_MailingCity",
  "prs_MailingCountry",
  "prs_MailingState",
  "prs_MailingStreet",
  "prs_MailingPostalCode",
  "prs_MailingLongitude",
  "prs_MailingLatitude",
]);
const PERSON_BOOKKEEPING = new Set([
  "organisationId",
  "birthYear",
  "createdBy",
  "anonymisedAt",
  "demo",
  "createdAt",
  "updatedAt",
]);

/** A stored person as HTCDS fields, limited to the identity and/or contact parts. */
export async function presentPerson(
  keyring: Keyring,
  row: repo.PersonRow,
  visible: { identity: boolean; contact: boolean },
): Promise<PersonFields & { id: string; version: number }> {
  const open = await openHtcds(keyring, "person", row);
  const out: Record<string, unknown> = { id: row.id, version: row.version };
  for (const [key, value] of Object.entries(open)) {
    if (!key.startsWith("prs_") || PERSON_BOOKKEEPING.has(key) || value === null) continue;
    if (CONTACT_FIELDS.has(key) ? visible.contact : visible.identity) out[key] = value;
  }
  return out as PersonFields & { id: string; version: number };
}

export function displayName(p: {
  prs_FirstName?: string | null | undefined;
  prs_SecondName?: string | null | undefined;
}): string | null {
  const name = [p.prs_FirstName, p.prs_SecondName].filter(Boolean).join(" ");
  return name === "" ? null : name;
}

export function stageLabel(pathway: readonly NrmStage[], key: string): string {
  return pathway.find((s) => s.key === key)?.label ?? key;
}

export async function pathwayOf(ex: Executor, country: string): Promise<NrmStage[]> {
  const own = await repo.findPathway(ex, country);
  if (own) return own.stages;
  const fallback = await repo.findPathway(ex, "*");
  return fallback?.stages ?? [...DEFAULT_NRM_PATHWAY];
}

const ref = (id: string | null, names: Map<string, string>) =>
  id ? { id, name: names.get(id) ?? "—" } : null;

/** Everything a case view needs from the database, decrypted, limited to `parts`. */
export async function presentCase(
  ex: Executor,
  keyring: Keyring,
  names: Names,
  row: repo.CaseRow,
  grantedParts: readonly string[] | null,
  today: string,
): Promise<CaseView> {
  const parts = new Set<CasePart>(
    grantedParts === null ? CASE_PARTS : CASE_PARTS.filter((p) => grantedParts.includes(p)),
  );
  const has = (p: CasePart) => parts.has(p);
  const open = await openHtcds(keyring, "htcds_case", row);

  const [personRow, events, plans, consents, people, comments, tasks, proceedings, pathway] =
    await Promise.all([
      has("identity") || has("contact") ? repo.findPerson(ex, row.personId) : undefined,
      has("events") ? repo.listEvents(ex, row.id) : null,
      has("support") ? repo.listPlans(ex, row.id) : null,
      has("consent") ? repo.listConsents(ex, row.id) : null,
      has("people") ? repo.listCasePeople(ex, row.id) : null,
      has("comments") ? repo.listComments(ex, row.id) : null,
      has("tasks") ? repo.listTasks(ex, row.id) : null,
      has("justice") ? repo.listProceedings(ex, row.id) : null,
      pathwayOf(ex, row.nrmCountry),
    ]);

  const userIds = [
    row.cas_CaseOwner,
    ...(consents ?? []).flatMap((c) => [c.recordedBy, c.withdrawnBy]),
    ...(comments ?? []).map((c) => c.authorId),
    ...(tasks ?? []).map((t) => t.assigneeId),
  ].filter((id): id is string => id !== null);
  const orgIds = [row.organisationId, ...(comments ?? []).map((c) => c.authorOrganisationId)].filter(
    (id): id is string => id !== null,
  );
  const [userNames, orgs] = await Promise.all([
    names.users([...new Set(userIds)]),
    names.organisations([...new Set(orgIds)]),
  ]);
  const orgNames = new Map([...orgs].map(([id, o]) => [id, o.name]));

  const person = personRow
    ? await presentPerson(keyring, personRow, { identity: has("identity"), contact: has("contact") })
    : null;
  const linked = people
    ? await Promise.all(
        people.map(async (link) => {
          const open = await openHtcds(keyring, "case_person", link);
          const p = await repo.findPerson(ex, link.personId);
          return {
            id: link.id,
            person: p
              ? await presentPerson(keyring, p, { identity: true, contact: true })
              : { id: link.personId, version: 1 },
            per_RoleInProcess: (link.per_RoleInProcess ?? null) as CaseView["people"] extends
              (infer L)[] | null
              ? L extends { per_RoleInProcess: infer R }
                ? R
                : never
              : never,
            per_RoleDetails: open.per_RoleDetails,
            version: link.version,
          };
        }),
      )
    : null;

  const summary = summarise(
    row,
    pathway,
    userNames,
    orgNames,
    person ? displayName(person) : null,
    0,
    grantedParts === null,
  );
  return {
    ...summary,
    overdueTasks: (tasks ?? []).filter((t) => t.doneAt === null && t.dueOn < today).length,
    parts: [...parts],
    screeningId: row.screeningId,
    legalHold: row.legalHold,
    nrmPathway: pathway,
    person,
    case: {
      cas_CaseOwner: row.cas_CaseOwner,
      cas_ReferringOrganisation: row.cas_ReferringOrganisation,
      cas_IncomingReferralDate: row.cas_IncomingReferralDate,
      cas_ReferringPrimaryCaseWorker: row.cas_ReferringPrimaryCaseWorker,
      cas_ReasonForIncomingReferral:
        row.cas_ReasonForIncomingReferral as CaseView["case"]["cas_ReasonForIncomingReferral"],
      cas_ReferredOrganisation: row.cas_ReferredOrganisation,
      cas_ReferredPrimaryCaseWorker: row.cas_ReferredPrimaryCaseWorker,
      cas_ReasonForOutgoingReferral:
        row.cas_ReasonForOutgoingReferral as CaseView["case"]["cas_ReasonForOutgoingReferral"],
      cas_OutgoingReferralDate: row.cas_OutgoingReferralDate,
      // Narratives stay with the organisation that holds the case.
      ...(grantedParts === null
        ? {
            cas_IncomingReferralDetails: open.cas_IncomingReferralDetails,
            cas_ReasonForCaseClosure: open.cas_ReasonForCaseClosure,
            cas_OutgoingReferralDetails: open.cas_OutgoingReferralDetails,
          }
        : {}),
    },
    victim: has("victim") ? victimOf(row) : null,
    events: events
      ? await Promise.all(
          events.map(async (e) => {
            const o = await openHtcds(keyring, "trafficking_event", e);
            return {
              id: e.id,
              version: e.version,
              hte_Longitude: o.hte_Longitude,
              hte_Latitude: o.hte_Latitude,
              hte_City: o.hte_City,
              hte_Country: o.hte_Country,
              hte_State: o.hte_State,
              hte_Street: o.hte_Street,
              hte_PostalCode: o.hte_PostalCode,
              hte_Date: o.hte_Date,
              hte_Type: o.hte_Type as "Recruitment" | "Transit" | "Exploitation" | null,
              hte_Description: o.hte_Description,
            };
          }),
        )
      : null,
    supportPlans: plans
      ? await Promise.all(
          plans.map(async (p) => {
            const o = await openHtcds(keyring, "support_plan", p);
            return {
              id: p.id,
              version: p.version,
              spl_Objectives: o.spl_Objectives,
              spl_ActionPlan: o.spl_ActionPlan,
              spl_PlannedEndDate: o.spl_PlannedEndDate,
              spl_ActualEndDate: o.spl_ActualEndDate,
              spl_Type: o.spl_Type as NonNullable<CaseView["supportPlans"]>[number]["spl_Type"],
              startDate: o.startDate,
            };
          }),
        )
      : null,
    consents: consents
      ? consents.map((c) => ({
          id: c.id,
          con_Consent: c.con_Consent,
          purposes: c.purposes as NonNullable<CaseView["consents"]>[number]["purposes"],
          givenOn: c.givenOn,
          recordedBy: ref(c.recordedBy, userNames),
          withdrawnOn: c.withdrawnOn,
          withdrawnBy: ref(c.withdrawnBy, userNames),
          version: c.version,
        }))
      : null,
    people: linked,
    proceedings: proceedings
      ? await Promise.all(
          proceedings.map(async (p) => ({
            id: p.id,
            casePersonId: p.casePersonId,
            stage: p.stage as NonNullable<CaseView["proceedings"]>[number]["stage"],
            investigationOpenedOn: p.investigationOpenedOn,
            chargedOn: p.chargedOn,
            charges: p.charges as NonNullable<CaseView["proceedings"]>[number]["charges"],
            prosecutedOn: p.prosecutedOn,
            trialStartedOn: p.trialStartedOn,
            verdict: p.verdict as NonNullable<CaseView["proceedings"]>[number]["verdict"],
            verdictOn: p.verdictOn,
            sentenceMonths: p.sentenceMonths,
            compensationClaimedCents: p.compensationClaimedCents,
            compensationAwardedCents: p.compensationAwardedCents,
            currency: p.currency,
            victimIsWitness: p.victimIsWitness,
            protectionMeasures: p.protectionMeasures as NonNullable<
              CaseView["proceedings"]
            >[number]["protectionMeasures"],
            notes: await openOwn(keyring, "criminal_proceeding", "notes", p.id, p.notesEnc),
            version: p.version,
          })),
        )
      : null,
    comments: comments
      ? await Promise.all(
          comments.map(async (c) => ({
            id: c.id,
            cco_CaseComment: (await openHtcds(keyring, "case_comment", c)).cco_CaseComment ?? "",
            author: ref(c.authorId, userNames),
            organisation: ref(c.authorOrganisationId, orgNames),
            createdAt: c.createdAt.toISOString(),
          })),
        )
      : null,
    tasks: tasks ? await Promise.all(tasks.map((t) => presentTask(keyring, t, userNames, today))) : null,
  };
}

export async function presentTask(
  keyring: Keyring,
  t: repo.TaskRow,
  userNames: Map<string, string>,
  today: string,
) {
  return {
    id: t.id,
    title: (await openOwn(keyring, "case_task", "title", t.id, t.titleEnc)) ?? "",
    dueOn: t.dueOn,
    assignee: { id: t.assigneeId, name: userNames.get(t.assigneeId) ?? "—" },
    done: t.doneAt !== null,
    doneAt: t.doneAt?.toISOString() ?? null,
    overdue: t.doneAt === null && t.dueOn < today,
    version: t.version,
  };
}

function victimOf(row: repo.CaseRow): NonNullable<CaseView["victim"]> {
  type V = NonNullable<CaseView["victim"]>;
  return {
    vic_TraffickingStatus: row.vic_TraffickingStatus as V["vic_TraffickingStatus"],
    vic_TraffickingStatusDecisionMakingOrg:
      row.vic_TraffickingStatusDecisionMakingOrg as V["vic_TraffickingStatusDecisionMakingOrg"],
    vic_RelationshipToTrafficker: row.vic_RelationshipToTrafficker as V["vic_RelationshipToTrafficker"],
    vic_AgeWhenTrafficked: row.vic_AgeWhenTrafficked,
    vic_RecruitmentWebsitesAndApps: row.vic_RecruitmentWebsitesAndApps as V["vic_RecruitmentWebsitesAndApps"],
    vic_MethodOfRecruitment: row.vic_MethodOfRecruitment as V["vic_MethodOfRecruitment"],
    vic_LocationOfRecruitment: row.vic_LocationOfRecruitment,
    vic_MethodsOfControl: row.vic_MethodsOfControl as V["vic_MethodsOfControl"],
    vic_TypeOfExploitation: row.vic_TypeOfExploitation as V["vic_TypeOfExploitation"],
    vic_ForcedLabourIndustry: row.vic_ForcedLabourIndustry as V["vic_ForcedLabourIndustry"],
    vic_TypeOfSexExploitation: row.vic_TypeOfSexExploitation as V["vic_TypeOfSexExploitation"],
    vic_LocationOfExploitation: row.vic_LocationOfExploitation,
    vic_ExploitationWebsitesAndApps:
      row.vic_ExploitationWebsitesAndApps as V["vic_ExploitationWebsitesAndApps"],
  };
}

export function summarise(
  row: repo.CaseRow,
  pathway: readonly NrmStage[],
  userNames: Map<string, string>,
  orgNames: Map<string, string>,
  personName: string | null,
  overdueTasks: number,
  inScope: boolean,
): CaseSummary {
  return {
    id: row.id,
    reference: row.reference,
    organisation: { id: row.organisationId, name: orgNames.get(row.organisationId) ?? "—" },
    status: row.cas_Status as CaseSummary["status"],
    nrmCountry: row.nrmCountry,
    nrmStage: row.nrmStage,
    nrmStageLabel: stageLabel(pathway, row.nrmStage),
    nrmStageSince: row.nrmStageSince,
    reflectionPeriodEnds: row.reflectionPeriodEnds,
    registeredOn: row.registeredOn,
    closedOn: row.closedOn,
    owner: ref(row.cas_CaseOwner, userNames),
    personName,
    overdueTasks,
    via: inScope ? "scope" : "grant",
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
