import { randomUUID } from "node:crypto";
import { and, eq, inArray, isNull, lt, sql, type SQL } from "drizzle-orm";
import { conflict, invalid, isoDay, notFound, type RetentionAction } from "@ariadne/domain";
import { authorize, requireActor } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Tx } from "../db/connection.ts";
import {
  caseComments,
  casePeople,
  caseTasks,
  cases,
  erasureRequests,
  personMatchKeys,
  persons,
  recordGrants,
  referrals,
  retentionPolicies,
} from "../db/schema.ts";
import { SYSTEM_CONTEXT, type RequestContext } from "../request-context.ts";
import type { Keyring } from "../security/keyring.ts";
import { caseResource, type CaseService } from "./case-service.ts";
import { openOwn, PROTECT_ENCRYPTED_COLUMNS, sealOwn } from "./sealing.ts";

/**
 * Retention and erasure. Each organisation sets how long its closed cases are kept and
 * whether they are then erased or anonymised; a daily job carries it out, except for cases
 * under legal hold. Anonymising removes every personal field (all encrypted columns, match
 * keys, comments, tasks, connected people) and keeps the analytic fields (sex, citizenship,
 * birth year, victim context, dates, proceedings), so statistics keep counting the case.
 * Erasure requests are decided by someone holding retention.manage, never by the requester.
 */
export class RetentionService {
  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private orgResource(organisationId: string) {
    return {
      kind: "record" as const,
      type: "retention_policy" as const,
      id: organisationId,
      organisationId,
      ownerId: null,
    };
  }

  async policy(ctx: RequestContext, organisationId?: string) {
    const actor = requireActor(ctx);
    const orgId = organisationId ?? actor.organisationId;
    await authorize(this.audit, ctx, "retention.manage", this.orgResource(orgId));
    const [row] = await this.db
      .select()
      .from(retentionPolicies)
      .where(eq(retentionPolicies.organisationId, orgId));
    return row
      ? {
          organisationId: orgId,
          closedCaseDays: row.closedCaseDays,
          action: row.action as RetentionAction,
          version: row.version,
        }
      : { organisationId: orgId, closedCaseDays: null, action: null, version: 0 };
  }

  async setPolicy(
    ctx: RequestContext,
    input: { organisationId?: string | undefined; closedCaseDays: number; action: RetentionAction },
  ): Promise<void> {
    const actor = requireActor(ctx);
    const orgId = input.organisationId ?? actor.organisationId;
    await authorize(this.audit, ctx, "retention.manage", this.orgResource(orgId));
    await this.db.transaction(async (tx) => {
      await tx
        .insert(retentionPolicies)
        .values({
          organisationId: orgId,
          closedCaseDays: input.closedCaseDays,
          action: input.action,
          updatedBy: actor.userId,
        })
        .onConflictDoUpdate({
          target: retentionPolicies.organisationId,
          set: {
            closedCaseDays: input.closedCaseDays,
            action: input.action,
            updatedBy: actor.userId,
            version: sql`${retentionPolicies.version} + 1`,
            updatedAt: this.now(),
          },
        });
      await this.audit.append(tx, ctx, {
        action: "retention.policy.set",
        resourceType: "retention_policy",
        resourceId: orgId,
        details: { closedCaseDays: input.closedCaseDays, action: input.action },
      });
    });
  }

  async setLegalHold(
    ctx: RequestContext,
    caseId: string,
    input: { version: number; hold: boolean },
  ): Promise<void> {
    const row = await this.cases.load(caseId);
    await authorize(this.audit, ctx, "retention.manage", this.orgResource(row.organisationId));
    await this.db.transaction(async (tx) => {
      const updated = await tx
        .update(cases)
        .set({ legalHold: input.hold, version: sql`${cases.version} + 1`, updatedAt: this.now() })
        .where(and(eq(cases.id, caseId), eq(cases.version, input.version)))
        .returning({ id: cases.id });
      if (updated.length !== 1) throw conflict("version: the case changed since you read it; reload it");
      await this.audit.append(tx, ctx, {
        action: input.hold ? "case.legal_hold.set" : "case.legal_hold.lift",
        resourceType: "case",
        resourceId: caseId,
      });
    });
  }

  /**
   * The same by case reference, for those who decide holds without reading cases (an
   * administrator or a data protection officer). A boolean flag: the last decision stands.
   */
  async setLegalHoldByReference(ctx: RequestContext, reference: string, hold: boolean): Promise<void> {
    const [row] = await this.db
      .select()
      .from(cases)
      .where(eq(cases.reference, reference.trim().toUpperCase()));
    if (!row || row.anonymisedAt) throw notFound(`The case ${reference}`);
    await this.setLegalHold(ctx, row.id, { version: row.version, hold });
  }

