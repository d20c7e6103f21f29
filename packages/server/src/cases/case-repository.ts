import { and, asc, desc, eq, gte, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { NrmStage, ScopeFilter } from "@ariadne/domain";
import type { Changes, Executor } from "../db/connection.ts";
import {
  casePeople,
  caseComments,
  caseTasks,
  cases,
  consents,
  criminalProceedings,
  nrmPathways,
  personMatchKeys,
  persons,
  referrals,
  supportPlans,
  traffickingEvents,
} from "../db/schema.ts";

export type PersonRow = typeof persons.$inferSelect;
export type NewPersonRow = typeof persons.$inferInsert;
export type CaseRow = typeof cases.$inferSelect;
export type NewCaseRow = typeof cases.$inferInsert;
export type EventRow = typeof traffickingEvents.$inferSelect;
export type PlanRow = typeof supportPlans.$inferSelect;
export type ConsentRow = typeof consents.$inferSelect;
export type CasePersonRow = typeof casePeople.$inferSelect;
export type CommentRow = typeof caseComments.$inferSelect;
export type TaskRow = typeof caseTasks.$inferSelect;
export type ProceedingRow = typeof criminalProceedings.$inferSelect;

// --- persons ---------------------------------------------------------------------------

export async function findPerson(ex: Executor, id: string): Promise<PersonRow | undefined> {
  const [row] = await ex.select().from(persons).where(eq(persons.id, id)).limit(1);
  return row;
}

export async function findPersons(ex: Executor, ids: readonly string[]): Promise<PersonRow[]> {
  return ids.length === 0
    ? []
    : ex
        .select()
        .from(persons)
        .where(inArray(persons.id, [...ids]));
}

export async function insertPerson(ex: Executor, row: NewPersonRow): Promise<void> {
  await ex.insert(persons).values(row);
}

export async function updatePerson(ex: Executor, id: string, changes: Changes<NewPersonRow>): Promise<void> {
  await ex
    .update(persons)
    .set({ ...changes, version: sql`${persons.version} + 1`, updatedAt: new Date() })
    .where(eq(persons.id, id));
}

/** Replaces a person's match keys (hashes only). */
export async function replaceMatchKeys(
  ex: Executor,
  personId: string,
  organisationId: string,
  keys: readonly { kind: string; hash: string }[],
): Promise<void> {
  await ex.delete(personMatchKeys).where(eq(personMatchKeys.personId, personId));
  if (keys.length > 0)
    await ex.insert(personMatchKeys).values(keys.map((k) => ({ personId, organisationId, ...k })));
}

/** Cases whose person shares a match hash, with which kinds matched. Victims only: case persons. */
export async function casesMatching(
  ex: Executor,
  hashes: readonly string[],
): Promise<
  { caseId: string; reference: string; organisationId: string; ownerId: string | null; kind: string }[]
> {
  if (hashes.length === 0) return [];
  return ex
    .selectDistinct({
      caseId: cases.id,
      reference: cases.reference,
      organisationId: cases.organisationId,
      ownerId: cases.cas_CaseOwner,
      kind: personMatchKeys.kind,
    })
    .from(personMatchKeys)
    .innerJoin(cases, eq(cases.personId, personMatchKeys.personId))
    .where(and(inArray(personMatchKeys.hash, [...hashes]), isNull(cases.anonymisedAt)));
}

/** Ids of cases whose person has every one of `hashes` (name search: all tokens typed). */
export async function casesMatchingAll(ex: Executor, hashes: readonly string[]): Promise<string[]> {
  if (hashes.length === 0) return [];
  const rows = await ex
    .select({ caseId: cases.id })
    .from(personMatchKeys)
    .innerJoin(cases, eq(cases.personId, personMatchKeys.personId))
    .where(inArray(personMatchKeys.hash, [...new Set(hashes)]))
    .groupBy(cases.id)
    .having(sql`count(distinct ${personMatchKeys.hash}) = ${new Set(hashes).size}`);
  return rows.map((r) => r.caseId);
}

// --- cases -----------------------------------------------------------------------------

export async function findCase(ex: Executor, id: string): Promise<CaseRow | undefined> {
  const [row] = await ex.select().from(cases).where(eq(cases.id, id)).limit(1);
  return row;
}

export async function insertCase(ex: Executor, row: NewCaseRow): Promise<void> {
  await ex.insert(cases).values(row);
}

/** Writes only when `version` is current; false means someone changed it since it was read. */
export async function updateCaseVersioned(
  ex: Executor,
  id: string,
  version: number,
  changes: Changes<NewCaseRow>,
): Promise<boolean> {
  const rows = await ex
    .update(cases)
    .set({ ...changes, version: sql`${cases.version} + 1`, updatedAt: new Date() })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning({ id: cases.id });
  return rows.length === 1;
}

export function scopeCondition(scope: ScopeFilter): SQL | undefined {
  const granted =
    "grantedIds" in scope && scope.grantedIds.length > 0
      ? inArray(cases.id, [...scope.grantedIds])
      : undefined;
  if ("all" in scope) return undefined;
  if ("organisationId" in scope) return or(eq(cases.organisationId, scope.organisationId), granted);
  if ("ownerId" in scope) return or(eq(cases.cas_CaseOwner, scope.ownerId), granted);
  return granted ?? sql`false`;
}

export interface CaseListFilter {
  readonly status?: string | undefined;
  readonly stage?: string | undefined;
  readonly ownerId?: string | undefined;
  readonly ids?: readonly string[] | undefined;
  readonly overdueBefore?: string | undefined;
  readonly reference?: string | undefined;
}

export function listCases(
  ex: Executor,
  scope: ScopeFilter,
  f: CaseListFilter,
  limit: number,
): Promise<CaseRow[]> {
  const overdue = f.overdueBefore
    ? inArray(
        cases.id,
        ex
          .select({ id: caseTasks.caseId })
          .from(caseTasks)
          .where(and(isNull(caseTasks.doneAt), lt(caseTasks.dueOn, f.overdueBefore))),
      )
    : undefined;
  return ex
    .select()
    .from(cases)
    .where(
      and(
        scopeCondition(scope),
        isNull(cases.anonymisedAt),
        f.status ? eq(cases.cas_Status, f.status) : undefined,
        f.stage ? eq(cases.nrmStage, f.stage) : undefined,
        f.ownerId ? eq(cases.cas_CaseOwner, f.ownerId) : undefined,
        f.ids ? (f.ids.length > 0 ? inArray(cases.id, [...f.ids]) : sql`false`) : undefined,
        f.reference ? sql`upper(${cases.reference}) like ${`${f.reference.toUpperCase()}%`}` : undefined,
        overdue,
      ),
    )
    .orderBy(desc(cases.updatedAt))
    .limit(limit);
}

export async function countByStage(
  ex: Executor,
  scope: ScopeFilter,
): Promise<{ stage: string; n: number }[]> {
  return ex
    .select({ stage: cases.nrmStage, n: sql<number>`count(*)::int` })
    .from(cases)
    .where(
      and(
        scopeCondition(scope),
        isNull(cases.anonymisedAt),
        inArray(cases.cas_Status, ["Active", "FollowUp"]),
      ),
    )
    .groupBy(cases.nrmStage);
}

export async function referenceExists(ex: Executor, reference: string): Promise<boolean> {
  const [row] = await ex.select({ id: cases.id }).from(cases).where(eq(cases.reference, reference)).limit(1);
  return row !== undefined;
}

// --- parts of a case -------------------------------------------------------------------

export const listEvents = (ex: Executor, caseId: string) =>
  ex
    .select()
    .from(traffickingEvents)
    .where(eq(traffickingEvents.caseId, caseId))
    .orderBy(asc(traffickingEvents.hte_Date), asc(traffickingEvents.createdAt));
export const listPlans = (ex: Executor, caseId: string) =>
  ex.select().from(supportPlans).where(eq(supportPlans.caseId, caseId)).orderBy(asc(supportPlans.createdAt));
export const listConsents = (ex: Executor, caseId: string) =>
  ex
    .select()
    .from(consents)
    .where(eq(consents.caseId, caseId))
    .orderBy(desc(consents.givenOn), desc(consents.createdAt));
export const listCasePeople = (ex: Executor, caseId: string) =>
  ex.select().from(casePeople).where(eq(casePeople.caseId, caseId)).orderBy(asc(casePeople.createdAt));
export const listComments = (ex: Executor, caseId: string) =>
  ex.select().from(caseComments).where(eq(caseComments.caseId, caseId)).orderBy(asc(caseComments.createdAt));
export const listTasks = (ex: Executor, caseId: string) =>
  ex.select().from(caseTasks).where(eq(caseTasks.caseId, caseId)).orderBy(asc(caseTasks.dueOn));
export const listProceedings = (ex: Executor, caseId: string) =>
  ex
    .select()
    .from(criminalProceedings)
    .where(eq(criminalProceedings.caseId, caseId))
    .orderBy(asc(criminalProceedings.createdAt));

/** The consent that covers referral now: given, with the purpose, not withdrawn. */
export async function liveReferralConsent(ex: Executor, caseId: string): Promise<ConsentRow | undefined> {
  const [row] = await ex
    .select()
    .from(consents)
    .where(
      and(
        eq(consents.caseId, caseId),
        eq(consents.con_Consent, true),
        isNull(consents.withdrawnOn),
        sql`'referral' = any(${consents.purposes})`,
      ),
    )
    .orderBy(desc(consents.givenOn))
    .limit(1);
  return row;
}

export async function openTasksFor(
  ex: Executor,
  assigneeId: string,
  scope: ScopeFilter,
): Promise<(TaskRow & { reference: string })[]> {
  const rows = await ex
    .select({ task: caseTasks, reference: cases.reference })
    .from(caseTasks)
    .innerJoin(cases, eq(cases.id, caseTasks.caseId))
    .where(and(eq(caseTasks.assigneeId, assigneeId), isNull(caseTasks.doneAt), scopeCondition(scope)))
    .orderBy(asc(caseTasks.dueOn))
    .limit(200);
  return rows.map((r) => ({ ...r.task, reference: r.reference }));
}

export async function countOverdue(
  ex: Executor,
  caseIds: readonly string[],
  today: string,
): Promise<Map<string, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await ex
    .select({ caseId: caseTasks.caseId, n: sql<number>`count(*)::int` })
    .from(caseTasks)
    .where(and(inArray(caseTasks.caseId, [...caseIds]), isNull(caseTasks.doneAt), lt(caseTasks.dueOn, today)))
    .groupBy(caseTasks.caseId);
  return new Map(rows.map((r) => [r.caseId, r.n]));
}

