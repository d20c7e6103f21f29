import { and, eq, gt, isNull, or } from "drizzle-orm";
import { isPermission, type Grant } from "@ariadne/domain";
import type { Executor } from "../db/connection.ts";
import { recordGrants } from "../db/schema.ts";

/** The live per-record grants for a user, directly or through their organisation. */
export async function grantsFor(
  ex: Executor,
  userId: string,
  organisationId: string,
  now: Date,
): Promise<Grant[]> {
  const rows = await ex
    .select()
    .from(recordGrants)
    .where(
      and(
        or(eq(recordGrants.granteeUserId, userId), eq(recordGrants.granteeOrganisationId, organisationId)),
        isNull(recordGrants.revokedAt),
        or(isNull(recordGrants.expiresAt), gt(recordGrants.expiresAt, now)),
      ),
    );
  return rows.map((r) => ({
    resourceType: r.resourceType,
    resourceId: r.resourceId,
    permissions: r.permissions.filter(isPermission),
    ...(r.parts ? { parts: r.parts } : {}),
  }));
}
