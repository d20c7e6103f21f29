import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  lt,
  ne,
  or,
  sql,
  type SQL,
} from "drizzle-orm";
import type { ScopeFilter } from "@ariadne/domain";
import { queryRows, type Executor } from "../db/connection.ts";
import { adBatches, adIdentifiers, adNetworks, onlineAds, onlineSettings } from "../db/schema.ts";
import type { StoredFeatures } from "./engine-registry.ts";

export type BatchRow = typeof adBatches.$inferSelect;
export type NewBatch = typeof adBatches.$inferInsert;
export type AdRow = typeof onlineAds.$inferSelect;
export type NewAd = typeof onlineAds.$inferInsert;
export type NewIdentifier = typeof adIdentifiers.$inferInsert;
export type NetworkRow = typeof adNetworks.$inferSelect;
export type NewNetwork = typeof adNetworks.$inferInsert;

/** Rows per INSERT statement: well under PostgreSQL's 65,535 parameters. */
const CHUNK = 400;

// --- settings ---------------------------------------------------------------------------------

export async function findSettings(ex: Executor, organisationId: string) {
  const [row] = await ex
    .select()
    .from(onlineSettings)
    .where(eq(onlineSettings.organisationId, organisationId));
  return row;
}

export async function upsertSettings(
  ex: Executor,
  organisationId: string,
  textRetentionDays: number,
  userId: string,
  at: Date,
): Promise<void> {
  await ex
    .insert(onlineSettings)
    .values({ organisationId, textRetentionDays, updatedBy: userId })
    .onConflictDoUpdate({
      target: onlineSettings.organisationId,
      set: {
        textRetentionDays,
        updatedBy: userId,
        version: sql`${onlineSettings.version} + 1`,
        updatedAt: at,
      },
    });
}

export async function allSettings(ex: Executor) {
  return ex.select().from(onlineSettings);
}

// --- batches ----------------------------------------------------------------------------------

export async function insertBatch(ex: Executor, batch: NewBatch): Promise<void> {
  await ex.insert(adBatches).values(batch);
}

export async function updateBatch(ex: Executor, id: string, changes: Partial<NewBatch>): Promise<void> {
  await ex.update(adBatches).set(changes).where(eq(adBatches.id, id));
}

export async function findBatch(ex: Executor, id: string): Promise<BatchRow | undefined> {
  const [row] = await ex.select().from(adBatches).where(eq(adBatches.id, id));
  return row;
}

export async function listBatches(ex: Executor, scope: ScopeFilter, limit: number): Promise<BatchRow[]> {
  return ex
    .select()
    .from(adBatches)
    .where(scopeCondition(scope, adBatches.organisationId, adBatches.id))
    .orderBy(desc(adBatches.createdAt))
    .limit(limit);
}

function scopeCondition(
  scope: ScopeFilter,
  organisationColumn: typeof adBatches.organisationId | typeof adNetworks.organisationId,
  idColumn: typeof adBatches.id | typeof adNetworks.id,
): SQL | undefined {
  if ("all" in scope) return undefined;
  const granted = scope.grantedIds.length > 0 ? inArray(idColumn, [...scope.grantedIds]) : undefined;
  if ("organisationId" in scope) return or(eq(organisationColumn, scope.organisationId), granted);
  // Online records have no owner: an own-scope role sees what it was granted only.
  return granted ?? sql`false`;
}

// --- the engine's stored features -------------------------------------------------------------

export async function latestSeq(ex: Executor, organisationId: string): Promise<number> {
  const [row] = await ex
    .select({ seq: sql<string | number | null>`max(${onlineAds.seq})` })
    .from(onlineAds)
    .where(eq(onlineAds.organisationId, organisationId));
  return Number(row?.seq ?? 0);
}

