import { and, desc, eq, gte, lt, lte, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { auditLog } from "../db/schema.ts";
import type { StoredEntry } from "./audit-chain.ts";

export type AuditRow = typeof auditLog.$inferSelect;

/** Serialises appends, cluster-wide, so the chain has one order and no gaps. */
const AUDIT_LOCK = 7_241_002;

export interface AuditFilters {
  readonly actorUserId?: string | undefined;
  readonly action?: string | undefined;
  readonly resourceType?: string | undefined;
  readonly resourceId?: string | undefined;
  readonly outcome?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
}

export async function lockAndReadHead(ex: Executor): Promise<{ seq: number; hash: string } | null> {
  await ex.execute(sql`select pg_advisory_xact_lock(${AUDIT_LOCK})`);
  const [head] = await ex
    .select({ seq: auditLog.seq, hash: auditLog.hash })
    .from(auditLog)
    .orderBy(desc(auditLog.seq))
    .limit(1);
  return head ?? null;
}

export async function insertEntry(ex: Executor, row: AuditRow): Promise<void> {
  await ex.insert(auditLog).values(row);
}

function where(f: AuditFilters): SQL | undefined {
  return and(
    f.actorUserId ? eq(auditLog.actorUserId, f.actorUserId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.resourceType ? eq(auditLog.resourceType, f.resourceType) : undefined,
    f.resourceId ? eq(auditLog.resourceId, f.resourceId) : undefined,
    f.outcome ? eq(auditLog.outcome, f.outcome) : undefined,
    f.from ? gte(auditLog.at, f.from) : undefined,
    f.to ? lte(auditLog.at, f.to) : undefined,
  );
}

/** Newest first, `limit` rows older than `before`. */
export function listEntries(
  ex: Executor,
  f: AuditFilters,
  limit: number,
  before?: number,
): Promise<AuditRow[]> {
  return ex
    .select()
    .from(auditLog)
    .where(and(where(f), before === undefined ? undefined : lt(auditLog.seq, before)))
    .orderBy(desc(auditLog.seq))
    .limit(limit);
}

/** Oldest first, for verification and export, one page at a time. */
export async function entriesAfter(
  ex: Executor,
  afterSeq: number,
  limit: number,
  f: AuditFilters = {},
): Promise<StoredEntry[]> {
  const rows = await ex
    .select()
    .from(auditLog)
    .where(and(where(f), sql`${auditLog.seq} > ${afterSeq}`))
    .orderBy(auditLog.seq)
    .limit(limit);
  return rows.map(toStored);
}

export function toStored(row: AuditRow): StoredEntry {
  return { ...row, at: row.at.toISOString() };
}