export function reflectionEndingBetween(ex: Executor, scope: ScopeFilter, from: string, to: string) {
  return ex
    .select({ id: cases.id, reference: cases.reference, reflectionPeriodEnds: cases.reflectionPeriodEnds })
    .from(cases)
    .where(
      and(
        scopeCondition(scope),
        isNull(cases.anonymisedAt),
        inArray(cases.cas_Status, ["Active", "FollowUp"]),
        gte(cases.reflectionPeriodEnds, from),
        lte(cases.reflectionPeriodEnds, to),
      ),
    )
    .orderBy(asc(cases.reflectionPeriodEnds))
    .limit(50);
}

export async function insertConsent(ex: Executor, row: typeof consents.$inferInsert): Promise<void> {
  await ex.insert(consents).values(row);
}

export async function pendingReferralsTo(ex: Executor, organisationId: string): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(referrals)
    .where(and(eq(referrals.toOrganisationId, organisationId), eq(referrals.status, "pending")));
  return row?.n ?? 0;
}

// --- NRM pathways ----------------------------------------------------------------------

export async function findPathway(ex: Executor, country: string) {
  const [row] = await ex.select().from(nrmPathways).where(eq(nrmPathways.country, country)).limit(1);
  return row;
}

export const listPathways = (ex: Executor) => ex.select().from(nrmPathways).orderBy(asc(nrmPathways.country));

