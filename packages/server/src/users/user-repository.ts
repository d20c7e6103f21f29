import { and, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import type { ScopeFilter } from "@ariadne/domain";
import type { Changes, Executor } from "../db/connection.ts";
import { organisations, roles, users } from "../db/schema.ts";

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;

/** A user with the names of their organisation and role, as lists and details need them. */
export interface UserWithRelations {
  user: UserRow;
  organisationName: string;
  organisationActive: boolean;
  role: typeof roles.$inferSelect;
}

const withRelations = (ex: Executor) =>
  ex
    .select({
      user: users,
      organisationName: organisations.org_Name,
      organisationActive: organisations.active,
      role: roles,
    })
    .from(users)
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .innerJoin(roles, eq(roles.id, users.roleId));

export async function findById(ex: Executor, id: string): Promise<UserWithRelations | undefined> {
  const [row] = await withRelations(ex).where(eq(users.id, id)).limit(1);
  return row;
}

export async function findByEmailIndex(
  ex: Executor,
  emailBidx: string,
): Promise<UserWithRelations | undefined> {
  const [row] = await withRelations(ex).where(eq(users.emailBidx, emailBidx)).limit(1);
  return row;
}

export interface UserListFilters {
  readonly organisationId?: string | undefined;
  readonly roleId?: string | undefined;
  readonly status: "active" | "inactive" | "all";
  readonly emailBidx?: string | undefined;
}

export function list(ex: Executor, scope: ScopeFilter, f: UserListFilters): Promise<UserWithRelations[]> {
  return withRelations(ex)
    .where(
      and(
        scopeCondition(scope),
        f.organisationId ? eq(users.organisationId, f.organisationId) : undefined,
        f.roleId ? eq(users.roleId, f.roleId) : undefined,
        f.status === "all" ? undefined : eq(users.active, f.status === "active"),
        f.emailBidx ? eq(users.emailBidx, f.emailBidx) : undefined,
      ),
    )
    .orderBy(organisations.org_Name, users.createdAt)
    .limit(5000);
}

/** Users are their own records: `own` scope means oneself, `organisation` one's colleagues. */
function scopeCondition(scope: ScopeFilter): SQL | undefined {
  const granted =
    "grantedIds" in scope && scope.grantedIds.length > 0
      ? inArray(users.id, [...scope.grantedIds])
      : undefined;
  if ("all" in scope) return undefined;
  if ("organisationId" in scope) return or(eq(users.organisationId, scope.organisationId), granted);
  if ("ownerId" in scope) return or(eq(users.id, scope.ownerId), granted);
  return granted ?? sql`false`;
}

export async function insert(ex: Executor, row: NewUserRow): Promise<void> {
  await ex.insert(users).values(row);
}

/**
 * Updates only when the stored version is `version`, bumping it. Returns false for a stale
 * or missing row; the caller tells the two apart.
 */
export async function updateVersioned(
  ex: Executor,
  id: string,
  version: number,
  changes: Changes<NewUserRow>,
): Promise<boolean> {
  const rows = await ex
    .update(users)
    .set({ ...changes, version: sql`${users.version} + 1`, updatedAt: new Date() })
    .where(and(eq(users.id, id), eq(users.version, version)))
    .returning({ id: users.id });
  return rows.length === 1;
}

/** Sign-in bookkeeping: not a user-visible change, so no version bump. */
export async function updateSignInState(
  ex: Executor,
  id: string,
  changes: Changes<NewUserRow>,
): Promise<void> {
  await ex.update(users).set(changes).where(eq(users.id, id));
}

export async function countActiveWithRole(ex: Executor, roleId: string): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(and(eq(users.roleId, roleId), eq(users.active, true), isNull(users.deactivatedAt)));
  return row?.n ?? 0;
}

export async function encryptedNames(
  ex: Executor,
  ids: readonly string[],
): Promise<{ id: string; fullNameEnc: string }[]> {
  if (ids.length === 0) return [];
  return ex
    .select({ id: users.id, fullNameEnc: users.fullNameEnc })
    .from(users)
    .where(inArray(users.id, [...ids]));
}

export async function countAll(ex: Executor): Promise<number> {
  const [row] = await ex.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** Ids of the active users of an organisation. */
export async function idsInOrganisation(ex: Executor, organisationId: string): Promise<string[]> {
  const rows = await ex
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organisationId, organisationId), eq(users.active, true)));
  return rows.map((r) => r.id);
}