  /** A case worker (or the person, through them) asks for a case to be erased. */
  async requestErasure(ctx: RequestContext, caseId: string, reason: string): Promise<string> {
    const row = await this.cases.load(caseId);
    const actor = await authorize(this.audit, ctx, "case.write", caseResource(row));
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      await tx.insert(erasureRequests).values({
        id,
        caseId,
        organisationId: row.organisationId,
        reasonEnc: sealOwn(this.keyring, "erasure_request", "reason", id, reason) ?? "",
        status: "pending",
        requestedBy: actor.userId,
      });
      await this.audit.append(tx, ctx, {
        action: "erasure.request",
        resourceType: "case",
        resourceId: caseId,
        details: { request: id },
      });
    });
    return id;
  }

  async listRequests(ctx: RequestContext, status?: string) {
    const actor = requireActor(ctx);
    await authorize(this.audit, ctx, "retention.manage", this.orgResource(actor.organisationId));
    const all = actor.scope === "all";
    const rows = await this.db
      .select({ request: erasureRequests, reference: cases.reference })
      .from(erasureRequests)
      .leftJoin(cases, eq(cases.id, erasureRequests.caseId))
      .where(
        and(
          all ? undefined : eq(erasureRequests.organisationId, actor.organisationId),
          status ? eq(erasureRequests.status, status) : undefined,
        ),
      )
      .orderBy(erasureRequests.createdAt)
      .limit(500);
    if (rows.length > 0)
      await this.audit.record(ctx, { action: "erasure.list", details: { requests: rows.length } });
    return Promise.all(
      rows.map(async ({ request: r, reference }) => ({
        id: r.id,
        caseId: r.caseId,
        reference,
        status: r.status as "pending" | "approved" | "rejected" | "done",
        reason: (await openOwn(this.keyring, "erasure_request", "reason", r.id, r.reasonEnc)) ?? "",
        decisionNote: await openOwn(
          this.keyring,
          "erasure_request",
          "decision_note",
          r.id,
          r.decisionNoteEnc,
        ),
        createdAt: r.createdAt.toISOString(),
        decidedAt: r.decidedAt?.toISOString() ?? null,
        carriedOutAt: r.carriedOutAt?.toISOString() ?? null,
        version: r.version,
      })),
    );
  }

  /** Approving erases the case at once, unless it is under legal hold (then nothing changes). */
  async decide(
    ctx: RequestContext,
    id: string,
    input: { version: number; approve: boolean; note?: string | undefined },
  ) {
    const [request] = await this.db.select().from(erasureRequests).where(eq(erasureRequests.id, id));
    if (!request) throw notFound("The erasure request");
    const actor = await authorize(
      this.audit,
      ctx,
      "retention.manage",
      this.orgResource(request.organisationId),
    );
    if (request.status !== "pending") throw conflict(`The request is already ${request.status}`);
    if (request.requestedBy === actor.userId)
      throw invalid("approve", "an erasure request is decided by someone other than who asked for it");
    const row = input.approve ? await this.cases.load(request.caseId) : null;
    if (row?.legalHold) throw conflict("The case is under legal hold; lift the hold before erasing it");
    await this.db.transaction(async (tx) => {
      const at = this.now();
      const ok = await tx
        .update(erasureRequests)
        .set({
          status: input.approve ? "done" : "rejected",
          decidedBy: actor.userId,
          decidedAt: at,
          decisionNoteEnc: sealOwn(this.keyring, "erasure_request", "decision_note", id, input.note),
          carriedOutAt: input.approve ? at : null,
          version: sql`${erasureRequests.version} + 1`,
          updatedAt: at,
        })
        .where(and(eq(erasureRequests.id, id), eq(erasureRequests.version, input.version)))
        .returning({ id: erasureRequests.id });
      if (ok.length !== 1) throw conflict("version: the request changed since you read it; reload it");
      if (row) await eraseCase(tx, row.id, row.personId);
      await this.audit.append(tx, ctx, {
        action: input.approve ? "erasure.approve" : "erasure.reject",
        resourceType: "case",
        resourceId: request.caseId,
        details: { request: id },
      });
    });
  }

  /**
   * The daily job: closed cases past their organisation's retention, not under legal hold,
   * are erased or anonymised. Each case is its own transaction with its audit entry.
   */
  async run(
    options: { dryRun?: boolean } = {},
  ): Promise<{ erased: number; anonymised: number; held: number }> {
    const today = isoDay(this.now());
    const policies = await this.db.select().from(retentionPolicies);
    const result = { erased: 0, anonymised: 0, held: 0 };
    for (const policy of policies) {
      const cutoff = isoDay(new Date(this.now().getTime() - policy.closedCaseDays * 86_400_000));
      const due = await this.db
        .select({ id: cases.id, personId: cases.personId, legalHold: cases.legalHold })
        .from(cases)
        .where(
          and(
            eq(cases.organisationId, policy.organisationId),
            inArray(cases.cas_Status, ["Closed", "ClosedReferred"]),
            lt(cases.closedOn, cutoff),
            isNull(cases.anonymisedAt),
          ),
        );
      for (const c of due) {
        if (c.legalHold) {
          result.held += 1;
          continue;
        }
        const action = policy.action as RetentionAction;
        if (!options.dryRun)
          await this.db.transaction(async (tx) => {
            if (action === "erase") await eraseCase(tx, c.id, c.personId);
            else await anonymiseCase(tx, c.id, c.personId, this.now());
            await this.audit.append(tx, SYSTEM_CONTEXT, {
              action: action === "erase" ? "retention.erase" : "retention.anonymise",
              resourceType: "case",
              resourceId: c.id,
              details: { policyDays: policy.closedCaseDays, today },
            });
          });
        if (action === "erase") result.erased += 1;
        else result.anonymised += 1;
      }
    }
    return result;
  }
}

