import { and, desc, eq, inArray, or, sql, type SQL } from "drizzle-orm";
import type { ScopeFilter } from "@ariadne/domain";
import type { Changes, Executor } from "../db/connection.ts";
import { screeningCatalogues, screenings } from "../db/schema.ts";

export type ScreeningRow = typeof screenings.$inferSelect;
export type NewScreeningRow = typeof screenings.$inferInsert;
export type CatalogueRow = typeof screeningCatalogues.$inferSelect;

export async function findById(ex: Executor, id: string): Promise<ScreeningRow | undefined> {
  const [row] = await ex.select().from(screenings).where(eq(screenings.id, id)).limit(1);
  return row;
}

export async function insert(ex: Executor, row: NewScreeningRow): Promise<void> {
  await ex.insert(screenings).values(row);
}

export async function updateVersioned(
  ex: Executor,
  id: string,
  version: number,
  changes: Changes<NewScreeningRow>,
): Promise<boolean> {
  const rows = await ex
    .update(screenings)
    .set({ ...changes, version: sql`${screenings.version} + 1`, updatedAt: new Date() })
    .where(and(eq(screenings.id, id), eq(screenings.version, version)))
    .returning({ id: screenings.id });
  return rows.length === 1;
}

function scopeCondition(scope: ScopeFilter): SQL | undefined {
  const granted =
    "grantedIds" in scope && scope.grantedIds.length > 0
      ? inArray(screenings.id, [...scope.grantedIds])
      : undefined;
  if ("all" in scope) return undefined;
  if ("organisationId" in scope) return or(eq(screenings.organisationId, scope.organisationId), granted);
  if ("ownerId" in scope) return or(eq(screenings.ownerId, scope.ownerId), granted);
  return granted ?? sql`false`;
}

export function list(
  ex: Executor,
  scope: ScopeFilter,
  status: "draft" | "completed" | "all",
): Promise<ScreeningRow[]> {
  return ex
    .select()
    .from(screenings)
    .where(and(scopeCondition(scope), status === "all" ? undefined : eq(screenings.status, status)))
    .orderBy(desc(screenings.updatedAt))
    .limit(500);
}

export function listCatalogues(ex: Executor): Promise<CatalogueRow[]> {
  return ex.select().from(screeningCatalogues).orderBy(screeningCatalogues.id, screeningCatalogues.loadedAt);
}

export async function findCatalogue(
  ex: Executor,
  id: string,
  version: string,
): Promise<CatalogueRow | undefined> {
  const [row] = await ex
    .select()
    .from(screeningCatalogues)
    .where(and(eq(screeningCatalogues.id, id), eq(screeningCatalogues.version, version)))
    .limit(1);
  return row;
}

export async function activeCatalogue(ex: Executor): Promise<CatalogueRow | undefined> {
  const [row] = await ex
    .select()
    .from(screeningCatalogues)
    .where(eq(screeningCatalogues.active, true))
    .limit(1);
  return row;
}

/** Adds a catalogue version; `activate` makes it the one new screenings use. */
export async function insertCatalogue(
  ex: Executor,
  row: typeof screeningCatalogues.$inferInsert,
  activate: boolean,
): Promise<void> {
  if (activate)
    await ex.update(screeningCatalogues).set({ active: false }).where(eq(screeningCatalogues.active, true));
  await ex.insert(screeningCatalogues).values({ ...row, active: activate });
}
