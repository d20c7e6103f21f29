import type { AuditAction, AuditResourceType } from "@ariadne/domain";
import type { Db, Executor } from "../db/connection.ts";
import type { RequestContext } from "../request-context.ts";
import { csvRows } from "../files/csv.ts";
import { ChainVerifier, GENESIS_HASH, entryHash, type ChainProblem } from "./audit-chain.ts";
import * as repo from "./audit-repository.ts";

export type Outcome = "success" | "denied" | "failure";

/** One thing that happened. `details` must never hold personal data: ids and field names only. */
export interface AuditEvent {
  readonly action: AuditAction;
  readonly outcome?: Outcome;
  readonly resourceType?: AuditResourceType;
  readonly resourceId?: string;
  readonly details?: Record<string, unknown>;
  /** For events before an actor exists (failed sign-in): the user the event concerns. */
  readonly subjectUserId?: string;
  readonly subjectOrganisationId?: string;
}

/** Looks up display names of users for the audit view; decrypts, so only for audit readers. */
export type UserNames = (ids: readonly string[]) => Promise<Map<string, string>>;

export interface AuditEntryView {
  seq: number;
  at: string;
  actorUserId: string | null;
  actorName: string | null;
  actorOrganisationId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: Outcome;
  clientAddress: string | null;
  details: Record<string, unknown>;
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  head: { seq: number; hash: string } | null;
  problems: ChainProblem[];
}

export class AuditService {
  constructor(
    private readonly db: Db,
    private readonly userNames: UserNames,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Appends one entry. Call it inside the transaction of the write it records, so the
   * record and its audit entry commit or vanish together.
   */
  async append(ex: Executor, ctx: RequestContext, event: AuditEvent): Promise<void> {
    const head = await repo.lockAndReadHead(ex);
    const at = this.now();
    const fields = {
      at: at.toISOString(),
      actorUserId: ctx.actor?.userId ?? event.subjectUserId ?? null,
      actorOrganisationId: ctx.actor?.organisationId ?? event.subjectOrganisationId ?? null,
      action: event.action,
      resourceType: event.resourceType ?? null,
      resourceId: event.resourceId ?? null,
      outcome: event.outcome ?? "success",
      clientAddress: ctx.clientAddress,
      details: event.details ?? {},
    };
    const prevHash = head?.hash ?? GENESIS_HASH;
    await repo.insertEntry(ex, {
      ...fields,
      at,
      seq: (head?.seq ?? 0) + 1,
      prevHash,
      hash: entryHash(prevHash, fields),
    });
  }

  /** Appends in a transaction of its own (reads, sign-ins, refusals). */
  record(ctx: RequestContext, event: AuditEvent): Promise<void> {
    return this.db.transaction((tx) => this.append(tx, ctx, event));
  }

  async list(
    filters: repo.AuditFilters,
    limit: number,
    before?: number,
  ): Promise<{ items: AuditEntryView[]; nextBefore: number | null }> {
    const rows = await repo.listEntries(this.db, filters, limit + 1, before);
    const page = rows.slice(0, limit);
    const names = await this.userNames(uniqueActors(page));
    const items = page.map((r) => view(r, names));
    return { items, nextBefore: rows.length > limit ? (page.at(-1)?.seq ?? null) : null };
  }

  async exportCsv(filters: repo.AuditFilters): Promise<string> {
    const rows: repo.AuditRow[] = [];
    let after = 0;
    for (;;) {
      const page = await repo.entriesAfter(this.db, after, 5000, filters);
      if (page.length === 0) break;
      rows.push(...page.map((e) => ({ ...e, at: new Date(e.at) })));
      after = page.at(-1)?.seq ?? after;
    }
    const names = await this.userNames(uniqueActors(rows));
    return csvRows(
      [
        "seq",
        "at",
        "actor_user_id",
        "actor_name",
        "actor_organisation_id",
        "action",
        "resource_type",
        "resource_id",
        "outcome",
        "client_address",
        "details",
        "hash",
      ],
      rows.map((r) => [
        r.seq,
        r.at,
        r.actorUserId,
        r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
        r.actorOrganisationId,
        r.action,
        r.resourceType,
        r.resourceId,
        r.outcome,
        r.clientAddress,
        r.details,
        r.hash,
      ]),
    );
  }

  /** Walks the whole chain in pages; memory stays bounded by the set of hashes seen. */
  async verify(): Promise<VerifyResult> {
    const verifier = new ChainVerifier();
    let after = 0;
    for (;;) {
      const page = await repo.entriesAfter(this.db, after, 2000);
      if (page.length === 0) break;
      for (const entry of page) verifier.push(entry);
      after = page.at(-1)?.seq ?? after;
    }
    const problems = verifier.finish();
    return { ok: problems.length === 0, checked: verifier.checked, head: verifier.head, problems };
  }
}

function uniqueActors(rows: readonly { actorUserId: string | null }[]): string[] {
  return [...new Set(rows.flatMap((r) => (r.actorUserId ? [r.actorUserId] : [])))];
}

function view(r: repo.AuditRow, names: Map<string, string>): AuditEntryView {
  return {
    seq: r.seq,
    at: r.at.toISOString(),
    actorUserId: r.actorUserId,
    actorName: r.actorUserId ? (names.get(r.actorUserId) ?? null) : null,
    actorOrganisationId: r.actorOrganisationId,
    action: r.action,
    resourceType: r.resourceType,
    resourceId: r.resourceId,
    outcome: r.outcome as Outcome,
    clientAddress: r.clientAddress,
    details: r.details,
  };
}