/** People connected to a case and not to any other case or as anyone else's victim. */
async function peopleOnlyIn(tx: Tx, caseId: string, victimId: string): Promise<string[]> {
  const linked = await tx
    .select({ id: casePeople.personId })
    .from(casePeople)
    .where(eq(casePeople.caseId, caseId));
  const candidates = [victimId, ...linked.map((l) => l.id)];
  const elsewhere = await tx
    .select({ id: casePeople.personId })
    .from(casePeople)
    .where(and(inArray(casePeople.personId, candidates), sql`${casePeople.caseId} <> ${caseId}`));
  const victimsElsewhere = await tx
    .select({ id: cases.personId })
    .from(cases)
    .where(and(inArray(cases.personId, candidates), sql`${cases.id} <> ${caseId}`));
  const kept = new Set([...elsewhere, ...victimsElsewhere].map((r) => r.id));
  return candidates.filter((id) => !kept.has(id));
}

/** Deletes a case, its parts (cascade), the access given on it, and people only it knew. */
export async function eraseCase(tx: Tx, caseId: string, victimId: string): Promise<void> {
  const people = await peopleOnlyIn(tx, caseId, victimId);
  await tx
    .delete(recordGrants)
    .where(and(eq(recordGrants.resourceType, "case"), eq(recordGrants.resourceId, caseId)));
  await tx.delete(cases).where(eq(cases.id, caseId));
  if (people.length > 0) await tx.delete(persons).where(inArray(persons.id, people));
}

const SEALED_BY_TABLE = new Map<string, string[]>();
for (const c of PROTECT_ENCRYPTED_COLUMNS)
  SEALED_BY_TABLE.set(c.table, [...(SEALED_BY_TABLE.get(c.table) ?? []), c.column]);

/** Nulls every sealed column of `table` on the rows `where` selects. */
async function clearSealed(tx: Tx, table: string, where: SQL): Promise<void> {
  const columns = SEALED_BY_TABLE.get(table) ?? [];
  if (columns.length === 0) return;
  const sets = sql.join(
    columns.map((c) => sql`${sql.identifier(c)} = null`),
    sql`, `,
  );
  await tx.execute(sql`update ${sql.identifier(table)} set ${sets} where ${where}`);
}

/**
 * Removes every personal field of a case and keeps what statistics count. Connected people
 * (perpetrators, others) are removed entirely: their roles are not counted per person here.
 */
export async function anonymiseCase(tx: Tx, caseId: string, victimId: string, at: Date): Promise<void> {
  const only = await peopleOnlyIn(tx, caseId, victimId);
  const people = only.filter((id) => id !== victimId);
  await tx
    .delete(recordGrants)
    .where(and(eq(recordGrants.resourceType, "case"), eq(recordGrants.resourceId, caseId)));
  await tx.delete(caseComments).where(eq(caseComments.caseId, caseId));
  await tx.delete(caseTasks).where(eq(caseTasks.caseId, caseId));
  await tx.delete(casePeople).where(eq(casePeople.caseId, caseId));
  if (people.length > 0) await tx.delete(persons).where(inArray(persons.id, people));
  for (const table of ["htcds_case"]) await clearSealed(tx, table, sql`id = ${caseId}`);
  for (const table of ["trafficking_event", "support_plan", "referral", "criminal_proceeding"])
    await clearSealed(tx, table, sql`case_id = ${caseId}`);
  // A victim with another open case keeps their record for that case.
  if (only.includes(victimId)) {
    await clearSealed(tx, "person", sql`id = ${victimId}`);
    await tx.delete(personMatchKeys).where(eq(personMatchKeys.personId, victimId));
    await tx.update(persons).set({ anonymisedAt: at }).where(eq(persons.id, victimId));
  }
  await tx
    .update(referrals)
    .set({ status: "revoked", endedAt: at })
    .where(and(eq(referrals.caseId, caseId), inArray(referrals.status, ["pending", "accepted"])));
  await tx.update(cases).set({ anonymisedAt: at, legalHold: false }).where(eq(cases.id, caseId));
}
