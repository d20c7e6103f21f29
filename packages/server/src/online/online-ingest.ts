import { randomBytes, randomUUID } from "node:crypto";
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { PLACES, type AdAnalyser, type AdRow, type PreparedAd, type PreparedFeatures } from "@ariadne/detect";
import { DomainError } from "@ariadne/domain";
import { sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import type { Keyring } from "../security/keyring.ts";
import { toBase64, type OrganisationEngine } from "./engine-registry.ts";
import { matchNetworks, networkContent, type NetworkContent } from "./network-sync.ts";
import { sealOnline } from "./online-sealing.ts";
import * as repo from "./online-repository.ts";

/** The blind-index domain of identifiers: the same value has the same hash in every organisation. */
export const IDENTIFIER_DOMAIN = "online.identifier";
/** At most this many rows per batch: an engine holds every ad of its organisation in memory. */
export const MAX_BATCH_ADS = 100_000;
/** Skipped rows listed one by one in the report (all are counted). */
const MAX_PROBLEMS = 100;
/** Serialises writes of one organisation's ads across server processes (with the organisation's hash). */
const ONLINE_LOCK = 7_241_101;
/** Dates outside these years are treated as unknown (a typo, or seconds taken for milliseconds). */
const EARLIEST = Date.UTC(1990, 0, 1);
const LATEST = Date.UTC(2100, 0, 1);

/** How far a batch got: counts kept as rows stream in, also when it fails. */
export interface BatchProgress {
  received: number;
  skipped: number;
  truncated: number;
  repaired: number;
  skippedReasons: Record<string, number>;
  problems: { row: number; id: string | null; reason: string }[];
}

export const newProgress = (): BatchProgress => ({
  received: 0,
  skipped: 0,
  truncated: 0,
  repaired: 0,
  skippedReasons: {},
  problems: [],
});

/** One analysed ad, ready to be written: its row (ciphertext only), identifiers and features. */
export interface PreparedRecord {
  ad: repo.NewAd;
  identifiers: repo.NewIdentifier[];
  features: PreparedFeatures;
}

function skip(progress: BatchProgress, row: number, id: string | null, reason: string): void {
  progress.skipped++;
  progress.skippedReasons[reason] = (progress.skippedReasons[reason] ?? 0) + 1;
  if (progress.problems.length < MAX_PROBLEMS) progress.problems.push({ row, id, reason });
}

/**
 * Reads the rows and analyses each ad as it arrives. What is kept of an ad is its ciphertext
 * and features, never its plain text; rows that are not ads are counted with their reason.
 */
export async function collect(
  keyring: Keyring,
  analyser: AdAnalyser,
  state: OrganisationEngine,
  rows: AsyncIterable<AdRow>,
  where: { organisationId: string; batchId: string },
  progress: BatchProgress,
): Promise<PreparedRecord[]> {
  const stop = state.engine.stopSet();
  const stopSet = new Set(stop.hashes);
  const seen = new Set<string>();
  const records: PreparedRecord[] = [];
  for await (const row of rows) {
    progress.received++;
    if (progress.received > MAX_BATCH_ADS)
      throw new DomainError(
        "payload_too_large",
        `A batch holds at most ${String(MAX_BATCH_ADS)} ads; split the file into smaller batches`,
      );
    if (row.kind === "problem") {
      skip(progress, row.row, row.id, row.reason);
      continue;
    }
    const id = row.ad.id;
    if (seen.has(id) || state.engine.has(id)) {
      skip(progress, row.row, id, "duplicate_id");
      continue;
    }
    const prepared = analyser.prepare(row.ad, stopSet, stop.id);
    if (!prepared.ok) {
      skip(progress, row.row, id, prepared.reason);
      continue;
    }
    seen.add(id);
    if (row.repaired) progress.repaired++;
    if (prepared.value.truncated) progress.truncated++;
    records.push(toRecord(keyring, prepared.value, row.ad.title, where));
    // Analysis is synchronous: let other requests through now and then.
    if (progress.received % 200 === 0) await yieldToEventLoop();
  }
  return records;
}

const IDENTIFYING = new Set(["phone", "email", "url", "handle"]);

function toRecord(
  keyring: Keyring,
  p: PreparedAd,
  title: string | undefined,
  where: { organisationId: string; batchId: string },
): PreparedRecord {
  const id = randomUUID();
  const a = p.analysis;
  const found = new Map<string, { kind: string; value: string; obfuscated: boolean }>();
  for (const x of a.extractions) {
    if (!IDENTIFYING.has(x.kind)) continue;
    const key = `${x.kind}:${x.value}`;
    const entry = found.get(key) ?? { kind: x.kind, value: x.value, obfuscated: false };
    if ((x.obfuscation?.length ?? 0) > 0) entry.obfuscated = true;
    found.set(key, entry);
  }
  const identifiers: repo.NewIdentifier[] = [];
  const keys: string[] = [];
  for (const [key, x] of found) {
    const hash = keyring.blindIndex(IDENTIFIER_DOMAIN, key);
    const identifierId = randomUUID();
    identifiers.push({
      id: identifierId,
      adId: id,
      organisationId: where.organisationId,
      kind: x.kind,
      hash,
      valueEnc: sealOnline(keyring, "ad_identifier", "value", identifierId, x.value),
      obfuscated: x.obfuscated,
    });
    keys.push(`${x.kind}:${hash}`);
  }
  const date = Number.isFinite(p.date) && p.date >= EARLIEST && p.date < LATEST ? p.date : Number.NaN;
  const places = p.places.flatMap((i) => {
    const place = PLACES[i];
    return place ? [{ country: place.country, city: place.city }] : [];
  });
  const shortTitle = title?.trim().slice(0, 1000);
  const { analysis: _analysis, ...features } = p;
  return {
    ad: {
      id,
      organisationId: where.organisationId,
      batchId: where.batchId,
      externalId: p.id,
      titleEnc: shortTitle ? sealOnline(keyring, "online_ad", "title", id, shortTitle) : null,
      textEnc: sealOnline(keyring, "online_ad", "text", id, a.text),
      tokensEnc: sealOnline(
        keyring,
        "online_ad",
        "tokens",
        id,
        JSON.stringify({ t: p.tokens, k: toBase64(p.kinds) }),
      ),
      postedAt: Number.isNaN(date) ? null : new Date(date),
      language: a.language,
      indicatorScore: a.indicatorScore,
      flags: a.flags.map((f) => ({
        indicator: f.indicator,
        version: f.version,
        category: f.category,
        grade: f.grade,
        verified: f.verified,
        weight: f.weight,
        spans: f.spans.map((s) => ({ start: s.start, end: s.end })),
      })),
      extractions: a.extractions.map((x) => ({
        kind: x.kind,
        start: x.start,
        end: x.end,
        obfuscation: x.obfuscation ?? [],
        ...(x.kind === "place" ? { country: x.country, city: x.city } : {}),
        ...(x.kind === "age" ? { age: x.age } : {}),
        ...(x.kind === "price" ? { amount: x.amount, currency: x.currency } : {}),
      })),
      places,
      features: { shingles: toBase64(p.shingles) },
      obfuscated: p.obfuscated,
      truncated: p.truncated,
      clusterKey: p.id,
      networkId: null,
    },
    identifiers,
    // The engine links ads by keyed hashes: it never holds an identifier's value.
    features: { ...features, date, identifiers: keys.sort() },
  };
}

/** The organisation's engine changed in the database since it was read: start again. */
export class StaleEngine extends Error {}

/** A 32-bit key for the organisation's advisory lock. */
function lockKey(organisationId: string): number {
  return Number.parseInt(organisationId.replaceAll("-", "").slice(0, 8), 16) | 0;
}

export interface WriteResult {
  /** The networks holding ads of the batch. */
  networks: number;
  seq: number;
  /** Assignments now stored, by external id. */
  assignments: Map<string, { id: string; cluster: string; network: string | null }>;
}

/**
 * Adds the batch to the engine and writes everything the engine now says, inside `tx`: the new
 * ads and their identifiers, the networks (continued, new, gone), and the ads that moved. Only
 * what changed is written. Throws StaleEngine when another process wrote first.
 */
export async function writeBatch(
  tx: Executor,
  keyring: Keyring,
  state: OrganisationEngine,
  organisationId: string,
  records: readonly PreparedRecord[],
  now: Date,
): Promise<WriteResult> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ONLINE_LOCK}, ${lockKey(organisationId)})`);
  if ((await repo.latestSeq(tx, organisationId)) !== state.seq) throw new StaleEngine();
  state.engine.addPrepared(records.map((r) => r.features));
  const result = state.engine.result();
  const clusters = new Map(result.clusters.map((c) => [c.id, c]));
  const current = await repo.currentNetworks(tx, organisationId);
  const byId = new Map(current.map((c) => [c.id, c]));
  const { continues, gone } = matchNetworks(result.assignments, state.ads, current);

  const rowOfKey = new Map<string, string>();
  const fresh: { id: string; content: NetworkContent }[] = [];
  for (const net of result.networks) {
    const content = networkContent(net, clusters);
    const rowId = continues.get(net.id);
    if (rowId === undefined) {
      const id = randomUUID();
      fresh.push({ id, content });
      rowOfKey.set(net.id, id);
      continue;
    }
    rowOfKey.set(net.id, rowId);
    const before = byId.get(rowId);
    if (before?.fingerprint !== content.fingerprint || before.key !== content.key) {
      await repo.updateNetworkContent(tx, rowId, networkFields(keyring, rowId, content, now));
    }
  }
  const references = await newReferences(tx, fresh.length);
  await repo.insertNetworks(
    tx,
    fresh.map(({ id, content }, i) => ({
      ...networkFields(keyring, id, content, now),
      id,
      organisationId,
      reference: references[i] ?? id,
      status: "new",
    })),
  );

  const assignmentOf = new Map(result.assignments.map((a) => [a.ad, a]));
  const networkOf = (key: string | null) => (key === null ? null : (rowOfKey.get(key) ?? null));
  const batchNetworks = new Set<string>();
  const ads = records.map((r) => {
    const a = assignmentOf.get(r.ad.externalId);
    const network = networkOf(a?.network ?? null);
    if (network !== null) batchNetworks.add(network);
    return { ...r.ad, clusterKey: a?.cluster ?? r.ad.externalId, networkId: network, createdAt: now };
  });
  const seqs = await repo.insertAds(tx, ads);
  await repo.insertIdentifiers(
    tx,
    records.flatMap((r) => r.identifiers),
  );

  const assignments = new Map(state.ads);
  const moved: { id: string; cluster: string; network: string | null }[] = [];
  for (const a of result.assignments) {
    const before = state.ads.get(a.ad);
    if (!before) continue;
    const network = networkOf(a.network);
    if (before.cluster !== a.cluster || before.network !== network) {
      moved.push({ id: before.id, cluster: a.cluster, network });
      assignments.set(a.ad, { id: before.id, cluster: a.cluster, network });
    }
  }
  await repo.updateAssignments(tx, moved);
  for (const g of gone) {
    await repo.updateNetwork(tx, g.id, {
      current: false,
      mergedInto: g.mergedIntoKey === null ? null : (rowOfKey.get(g.mergedIntoKey) ?? null),
      updatedAt: now,
    });
  }
  for (const ad of ads)
    assignments.set(ad.externalId, { id: ad.id, cluster: ad.clusterKey, network: ad.networkId });
  let seq = state.seq;
  for (const s of seqs) if (s > seq) seq = s;
  return { networks: batchNetworks.size, seq, assignments };
}

function networkFields(keyring: Keyring, id: string, content: NetworkContent, now: Date) {
  return {
    key: content.key,
    current: true,
    mergedInto: null,
    score: content.score,
    ads: content.ads,
    clusters: content.clusters,
    components: content.components,
    summary: content.summary as unknown as Record<string, unknown>,
    categories: content.categories,
    placeKeys: content.placeKeys,
    templatesEnc: sealOnline(keyring, "ad_network", "templates", id, JSON.stringify(content.templates)),
    firstSeen: content.firstSeen,
    lastSeen: content.lastSeen,
    fingerprint: content.fingerprint,
    updatedAt: now,
  };
}

/** N-<6 hex> references not yet taken: short enough to say on the phone. */
async function newReferences(tx: Executor, n: number): Promise<string[]> {
  const out = new Set<string>();
  while (out.size < n) {
    const candidates = new Set<string>();
    while (candidates.size < n - out.size) {
      const reference = `N-${randomBytes(3).toString("hex").toUpperCase()}`;
      if (!out.has(reference)) candidates.add(reference);
    }
    const taken = new Set(await repo.existingReferences(tx, [...candidates]));
    for (const c of candidates) if (!taken.has(c)) out.add(c);
  }
  return [...out];
}
