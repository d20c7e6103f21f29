import { createHash, randomUUID } from "node:crypto";
import {
  ADS_LEXICON,
  DEFAULT_SCORE_WEIGHTS,
  ENGINE_VERSION,
  GAZETTEER_VERSION,
  readJsonLineAds,
  toAd,
  type AdRow,
  type ColumnMapping,
} from "@ariadne/detect";
import {
  can,
  conflict,
  DomainError,
  invalid,
  notFound,
  SYSTEM,
  type Actor,
  type Resource,
} from "@ariadne/domain";
import { authorize, authorizeList, requireActor } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Names } from "../cases/case-view.ts";
import type { Db, Executor } from "../db/connection.ts";
import * as organisationRepo from "../organisations/organisation-repository.ts";
import { SYSTEM_CONTEXT, type RequestContext } from "../request-context.ts";
import type { Keyring } from "../security/keyring.ts";
import { decodeBody, readCsv, tooLarge } from "./upload-body.ts";
import { EngineRegistry, type StoredFeatures } from "./engine-registry.ts";
import { renderEvidenceHtml } from "./evidence-report.ts";
import {
  collect,
  newProgress,
  StaleEngine,
  writeBatch,
  type BatchProgress,
  type PreparedRecord,
} from "./online-ingest.ts";
import { openOnline, sealOnline } from "./online-sealing.ts";
import type {
  BatchView,
  Decision,
  NetworkQuery,
  NetworkStatus,
  NetworkSummary,
  NetworkView,
  UploadQuery,
} from "./online-schema.ts";
import * as repo from "./online-repository.ts";
import {
  indicatorDetails,
  lexiconEntries,
  openTemplates,
  presentAd,
  presentBatch,
  presentSummary,
  summaryOf,
} from "./online-view.ts";

/** Days an ad's raw text is kept when the organisation has set nothing else. */
export const DEFAULT_TEXT_RETENTION_DAYS = 90;
/** The largest upload read; a larger one is refused with 413 (by its Content-Length, or when reached). */
export const UPLOAD_LIMIT = 512 * 1024 * 1024;
/** Member ads shown on a network's page (all of them go into the evidence package). */
const MEMBER_ADS_SHOWN = 200;
const LIST_LIMIT = 500;
const DAY = 86_400_000;

const STATUS_OF: Record<Decision, NetworkStatus> = {
  escalate: "escalated",
  monitor: "monitoring",
  dismiss: "dismissed",
};

const networkResource = (row: { id: string; organisationId: string }): Resource => ({
  kind: "record",
  type: "ad_network",
  id: row.id,
  organisationId: row.organisationId,
  ownerId: null,
});

/** An organisation's online settings, as a record the policy can decide about. */
const settingsResource = (organisationId: string): Resource => ({
  kind: "record",
  type: "online_setting",
  id: organisationId,
  organisationId,
  ownerId: null,
});

/** An ad as the JSON API takes it. */
export interface AdBody {
  id: string;
  text: string;
  title?: string | undefined;
  date?: string | number | undefined;
  place?: string | undefined;
}

const JSON_MAPPING: ColumnMapping = { id: "id", text: "text", title: "title", date: "date", place: "place" };

/**
 * Disrupt: batches of online ads in, networks out, and the analyst's review. Each
 * organisation's ads go through one detection engine (kept in memory, rebuilt from the stored
 * features); a batch is analysed as it streams and written with everything the engine then
 * says in one transaction, which also marks it complete — or not at all.
 */
