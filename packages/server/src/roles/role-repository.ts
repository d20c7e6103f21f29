import { and, eq, sql } from "drizzle-orm";
import type { Changes, Executor } from "../db/connection.ts";
import { roles, users } from "../db/schema.ts";

export type RoleRow = typeof roles.$inferSelect;

export async function findById(ex: Executor, id: string): Promise<RoleRow | undefined> {
  const [row] = await ex.select().from(roles).where(eq(roles.id, id)).limit(1);
  return row;
}

export async function findByKey(ex: Executor, key: string): Promise<RoleRow | undefined> {
  const [row] = await ex.select().from(roles).where(eq(roles.key, key)).limit(1);
  return row;
}

export function listWithUserCounts(ex: Executor): Promise<(RoleRow & { userCount: number })[]> {
  return ex
    .select({
      id: roles.id,
      key: roles.key,
      name: roles.name,
      scope: roles.scope,
      permissions: roles.permissions,
      builtIn: roles.builtIn,
      version: roles.version,
      createdAt: roles.createdAt,
      updatedAt: roles.updatedAt,
      userCount: sql<number>`(select count(*)::int from ${users} where ${users.roleId} = ${roles.id} and ${users.active})`,
    })
    .from(roles)
    .orderBy(roles.builtIn, roles.name);
}

export async function insert(ex: Executor, row: typeof roles.$inferInsert): Promise<void> {
  await ex.insert(roles).values(row).onConflictDoNothing({ target: roles.key });
}

export async function updateVersioned(
  ex: Executor,
  id: string,
  version: number,
  changes: Changes<typeof roles.$inferInsert>,
): Promise<boolean> {
  const rows = await ex
    .update(roles)
    .set({ ...changes, version: sql`${roles.version} + 1`, updatedAt: new Date() })
    .where(and(eq(roles.id, id), eq(roles.version, version)))
    .returning({ id: roles.id });
  return rows.length === 1;
}
