import { and, eq, ilike, inArray, sql } from "drizzle-orm";
import type { Changes, Executor } from "../db/connection.ts";
import { organisations } from "../db/schema.ts";

export type OrganisationRow = typeof organisations.$inferSelect;
export type NewOrganisationRow = typeof organisations.$inferInsert;

export async function findById(ex: Executor, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await ex.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row;
}

export function list(
  ex: Executor,
  f: { search?: string | undefined; type?: string | undefined; includeInactive: boolean },
): Promise<OrganisationRow[]> {
  return ex
    .select()
    .from(organisations)
    .where(
      and(
        f.search
          ? ilike(organisations.org_Name, `%${f.search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)
          : undefined,
        f.type ? eq(organisations.org_Type, f.type) : undefined,
        f.includeInactive ? undefined : eq(organisations.active, true),
      ),
    )
    .orderBy(organisations.org_Name)
    .limit(5000);
}

export async function insert(ex: Executor, row: NewOrganisationRow): Promise<void> {
  await ex.insert(organisations).values(row);
}

export async function updateVersioned(
  ex: Executor,
  id: string,
  version: number,
  changes: Changes<NewOrganisationRow>,
): Promise<boolean> {
  const rows = await ex
    .update(organisations)
    .set({ ...changes, version: sql`${organisations.version} + 1`, updatedAt: new Date() })
    .where(and(eq(organisations.id, id), eq(organisations.version, version)))
    .returning({ id: organisations.id });
  return rows.length === 1;
}

/** Names and phones of organisations by id (organisations are not personal data). */
export async function namesOf(
  ex: Executor,
  ids: readonly string[],
): Promise<Map<string, { name: string; phone: string | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await ex
    .select({ id: organisations.id, name: organisations.org_Name, phone: organisations.org_Phone })
    .from(organisations)
    .where(inArray(organisations.id, [...ids]));
  return new Map(rows.map((r) => [r.id, { name: r.name, phone: r.phone }]));
}