export class OnlineService {
  private readonly engines: EngineRegistry;

  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly names: Names,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.engines = new EngineRegistry({
      latestSeq: repo.latestSeq,
      features: (ex, organisationId) => this.storedFeatures(ex, organisationId),
    });
  }

  private async *storedFeatures(ex: Executor, organisationId: string): AsyncGenerator<StoredFeatures[]> {
    let after = 0;
    for (;;) {
      const page = await repo.featurePage(ex, organisationId, after, 2000);
      const last = page.at(-1);
      if (!last) return;
      const out: StoredFeatures[] = [];
      for (const { tokensEnc, ...ad } of page) {
        const json = await openOnline(this.keyring, "online_ad", "tokens", ad.id, tokensEnc);
        out.push({ ...ad, tokens: json === null ? null : (JSON.parse(json) as { t: string; k: string }) });
      }
      yield out;
      after = last.seq;
    }
  }

  // --- settings -----------------------------------------------------------------------------

  /**
   * Analysts read their own organisation's setting; retention managers read it for any
   * organisation they manage (the retention page shows it next to the case retention policy).
   */
  async settings(ctx: RequestContext, organisationId?: string) {
    const actor = requireActor(ctx);
    const target = organisationId ?? actor.organisationId;
    if (target !== actor.organisationId || !can(actor, "online.read", SYSTEM).allow)
      await authorize(this.audit, ctx, "retention.manage", settingsResource(target));
    return this.settingsOf(target);
  }

  private async settingsOf(organisationId: string) {
    const row = await repo.findSettings(this.db, organisationId);
    return {
      organisationId,
      textRetentionDays: row?.textRetentionDays ?? DEFAULT_TEXT_RETENTION_DAYS,
      isDefault: row === undefined,
      version: row?.version ?? 0,
    };
  }

  /** How long raw ad text is kept: a data-protection decision, taken by retention managers. */
  async setSettings(
    ctx: RequestContext,
    input: { organisationId?: string | undefined; textRetentionDays: number },
  ) {
    const actor = requireActor(ctx);
    const organisationId = input.organisationId ?? actor.organisationId;
    await authorize(this.audit, ctx, "retention.manage", settingsResource(organisationId));
    if (!(await organisationRepo.findById(this.db, organisationId)))
      throw invalid("organisationId", "no such organisation");
    await this.db.transaction(async (tx) => {
      await repo.upsertSettings(tx, organisationId, input.textRetentionDays, actor.userId, this.now());
      await this.audit.append(tx, ctx, {
        action: "online.settings.set",
        resourceType: "organisation",
        resourceId: organisationId,
        details: { textRetentionDays: input.textRetentionDays },
      });
    });
    return this.settingsOf(organisationId);
  }

  // --- ingestion ----------------------------------------------------------------------------

  /** A batch sent as JSON (API token or session). */
  async submitBatch(
    ctx: RequestContext,
    input: { source: string; region?: string | undefined; ads: readonly AdBody[] },
    via: "session" | "token",
  ): Promise<BatchView> {
    const actor = await authorize(this.audit, ctx, "online.ingest", SYSTEM);
    async function* rows(): AsyncGenerator<AdRow> {
      let row = 0;
      for (const ad of input.ads) {
        row++;
        const fields = ad as unknown as Record<string, unknown>;
        yield toAd((name) => fields[name], JSON_MAPPING, row);
      }
    }
    return this.ingest(
      ctx,
      actor,
      { source: input.source, format: "json", region: input.region, via },
      rows(),
    );
  }

  /**
   * A file streamed as the request body: JSON lines or CSV. Rows are read, analysed and
   * forgotten one by one; only each ad's ciphertext and features are kept until the batch is
   * written.
   */
  async submitFile(
    ctx: RequestContext,
    body: AsyncIterable<Uint8Array>,
    query: UploadQuery,
    contentLength: number | undefined,
    via: "session" | "token",
  ): Promise<BatchView> {
    const actor = await authorize(this.audit, ctx, "online.ingest", SYSTEM);
    if (contentLength !== undefined && contentLength > UPLOAD_LIMIT) throw tooLarge(UPLOAD_LIMIT);
    const text = decodeBody(body, UPLOAD_LIMIT);
    const mapping: ColumnMapping = {
      id: query.idColumn ?? "id",
      text: query.textColumn ?? "text",
      title: query.titleColumn ?? "title",
      date: query.dateColumn ?? "date",
      place: query.placeColumn ?? "place",
    };
    const explicit = new Set<"title" | "date" | "place">();
    if (query.titleColumn !== undefined) explicit.add("title");
    if (query.dateColumn !== undefined) explicit.add("date");
    if (query.placeColumn !== undefined) explicit.add("place");
    const delimiter = query.delimiter === "tab" ? "\t" : (query.delimiter ?? ",");
    const rows =
      query.format === "jsonl"
        ? readJsonLineAds(text, mapping)
        : readCsv(text, { ...mapping, explicit }, delimiter);
    return this.ingest(
      ctx,
      actor,
      { source: query.source, format: query.format, region: query.region, via },
      rows,
    );
  }

  private async ingest(
    ctx: RequestContext,
    actor: Actor,
    meta: {
      source: string;
      format: "json" | "jsonl" | "csv";
      region: string | undefined;
      via: "session" | "token";
    },
    rows: AsyncIterable<AdRow>,
  ): Promise<BatchView> {
    const organisationId = actor.organisationId;
    const batchId = randomUUID();
    // The batch exists from the start, as processing: a failure is recorded against it.
    await repo.insertBatch(this.db, {
      id: batchId,
      organisationId,
      source: meta.source,
      format: meta.format,
      status: "processing",
      submittedBy: actor.userId,
      via: meta.via,
      createdAt: this.now(),
    });
    const progress = newProgress();
    try {
      const region = meta.region ?? (await this.regionOf(this.db, organisationId));
      const analyser = this.engines.analyser(region);
      await this.engines.exclusive(organisationId, async () => {
        let state = await this.engines.get(this.db, organisationId);
        let records = await collect(
          this.keyring,
          analyser,
          state,
          rows,
          { organisationId, batchId },
          progress,
        );
        if (progress.received === 0) throw invalid("body", "the file holds no ads");
        for (let attempt = 1; ; attempt++) {
          try {
            await this.db.transaction(async (tx) => {
              await this.writeAndComplete(tx, ctx, state, organisationId, batchId, records, progress);
            });
            return;
          } catch (error) {
            this.engines.drop(organisationId);
            if (!(error instanceof StaleEngine) || attempt >= 3) throw error;
            // Another server process stored ads of this organisation meanwhile: catch up, again.
            state = await this.engines.get(this.db, organisationId);
            const fresh = state;
            records = records.filter((r) => !fresh.engine.has(r.ad.externalId));
          }
        }
      });
    } catch (error) {
      await this.fail(ctx, batchId, progress, error);
      throw error;
    }
    const row = await repo.findBatch(this.db, batchId);
    if (!row) throw notFound("The batch");
    return presentBatch(row);
  }

  private async writeAndComplete(
    tx: Executor,
    ctx: RequestContext,
    state: Awaited<ReturnType<EngineRegistry["get"]>>,
    organisationId: string,
    batchId: string,
    records: readonly PreparedRecord[],
    progress: BatchProgress,
  ): Promise<void> {
    let networks = 0;
    if (records.length > 0) {
      const written = await writeBatch(tx, this.keyring, state, organisationId, records, this.now());
      state.seq = written.seq;
      state.ads = written.assignments;
      networks = written.networks;
    }
    const counts = {
      received: progress.received,
      analysed: records.length,
      skipped: progress.received - records.length,
      networks,
    };
    await repo.updateBatch(tx, batchId, {
      status: "complete",
      ...counts,
      truncated: progress.truncated,
      repaired: progress.repaired,
      skippedReasons: progress.skippedReasons,
      problems: progress.problems,
      completedAt: this.now(),
    });
    await this.audit.append(tx, ctx, {
      action: "online.batch.ingest",
      resourceType: "ad_batch",
      resourceId: batchId,
      details: counts,
    });
  }

  /** Marks the batch failed with what it got through; nothing of its ads was written. */
  private async fail(ctx: RequestContext, batchId: string, progress: BatchProgress, error: unknown) {
    const known = error instanceof DomainError;
    await this.db.transaction(async (tx) => {
      await repo.updateBatch(tx, batchId, {
        status: "failed",
        error: known ? error.message : "The batch could not be stored, and nothing of it was kept; try again",
        received: progress.received,
        analysed: 0,
        skipped: progress.skipped,
        skippedReasons: progress.skippedReasons,
        problems: progress.problems,
        completedAt: this.now(),
      });
      await this.audit.append(tx, ctx, {
        action: "online.batch.fail",
        outcome: "failure",
        resourceType: "ad_batch",
        resourceId: batchId,
        details: { code: known ? error.code : "internal", received: progress.received },
      });
    });
  }

  private async regionOf(ex: Executor, organisationId: string): Promise<string | null> {
    const org = await organisationRepo.findById(ex, organisationId);
    const country = org?.org_ShippingCountry ?? null;
    return country !== null && /^[A-Z]{2}$/.test(country) ? country : null;
  }

  /**
   * Demo data: a batch written inside the caller's transaction, so the demo loads whole or not
   * at all. (If that transaction rolls back, the engine notices by its seq and is rebuilt.)
   */
  async ingestWithin(
    tx: Executor,
    ctx: RequestContext,
    organisationId: string,
    source: string,
    ads: readonly AdBody[],
  ): Promise<{ analysed: number; networks: number }> {
    const batchId = randomUUID();
    await repo.insertBatch(tx, {
      id: batchId,
      organisationId,
      source,
      format: "json",
      status: "processing",
      via: "system",
      demo: true,
      createdAt: this.now(),
    });
    const progress = newProgress();
    const region = await this.regionOf(tx, organisationId);
    async function* rows(): AsyncGenerator<AdRow> {
      let row = 0;
      for (const ad of ads)
        yield toAd((name) => (ad as unknown as Record<string, unknown>)[name], JSON_MAPPING, ++row);
    }
    return this.engines.exclusive(organisationId, async () => {
      const state = await this.engines.get(tx, organisationId);
      const records = await collect(
        this.keyring,
        this.engines.analyser(region),
        state,
        rows(),
        { organisationId, batchId },
        progress,
      );
      try {
        await this.writeAndComplete(tx, ctx, state, organisationId, batchId, records, progress);
      } catch (error) {
        this.engines.drop(organisationId);
        throw error;
      }
      const row = await repo.findBatch(tx, batchId);
      return { analysed: records.length, networks: row?.networks ?? 0 };
    });
  }

  async listBatches(ctx: RequestContext): Promise<BatchView[]> {
    const scope = await authorizeList(this.audit, ctx, "online.ingest", "ad_batch");
    return (await repo.listBatches(this.db, scope, 100)).map(presentBatch);
  }

  async getBatch(ctx: RequestContext, id: string): Promise<BatchView> {
    const row = await repo.findBatch(this.db, id);
    if (!row) throw notFound("The batch");
    await authorize(this.audit, ctx, "online.ingest", {
      kind: "record",
      type: "ad_batch",
      id,
      organisationId: row.organisationId,
      ownerId: row.submittedBy,
    });
    return presentBatch(row);
  }

  // --- review -------------------------------------------------------------------------------

  /** Networks in scope, ranked; `q` searches the words of their templates (decrypted here). */
  async listNetworks(ctx: RequestContext, query: NetworkQuery): Promise<NetworkSummary[]> {
    const scope = await authorizeList(this.audit, ctx, "online.read", "ad_network");
    const rows = await repo.listNetworks(
      this.db,
      scope,
      {
        status: query.status,
        minScore: query.minScore,
        place: query.place,
        category: query.category,
        includeGone: query.includeGone,
      },
      query.q ? 5000 : LIST_LIMIT,
    );
    const words = (query.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
    const out: NetworkSummary[] = [];
    const merged = await this.references(
      rows.flatMap((r) => (r.network.mergedInto ? [r.network.mergedInto] : [])),
    );
    for (const { network, rank } of rows) {
      const templates = await openTemplates(this.keyring, network);
      if (words.length > 0) {
        const text = templates
          .map((t) => t.template?.text ?? "")
          .join(" ")
          .toLowerCase();
        if (!words.every((w) => text.includes(w))) continue;
      }
      const into = network.mergedInto ? merged.get(network.mergedInto) : undefined;
      out.push(
        presentSummary(
          network,
          rank,
          templates,
          into ? { id: network.mergedInto ?? "", reference: into } : null,
        ),
      );
      if (out.length >= LIST_LIMIT) break;
    }
    if (out.length > 0)
      await this.audit.record(ctx, {
        action: "online.network.list",
        resourceType: "ad_network",
        details: {
          networks: out.length,
          query: Object.keys(query).filter((k) => query[k as keyof NetworkQuery] !== undefined),
        },
      });
    return out;
  }

  private async references(ids: readonly string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const id of new Set(ids)) {
      const row = await repo.findNetwork(this.db, id);
      if (row) out.set(id, row.reference);
    }
    return out;
  }

  private async load(id: string): Promise<repo.NetworkRow> {
    const row = await repo.findNetwork(this.db, id);
    if (!row) throw notFound("The network");
    return row;
  }

  /** An audited read: the network with its member ads' text and its identifiers. */
  async getNetwork(ctx: RequestContext, id: string): Promise<NetworkView> {
    const row = await this.load(id);
    await authorize(this.audit, ctx, "online.read", networkResource(row));
    await this.audit.record(ctx, {
      action: "online.network.read",
      resourceType: "ad_network",
      resourceId: id,
      details: { ads: Math.min(row.ads, MEMBER_ADS_SHOWN) },
    });
    return this.present(row, MEMBER_ADS_SHOWN);
  }

  private async present(row: repo.NetworkRow, memberLimit: number): Promise<NetworkView> {
    const summary = summaryOf(row);
    const templates = await openTemplates(this.keyring, row);
    const [rank, ads, identifierRows, predecessors, into] = await Promise.all([
      repo.rankOf(this.db, row),
      repo.networkAds(this.db, row.id, memberLimit),
      repo.networkIdentifiers(this.db, row.id),
      repo.predecessors(this.db, row.id),
      row.mergedInto ? repo.findNetwork(this.db, row.mergedInto) : Promise.resolve(undefined),
    ]);
    const linkingHashes = new Set(summary.links.map((l) => l.hash));
    const byHash = new Map<
      string,
      {
        kind: string;
        valueEnc: string;
        rowId: string;
        ads: Set<string>;
        clusters: Set<string>;
        obfuscated: boolean;
      }
    >();
    const hashesOfAd = new Map<string, string[]>();
    for (const i of identifierRows) {
      const entry = byHash.get(i.hash) ?? {
        kind: i.kind,
        valueEnc: i.valueEnc,
        rowId: i.id,
        ads: new Set<string>(),
        clusters: new Set<string>(),
        obfuscated: false,
      };
      entry.ads.add(i.adId);
      entry.clusters.add(i.cluster);
      if (i.obfuscated) entry.obfuscated = true;
      byHash.set(i.hash, entry);
      hashesOfAd.set(i.adId, [...(hashesOfAd.get(i.adId) ?? []), i.hash]);
    }
    const elsewhere = await repo.otherOrganisations(this.db, row.organisationId, [...byHash.keys()]);
    const identifiers: NetworkView["identifiers"] = [];
    for (const [hash, entry] of byHash) {
      identifiers.push({
        hash,
        kind: entry.kind as NetworkView["identifiers"][number]["kind"],
        value: (await openOnline(this.keyring, "ad_identifier", "value", entry.rowId, entry.valueEnc)) ?? "",
        ads: entry.ads.size,
        clusters: [...entry.clusters].sort(),
        linking: linkingHashes.has(hash),
        obfuscated: entry.obfuscated,
        otherOrganisations: elsewhere.get(hash) ?? 0,
      });
    }
    identifiers.sort(
      (a, b) => Number(b.linking) - Number(a.linking) || b.ads - a.ads || (a.value < b.value ? -1 : 1),
    );
    const memberAds = [];
    for (const ad of ads) memberAds.push(await presentAd(this.keyring, ad, hashesOfAd.get(ad.id) ?? []));
    const users = row.decidedBy ? await this.names.users([row.decidedBy]) : new Map<string, string>();
    return {
      ...presentSummary(row, rank, templates, into ? { id: into.id, reference: into.reference } : null),
      places: summary.places,
      indicators: summary.indicators,
      components: row.components as NetworkView["components"],
      templates: [...templates].sort((a, b) => b.size - a.size || (a.cluster < b.cluster ? -1 : 1)),
      identifiers,
      memberAds,
      memberAdsShown: memberAds.length,
      timeline: summary.timeline,
      indicatorDetails: indicatorDetails(summary.indicators),
      decision: {
        reason: await openOnline(
          this.keyring,
          "ad_network",
          "decision_reason",
          row.id,
          row.decisionReasonEnc,
        ),
        decidedBy: row.decidedBy ? { id: row.decidedBy, name: users.get(row.decidedBy) ?? "—" } : null,
        decidedAt: row.decidedAt?.toISOString() ?? null,
        decidedAds: row.decidedAds,
      },
      predecessors: predecessors.map((p) => ({
        id: p.id,
        reference: p.reference,
        status: p.status as NetworkStatus,
      })),
      engine: {
        engine: ENGINE_VERSION,
        lexicon: `${ADS_LEXICON.id}-${ADS_LEXICON.version}`,
        gazetteer: GAZETTEER_VERSION,
      },
    };
  }

  /** Escalate to law enforcement, monitor or dismiss, with the reason; audited, 409 when stale. */
  async decide(
    ctx: RequestContext,
    id: string,
    input: { version: number; decision: Decision; reason: string },
  ): Promise<NetworkView> {
    const row = await this.load(id);
    const actor = await authorize(this.audit, ctx, "online.review", networkResource(row));
    if (!row.current)
      throw conflict(
        "The network has merged into another or fallen apart; decide on the network it is part of now",
      );
    const status = STATUS_OF[input.decision];
    const at = this.now();
    await this.db.transaction(async (tx) => {
      const ok = await repo.decideNetwork(tx, id, input.version, {
        status,
        decisionReasonEnc: sealOnline(this.keyring, "ad_network", "decision_reason", id, input.reason),
        decidedBy: actor.userId,
        decidedAt: at,
        decidedAds: row.ads,
        updatedAt: at,
      });
      if (!ok) throw conflict("version: the network changed since you read it; reload it and decide again");
      await this.audit.append(tx, ctx, {
        action: "online.network.decide",
        resourceType: "ad_network",
        resourceId: id,
        details: {
          decision: input.decision,
          from: row.status,
          to: status,
          reference: row.reference,
          ads: row.ads,
        },
      });
    });
    return this.present(await this.load(id), MEMBER_ADS_SHOWN);
  }

  /**
   * The evidence package of a network: everything shown on its page with every member ad,
   * the identifiers with their keyed hashes, the lexicon entries, weights and versions that
   * produced it, and its history. JSON or a printable HTML report; the audit entry keeps the
   * file's SHA-256 so a copy can be checked against the log later.
   */
  async evidence(ctx: RequestContext, id: string, format: "json" | "html") {
    const row = await this.load(id);
    const actor = await authorize(this.audit, ctx, "online.read", networkResource(row));
    const network = await this.present(row, Number.MAX_SAFE_INTEGER);
    const [users, orgs, history] = await Promise.all([
      this.names.users([actor.userId]),
      this.names.organisations([row.organisationId]),
      this.audit.list({ resourceType: "ad_network", resourceId: id }, 500),
    ]);
    const generatedAt = this.now().toISOString();
    const evidence = {
      format: "ariadne-evidence",
      version: 1,
      generatedAt,
      generatedBy: { id: actor.userId, name: users.get(actor.userId) ?? "—" },
      organisation: { id: row.organisationId, name: orgs.get(row.organisationId)?.name ?? "—" },
      caution:
        "Leads for an analyst, not findings: every flag names the words that raised it, every weight is configuration, and grades that no source backs are marked verified: false.",
      engine: {
        ...network.engine,
        scoreWeights: DEFAULT_SCORE_WEIGHTS,
        identifierHash:
          'HMAC-SHA256 with the installation\'s blind-index key over "<kind>:<normalised value>"',
      },
      lexicon: lexiconEntries(network.indicators),
      network,
      history: history.items
        .filter((e) => e.action !== "online.network.read")
        .map((e) => ({
          at: e.at,
          action: e.action,
          actor: e.actorName,
          details: e.details,
        })),
    };
    const body =
      format === "json"
        ? Buffer.from(JSON.stringify(evidence, null, 2))
        : Buffer.from(renderEvidenceHtml(evidence));
    const sha256 = createHash("sha256").update(body).digest("hex");
    await this.audit.record(ctx, {
      action: "online.network.export",
      resourceType: "ad_network",
      resourceId: id,
      details: { format, ads: network.memberAds.length, sha256 },
    });
    const day = generatedAt.slice(0, 10);
    return {
      file: body,
      sha256,
      mediaType: format === "json" ? "application/json" : "text/html; charset=utf-8",
      fileName: `evidence-${row.reference}-${day}.${format}`,
    };
  }

  /** How many other organisations hold an identifier, by its keyed hash (a count, never their data). */
  async identifierMatches(ctx: RequestContext, hash: string) {
    const actor = await authorize(this.audit, ctx, "online.read", SYSTEM);
    const counts = await repo.otherOrganisations(this.db, actor.organisationId, [hash]);
    return { hash, otherOrganisations: counts.get(hash) ?? 0 };
  }

  // --- retention and upkeep ------------------------------------------------------------------

  /** The daily job: purge expired ad text, and close batches a stopped process left processing. */
  async runDaily(): Promise<{ ads: number; organisations: number; interruptedBatches: number }> {
    const purged = await this.purgeExpiredText();
    return { ...purged, interruptedBatches: await this.failInterruptedBatches() };
  }

  /**
   * A batch is written in one transaction at its end, so a process that stopped mid-batch left
   * no ads, only the batch row in `processing`; after a day it is marked failed.
   */
  async failInterruptedBatches(): Promise<number> {
    const now = this.now();
    return this.db.transaction(async (tx) => {
      const ids = await repo.failInterrupted(
        tx,
        new Date(now.getTime() - DAY),
        now,
        "The batch was interrupted (the server stopped) and nothing of it was kept; submit it again",
      );
      for (const id of ids)
        await this.audit.append(tx, SYSTEM_CONTEXT, {
          action: "online.batch.fail",
          outcome: "failure",
          resourceType: "ad_batch",
          resourceId: id,
          details: { code: "interrupted" },
        });
      return ids.length;
    });
  }

  /** Purges the raw text of ads past their organisation's text retention (a daily job). */
  async purgeExpiredText(): Promise<{ ads: number; organisations: number }> {
    const now = this.now();
    const days = new Map(
      (await repo.allSettings(this.db)).map((s) => [s.organisationId, s.textRetentionDays]),
    );
    let ads = 0;
    let organisations = 0;
    for (const organisationId of await repo.organisationsWithText(this.db)) {
      const retention = days.get(organisationId) ?? DEFAULT_TEXT_RETENTION_DAYS;
      const cutoff = new Date(now.getTime() - retention * DAY);
      const purged = await this.engines.exclusive(organisationId, () =>
        this.db.transaction(async (tx) => {
          const n = await repo.purgeText(tx, organisationId, cutoff, now);
          if (n === 0) return 0;
          const templates = await repo.purgeTemplates(tx, organisationId);
          await this.audit.append(tx, SYSTEM_CONTEXT, {
            action: "online.retention.purge",
            resourceType: "organisation",
            resourceId: organisationId,
            details: { ads: n, networkTemplates: templates, retentionDays: retention },
          });
          return n;
        }),
      );
      if (purged > 0) {
        // The engine holds the purged text's tokens: it is rebuilt without them.
        this.engines.drop(organisationId);
        ads += purged;
        organisations++;
      }
    }
    return { ads, organisations };
  }
}
