import { eq, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { apiTokens, organisations, recordGrants, roles, sessions, users } from "../db/schema.ts";
import type { UserWithRelations } from "../users/user-repository.ts";
import type { ApiTokenRow } from "./api-token-repository.ts";
import type { SessionRow } from "./session-repository.ts";

/**
 * Who is behind a session or an API token, in one query per request: the credential, the
 * user with organisation and role, and whether any per-record grant exists (so the grants
 * are read only for the few users who have some).
 */
const principal = {
  user: users,
  organisationName: organisations.org_Name,
  organisationActive: organisations.active,
  role: roles,
  hasGrants: sql<boolean>`exists (select 1 from ${recordGrants} g
    where (g.grantee_user_id = ${users.id} or g.grantee_organisation_id = ${users.organisationId})
      and g.revoked_at is null)`,
};

export type Principal = UserWithRelations & { hasGrants: boolean };

export async function bySession(
  ex: Executor,
  idHash: string,
): Promise<(Principal & { session: SessionRow }) | undefined> {
  const [row] = await ex
    .select({ ...principal, session: sessions })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(eq(sessions.idHash, idHash))
    .limit(1);
  return row;
}

export async function byToken(
  ex: Executor,
  tokenHash: string,
): Promise<(Principal & { token: ApiTokenRow }) | undefined> {
  const [row] = await ex
    .select({ ...principal, token: apiTokens })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(organisations, eq(organisations.id, users.organisationId))
    .innerJoin(roles, eq(roles.id, users.roleId))
    .where(eq(apiTokens.tokenHash, tokenHash))
    .limit(1);
  return row;
}
