import { and, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Changes, Executor } from "../db/connection.ts";
import { cases, recordGrants, referrals, serviceOffers } from "../db/schema.ts";

export type ReferralRow = typeof referrals.$inferSelect;
export type NewReferralRow = typeof referrals.$inferInsert;
export type ServiceOfferRow = typeof serviceOffers.$inferSelect;
export type NewServiceOfferRow = typeof serviceOffers.$inferInsert;

// --- services directory ----------------------------------------------------------------------

export interface ServiceFilter {
  readonly serviceType?: string | undefined;
  readonly organisationId?: string | undefined;
  readonly language?: string | undefined;
  readonly group?: string | undefined;
  readonly region?: string | undefined;
  readonly includeInactive?: boolean | undefined;
}

export function listServices(ex: Executor, f: ServiceFilter): Promise<ServiceOfferRow[]> {
  return ex
    .select()
    .from(serviceOffers)
    .where(
      and(
        f.serviceType ? eq(serviceOffers.serviceType, f.serviceType) : undefined,
        f.organisationId ? eq(serviceOffers.organisationId, f.organisationId) : undefined,
        f.language ? sql`${f.language} = any(${serviceOffers.languages})` : undefined,
        f.group ? sql`${f.group} = any(${serviceOffers.groupsServed})` : undefined,
        f.region
          ? sql`lower(${serviceOffers.region}) like ${`%${f.region.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`
          : undefined,
        f.includeInactive ? undefined : eq(serviceOffers.active, true),
      ),
    )
    .orderBy(serviceOffers.serviceType, serviceOffers.region)
    .limit(1000);
}

export async function findService(ex: Executor, id: string): Promise<ServiceOfferRow | undefined> {
  const [row] = await ex.select().from(serviceOffers).where(eq(serviceOffers.id, id)).limit(1);
  return row;
}

export async function insertService(ex: Executor, row: NewServiceOfferRow): Promise<void> {
  await ex.insert(serviceOffers).values(row);
}

export async function updateServiceVersioned(
  ex: Executor,
  id: string,
  version: number,
  changes: Changes<NewServiceOfferRow>,
): Promise<boolean> {
  const rows = await ex
    .update(serviceOffers)
    .set({ ...changes, version: sql`${serviceOffers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(serviceOffers.id, id), eq(serviceOffers.version, version)))
    .returning({ id: serviceOffers.id });
  return rows.length === 1;
}

/** Whether `organisationId` offers `serviceType` now. */
export async function offers(ex: Executor, organisationId: string, serviceType: string): Promise<boolean> {
  const [row] = await ex
    .select({ id: serviceOffers.id })
    .from(serviceOffers)
    .where(
      and(
        eq(serviceOffers.organisationId, organisationId),
        eq(serviceOffers.serviceType, serviceType),
        eq(serviceOffers.active, true),
      ),
    )
    .limit(1);
  return row !== undefined;
}

// --- referrals -----------------------------------------------------------------------------

export async function findReferral(ex: Executor, id: string): Promise<ReferralRow | undefined> {
  const [row] = await ex.select().from(referrals).where(eq(referrals.id, id)).limit(1);
  return row;
}

export async function insertReferral(ex: Executor, row: NewReferralRow): Promise<void> {
  await ex.insert(referrals).values(row);
}

export async function updateReferralVersioned(
  ex: Executor,
  id: string,
  version: number,
  changes: Changes<NewReferralRow>,
): Promise<boolean> {
  const rows = await ex
    .update(referrals)
    .set({ ...changes, version: sql`${referrals.version} + 1`, updatedAt: new Date() })
    .where(and(eq(referrals.id, id), eq(referrals.version, version)))
    .returning({ id: referrals.id });
  return rows.length === 1;
}

export async function listReferrals(
  ex: Executor,
  box: "incoming" | "outgoing",
  organisationId: string,
  status: string | undefined,
  caseId?: string,
): Promise<(ReferralRow & { reference: string })[]> {
  const rows = await ex
    .select({ referral: referrals, reference: cases.reference })
    .from(referrals)
    .innerJoin(cases, eq(cases.id, referrals.caseId))
    .where(
      and(
        box === "incoming"
          ? eq(referrals.toOrganisationId, organisationId)
          : eq(referrals.fromOrganisationId, organisationId),
        status ? eq(referrals.status, status) : undefined,
        caseId ? eq(referrals.caseId, caseId) : undefined,
      ),
    )
    .orderBy(desc(referrals.createdAt))
    .limit(500);
  return rows.map((r) => ({ ...r.referral, reference: r.reference }));
}

/** The case-read grant an accepted referral gives the recipient organisation. */
export async function insertGrant(
  ex: Executor,
  row: { id: string; organisationId: string; caseId: string; parts: readonly string[]; grantedBy: string },
): Promise<void> {
  await ex.insert(recordGrants).values({
    id: row.id,
    granteeOrganisationId: row.organisationId,
    resourceType: "case",
    resourceId: row.caseId,
    permissions: ["case.read"],
    parts: [...row.parts],
    grantedBy: row.grantedBy,
  });
}

export async function revokeGrants(ex: Executor, grantIds: readonly string[], at: Date): Promise<void> {
  if (grantIds.length === 0) return;
  await ex
    .update(recordGrants)
    .set({ revokedAt: at })
    .where(and(inArray(recordGrants.id, [...grantIds]), isNull(recordGrants.revokedAt)));
}

/**
 * A withdrawn consent ends every pending or accepted referral that rests on it and revokes
 * the access they gave. Returns how many ended.
 */
export async function endForConsent(
  ex: Executor,
  consentId: string,
  userId: string,
  at: Date,
): Promise<number> {
  const ended = await ex
    .update(referrals)
    .set({
      status: "consent_withdrawn",
      endedBy: userId,
      endedAt: at,
      version: sql`${referrals.version} + 1`,
      updatedAt: at,
    })
    .where(
      and(
        eq(referrals.consentId, consentId),
        or(eq(referrals.status, "pending"), eq(referrals.status, "accepted")),
      ),
    )
    .returning({ grantId: referrals.grantId });
  await revokeGrants(
    ex,
    ended.flatMap((r) => (r.grantId ? [r.grantId] : [])),
    at,
  );
  return ended.length;
}
