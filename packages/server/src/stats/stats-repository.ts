import { and, desc, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import { queryRows, type Executor } from "../db/connection.ts";
import {
  casePeople,
  cases,
  criminalProceedings,
  personMatchKeys,
  persons,
  statsAggregates,
  statsDatasets,
  statsObservations,
  statsReleases,
  statsSynthetic,
} from "../db/schema.ts";

export type DatasetRow = typeof statsDatasets.$inferSelect;
export type ReleaseRow = typeof statsReleases.$inferSelect;
export type SyntheticRow = typeof statsSynthetic.$inferSelect;

/** What statistics need of a case: analytic columns only, nothing sealed. */
export function caseFacts(ex: Executor) {
  return ex
    .select({
      caseId: cases.id,
      personId: cases.personId,
      registeredOn: cases.registeredOn,
      status: cases.vic_TraffickingStatus,
      gender: persons.prs_Gender,
      citizenship: persons.prs_Citizenship,
      age: cases.ageAtRegistration,
      forms: cases.vic_TypeOfExploitation,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .orderBy(cases.registeredOn, cases.id);
}

/** Countries of exploitation events per case (the latest exploitation event's country). */
export async function exploitationCountries(ex: Executor): Promise<Map<string, string>> {
  const rows = await queryRows<{ case_id: string; country: string }>(
    ex,
    sql`
    select distinct on (case_id) case_id::text as case_id, hte_country as country
    from trafficking_event where hte_type = 'Exploitation' and hte_country ~ '^[A-Z]{2}$'
    order by case_id, hte_date desc nulls last`,
  );
  return new Map(rows.map((r) => [r.case_id, r.country]));
}

/** Strong identity keys (name + birth date, identity number) that join persons across organisations. */
export function identityKeys(ex: Executor) {
  return ex
    .select({ personId: personMatchKeys.personId, hash: personMatchKeys.hash })
    .from(personMatchKeys)
    .where(inArray(personMatchKeys.kind, ["name_birth", "identity"]));
}

/** Perpetrators' proceedings with their dates, for suspected, prosecuted and convicted counts. */
export function proceedingFacts(ex: Executor) {
  return ex
    .select({
      personId: casePeople.personId,
      caseId: criminalProceedings.caseId,
      investigationOpenedOn: criminalProceedings.investigationOpenedOn,
      chargedOn: criminalProceedings.chargedOn,
      prosecutedOn: criminalProceedings.prosecutedOn,
      verdict: criminalProceedings.verdict,
      verdictOn: criminalProceedings.verdictOn,
      gender: persons.prs_Gender,
      citizenship: persons.prs_Citizenship,
    })
    .from(criminalProceedings)
    .innerJoin(casePeople, eq(casePeople.id, criminalProceedings.casePersonId))
    .innerJoin(persons, eq(persons.id, casePeople.personId));
}

export async function findDataset(ex: Executor, id: string): Promise<DatasetRow | undefined> {
  const [row] = await ex.select().from(statsDatasets).where(eq(statsDatasets.id, id)).limit(1);
  return row;
}

export async function casesDataset(ex: Executor): Promise<DatasetRow | undefined> {
  const [row] = await ex.select().from(statsDatasets).where(eq(statsDatasets.kind, "cases")).limit(1);
  return row;
}

export const listDatasets = (ex: Executor) =>
  ex.select().from(statsDatasets).orderBy(statsDatasets.createdAt);

export async function insertDataset(ex: Executor, row: typeof statsDatasets.$inferInsert): Promise<void> {
  await ex.insert(statsDatasets).values(row);
}

/** Writes the ledger only if nobody charged it since it was read. */
export async function updateLedger(
  ex: Executor,
  id: string,
  version: number,
  ledger: unknown,
): Promise<boolean> {
  const rows = await ex
    .update(statsDatasets)
    .set({ ledger, version: sql`${statsDatasets.version} + 1` })
    .where(and(eq(statsDatasets.id, id), eq(statsDatasets.version, version)))
    .returning({ id: statsDatasets.id });
  return rows.length === 1;
}

export async function insertObservations(
  ex: Executor,
  rows: (typeof statsObservations.$inferInsert)[],
): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000)
    await ex.insert(statsObservations).values(rows.slice(i, i + 1000));
}

export const observationsOf = (ex: Executor, datasetId: string) =>
  ex
    .select()
    .from(statsObservations)
    .where(eq(statsObservations.datasetId, datasetId))
    .orderBy(statsObservations.id);

export async function insertAggregates(
  ex: Executor,
  datasetId: string,
  cells: readonly unknown[],
): Promise<void> {
  for (let i = 0; i < cells.length; i += 1000)
    await ex.insert(statsAggregates).values(cells.slice(i, i + 1000).map((cell) => ({ datasetId, cell })));
}

export async function aggregatesOf(ex: Executor, datasetId: string): Promise<unknown[]> {
  const rows = await ex
    .select({ cell: statsAggregates.cell })
    .from(statsAggregates)
    .where(eq(statsAggregates.datasetId, datasetId));
  return rows.map((r) => r.cell);
}

export async function insertRelease(ex: Executor, row: typeof statsReleases.$inferInsert): Promise<void> {
  await ex.insert(statsReleases).values(row);
}

export function listReleases(ex: Executor, onlyPublic: boolean) {
  return ex
    .select()
    .from(statsReleases)
    .where(onlyPublic ? eq(statsReleases.public, true) : undefined)
    .orderBy(statsReleases.year, statsReleases.createdAt);
}

export async function findRelease(ex: Executor, id: string): Promise<ReleaseRow | undefined> {
  const [row] = await ex.select().from(statsReleases).where(eq(statsReleases.id, id)).limit(1);
  return row;
}

export async function insertSynthetic(ex: Executor, row: typeof statsSynthetic.$inferInsert): Promise<void> {
  await ex.insert(statsSynthetic).values(row);
}

/** Synthetic releases, newest first, without their records. */
export function listSynthetic(ex: Executor) {
  const { rows: _rows, ...columns } = getTableColumns(statsSynthetic);
  return ex.select(columns).from(statsSynthetic).orderBy(desc(statsSynthetic.createdAt), statsSynthetic.id);
}

export async function findSynthetic(ex: Executor, id: string): Promise<SyntheticRow | undefined> {
  const [row] = await ex.select().from(statsSynthetic).where(eq(statsSynthetic.id, id)).limit(1);
  return row;
}