/** A page of stored features after `afterSeq`, in seq order, each with its identifier keys. */
export async function featurePage(
  ex: Executor,
  organisationId: string,
  afterSeq: number,
  limit: number,
): Promise<(Omit<StoredFeatures, "tokens"> & { tokensEnc: string | null })[]> {
  const rows = await queryRows<{
    id: string;
    external_id: string;
    seq: string | number;
    posted_at: string | Date | null;
    tokens_enc: string | null;
    features: { shingles: string };
    identifiers: string[] | null;
    places: { country: string; city: string }[];
    indicators: string[] | null;
    indicator_score: number | string;
    obfuscated: boolean;
    truncated: boolean;
    cluster_key: string;
    network_id: string | null;
  }>(
    ex,
    sql`select a.id::text as id, a.external_id, a.seq, a.posted_at, a.tokens_enc, a.features,
          (select array_agg(i.kind || ':' || i.hash order by i.kind, i.hash) from ad_identifier i where i.ad_id = a.id) as identifiers,
          a.places,
          (select array_agg(f->>'indicator') from jsonb_array_elements(a.flags) f) as indicators,
          a.indicator_score, a.obfuscated, a.truncated, a.cluster_key, a.network_id::text as network_id
        from online_ad a
        where a.organisation_id = ${organisationId} and a.seq > ${afterSeq}
        order by a.seq limit ${limit}`,
  );
  return rows.map((r) => ({
    id: r.id,
    externalId: r.external_id,
    seq: Number(r.seq),
    postedAt: r.posted_at === null ? null : new Date(r.posted_at),
    tokensEnc: r.tokens_enc,
    shingles: r.features.shingles,
    identifiers: r.identifiers ?? [],
    places: r.places,
    indicators: r.indicators ?? [],
    indicatorScore: Number(r.indicator_score),
    obfuscated: r.obfuscated,
    truncated: r.truncated,
    clusterKey: r.cluster_key,
    networkId: r.network_id,
  }));
}

// --- writing a batch ----------------------------------------------------------------------------

export async function insertAds(ex: Executor, ads: readonly NewAd[]): Promise<number[]> {
  const seqs: number[] = [];
  for (let i = 0; i < ads.length; i += CHUNK) {
    const rows = await ex
      .insert(onlineAds)
      .values(ads.slice(i, i + CHUNK))
      .returning({ seq: onlineAds.seq });
    for (const r of rows) seqs.push(r.seq);
  }
  return seqs;
}

export async function insertIdentifiers(ex: Executor, rows: readonly NewIdentifier[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK)
    await ex.insert(adIdentifiers).values(rows.slice(i, i + CHUNK));
}

/** Moves stored ads to other clusters and networks, many per statement. */
export async function updateAssignments(
  ex: Executor,
  changes: readonly { id: string; cluster: string; network: string | null }[],
): Promise<void> {
  for (let i = 0; i < changes.length; i += 2000) {
    const json = JSON.stringify(changes.slice(i, i + 2000));
    await ex.execute(
      sql`update online_ad a set cluster_key = v.cluster, network_id = v.network
          from jsonb_to_recordset(${json}::jsonb) as v(id uuid, cluster text, network uuid)
          where a.id = v.id`,
    );
  }
}

export async function currentNetworks(ex: Executor, organisationId: string) {
  return ex
    .select({ id: adNetworks.id, key: adNetworks.key, fingerprint: adNetworks.fingerprint })
    .from(adNetworks)
    .where(and(eq(adNetworks.organisationId, organisationId), eq(adNetworks.current, true)));
}

export async function insertNetworks(ex: Executor, rows: readonly NewNetwork[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) await ex.insert(adNetworks).values(rows.slice(i, i + CHUNK));
}

export async function updateNetwork(ex: Executor, id: string, changes: Partial<NewNetwork>): Promise<void> {
  await ex.update(adNetworks).set(changes).where(eq(adNetworks.id, id));
}

/** The engine's view of a network changed: a decision read before it must be read again. */
export async function updateNetworkContent(
  ex: Executor,
  id: string,
  changes: Partial<NewNetwork>,
): Promise<void> {
  await ex
    .update(adNetworks)
    .set({ ...changes, version: sql`${adNetworks.version} + 1` })
    .where(eq(adNetworks.id, id));
}