export async function upsertPathway(
  ex: Executor,
  country: string,
  stages: NrmStage[],
  updatedBy: string | null,
): Promise<void> {
  await ex
    .insert(nrmPathways)
    .values({ country, stages, updatedBy })
    .onConflictDoUpdate({
      target: nrmPathways.country,
      set: { stages, updatedBy, version: sql`${nrmPathways.version} + 1`, updatedAt: new Date() },
    });
}

// --- writes of the parts of a case -------------------------------------------------------

type PartTable =
  | typeof traffickingEvents
  | typeof supportPlans
  | typeof casePeople
  | typeof criminalProceedings
  | typeof consents
  | typeof caseTasks;

export async function insertPart<T extends PartTable>(
  ex: Executor,
  table: T,
  row: T["$inferInsert"],
): Promise<void> {
  // Drizzle cannot relate a generic table to its row type; the signature above does.
  await ex.insert(table).values(row as never);
}

/** A versioned update of one part of one case; false when stale or not of this case. */
export async function updatePartVersioned<T extends PartTable>(
  ex: Executor,
  table: T,
  caseId: string,
  id: string,
  version: number,
  changes: Partial<T["$inferInsert"]>,
): Promise<boolean> {
  const rows = await ex
    .update(table)
    .set({ ...changes, version: sql`${table.version} + 1`, updatedAt: new Date() } as never)
    .where(and(eq(table.id, id), eq(table.caseId, caseId), eq(table.version, version)))
    .returning({ id: table.id });
  return rows.length === 1;
}

export async function findPart<T extends PartTable>(
  ex: Executor,
  table: T,
  caseId: string,
  id: string,
): Promise<T["$inferSelect"] | undefined> {
  const [row] = (await ex
    .select()
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- tsc needs it for a generic table
    .from(table as PartTable)
    .where(and(eq(table.id, id), eq(table.caseId, caseId)))
    .limit(1)) as T["$inferSelect"][];
  return row;
}

export async function insertComment(ex: Executor, row: typeof caseComments.$inferInsert): Promise<void> {
  await ex.insert(caseComments).values(row);
}

/** Marks the case as recently active without changing its version (parts have their own). */
export async function markActive(ex: Executor, id: string): Promise<void> {
  await ex.update(cases).set({ updatedAt: new Date() }).where(eq(cases.id, id));
}

/** Every live case of an organisation (or all) with its person and latest consent answer. */
export async function casesForExport(
  ex: Executor,
  organisationId: string | undefined,
): Promise<{ case: CaseRow; person: PersonRow; consent: boolean | null }[]> {
  const rows = await ex
    .select({
      case: cases,
      person: persons,
      consent: sql<boolean | null>`(select c.con_consent from ${consents} c where c.case_id = ${cases.id}
        order by c.given_on desc, c.created_at desc limit 1)`,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(
      and(isNull(cases.anonymisedAt), organisationId ? eq(cases.organisationId, organisationId) : undefined),
    )
    .orderBy(asc(cases.registeredOn), asc(cases.reference));
  return rows;
}