/** Which of these references are taken. */
export async function existingReferences(ex: Executor, references: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < references.length; i += 1000) {
    const rows = await ex
      .select({ reference: adNetworks.reference })
      .from(adNetworks)
      .where(inArray(adNetworks.reference, references.slice(i, i + 1000)));
    for (const r of rows) out.push(r.reference);
  }
  return out;
}

// --- reading networks ---------------------------------------------------------------------------

export interface NetworkFilter {
  status?: string | undefined;
  minScore?: number | undefined;
  /** ISO country code, or country:city. */
  place?: string | undefined;
  category?: string | undefined;
  includeGone?: boolean | undefined;
}

/** The engine's ranking: score, then size, then key. */
const RANK_ORDER = sql`${adNetworks.score} desc, ${adNetworks.ads} desc, ${adNetworks.key}`;

/** Networks in scope with their rank among their organisation's current networks, best first. */
export async function listNetworks(
  ex: Executor,
  scope: ScopeFilter,
  filter: NetworkFilter,
  limit: number,
): Promise<{ network: NetworkRow; rank: number | null }[]> {
  const ranked = ex.$with("ranked").as(
    ex
      .select({
        id: adNetworks.id,
        rank: sql<number>`(row_number() over (partition by ${adNetworks.organisationId} order by ${RANK_ORDER}))::int`.as(
          "rank",
        ),
      })
      .from(adNetworks)
      .where(
        and(eq(adNetworks.current, true), scopeCondition(scope, adNetworks.organisationId, adNetworks.id)),
      ),
  );
  // Indicators of both kinds (messaging only, a disguised phone) say nothing of the kind.
  const category =
    filter.category === undefined
      ? undefined
      : sql`${adNetworks.categories} @> array[${filter.category}]::text[]`;
  return ex
    .with(ranked)
    .select({ network: adNetworks, rank: ranked.rank })
    .from(adNetworks)
    .leftJoin(ranked, eq(ranked.id, adNetworks.id))
    .where(
      and(
        scopeCondition(scope, adNetworks.organisationId, adNetworks.id),
        filter.includeGone ? undefined : eq(adNetworks.current, true),
        filter.status === undefined ? undefined : eq(adNetworks.status, filter.status),
        filter.minScore === undefined ? undefined : sql`${adNetworks.score} >= ${filter.minScore}`,
        filter.place === undefined
          ? undefined
          : sql`${adNetworks.placeKeys} @> array[${filter.place}]::text[]`,
        category,
      ),
    )
    .orderBy(desc(adNetworks.current), RANK_ORDER)
    .limit(limit);
}

export async function findNetwork(ex: Executor, id: string): Promise<NetworkRow | undefined> {
  const [row] = await ex.select().from(adNetworks).where(eq(adNetworks.id, id));
  return row;
}

/** The rank of a current network among its organisation's. */
export async function rankOf(ex: Executor, row: NetworkRow): Promise<number | null> {
  if (!row.current) return null;
  const [r] = await ex
    .select({ n: count() })
    .from(adNetworks)
    .where(
      and(
        eq(adNetworks.organisationId, row.organisationId),
        eq(adNetworks.current, true),
        sql`(-${adNetworks.score}, -${adNetworks.ads}, ${adNetworks.key}) < (-(${row.score}::real), ${-row.ads}::int, ${row.key}::text)`,
      ),
    );
  return (r?.n ?? 0) + 1;
}

/** Networks that merged into this one. */
export async function predecessors(ex: Executor, id: string) {
  return ex
    .select({
      id: adNetworks.id,
      reference: adNetworks.reference,
      status: adNetworks.status,
      decidedAt: adNetworks.decidedAt,
    })
    .from(adNetworks)
    .where(eq(adNetworks.mergedInto, id))
    .orderBy(asc(adNetworks.reference));
}

export async function networkAds(ex: Executor, networkId: string, limit: number): Promise<AdRow[]> {
  return ex
    .select()
    .from(onlineAds)
    .where(eq(onlineAds.networkId, networkId))
    .orderBy(sql`${onlineAds.postedAt} desc nulls last`, asc(onlineAds.externalId))
    .limit(limit);
}

/** Every identifier of the network's ads, with the ad's cluster and external id. */
export async function networkIdentifiers(ex: Executor, networkId: string) {
  return ex
    .select({
      id: adIdentifiers.id,
      adId: adIdentifiers.adId,
      kind: adIdentifiers.kind,
      hash: adIdentifiers.hash,
      valueEnc: adIdentifiers.valueEnc,
      obfuscated: adIdentifiers.obfuscated,
      cluster: onlineAds.clusterKey,
      externalId: onlineAds.externalId,
    })
    .from(adIdentifiers)
    .innerJoin(onlineAds, eq(onlineAds.id, adIdentifiers.adId))
    .where(eq(onlineAds.networkId, networkId));
}

/** How many other organisations hold each of these keyed hashes (counts only). */
export async function otherOrganisations(
  ex: Executor,
  organisationId: string,
  hashes: readonly string[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (let i = 0; i < hashes.length; i += 1000) {
    const rows = await ex
      .select({
        hash: adIdentifiers.hash,
        n: sql<number>`count(distinct ${adIdentifiers.organisationId})::int`,
      })
      .from(adIdentifiers)
      .where(
        and(
          inArray(adIdentifiers.hash, hashes.slice(i, i + 1000)),
          ne(adIdentifiers.organisationId, organisationId),
        ),
      )
      .groupBy(adIdentifiers.hash);
    for (const r of rows) out.set(r.hash, r.n);
  }
  return out;
}

export async function decideNetwork(
  ex: Executor,
  id: string,
  version: number,
  changes: Partial<NewNetwork>,
): Promise<boolean> {
  const rows = await ex
    .update(adNetworks)
    .set({ ...changes, version: sql`${adNetworks.version} + 1` })
    .where(and(eq(adNetworks.id, id), eq(adNetworks.version, version)))
    .returning({ id: adNetworks.id });
  return rows.length === 1;
}

/** Batches still processing since before `before`: their process stopped (their ads were never written). */
export async function failInterrupted(
  ex: Executor,
  before: Date,
  at: Date,
  error: string,
): Promise<string[]> {
  const rows = await ex
    .update(adBatches)
    .set({ status: "failed", error, analysed: 0, completedAt: at })
    .where(and(eq(adBatches.status, "processing"), lt(adBatches.createdAt, before)))
    .returning({ id: adBatches.id });
  return rows.map((r) => r.id);
}

// --- retention ----------------------------------------------------------------------------------

/** Organisations holding ad text older than their cut-off. */
export async function organisationsWithText(ex: Executor): Promise<string[]> {
  const rows = await ex
    .selectDistinct({ organisationId: onlineAds.organisationId })
    .from(onlineAds)
    .where(isNull(onlineAds.textPurgedAt));
  return rows.map((r) => r.organisationId);
}

/** Nulls the text of ads submitted before `cutoff`; returns how many. */
export async function purgeText(
  ex: Executor,
  organisationId: string,
  cutoff: Date,
  at: Date,
): Promise<number> {
  const rows = await ex
    .update(onlineAds)
    .set({ titleEnc: null, textEnc: null, tokensEnc: null, textPurgedAt: at })
    .where(
      and(
        eq(onlineAds.organisationId, organisationId),
        isNull(onlineAds.textPurgedAt),
        lt(onlineAds.createdAt, cutoff),
      ),
    )
    .returning({ id: onlineAds.id });
  return rows.length;
}

/** Templates are derived text: a network whose ads' text is all purged loses them too. */
export async function purgeTemplates(ex: Executor, organisationId: string): Promise<number> {
  const rows = await ex
    .update(adNetworks)
    .set({ templatesEnc: null })
    .where(
      and(
        eq(adNetworks.organisationId, organisationId),
        isNotNull(adNetworks.templatesEnc),
        sql`not exists (select 1 from online_ad a where a.network_id = ${adNetworks.id} and a.text_purged_at is null)`,
      ),
    )
    .returning({ id: adNetworks.id });
  return rows.length;
}
