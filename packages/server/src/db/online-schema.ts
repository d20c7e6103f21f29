/**
 * Disrupt: online ads submitted in batches, what the detection engine found in them, and the
 * networks an analyst reviews.
 *
 * What is personal and how it is kept:
 * - an ad's title and text, and the engine's template tokens (its text in normalised form),
 *   are encrypted per row and purged (set to null) when the organisation's text retention
 *   ends; flags and extractions keep kinds and spans only, never the words;
 * - identifiers (phones, e-mail addresses, handles, URLs) are encrypted, with a keyed hash
 *   (blind index, domain `online.identifier`) that links ads and networks, also across
 *   organisations, without the raw value;
 * - a network's templates are derived text: encrypted; its summary holds counts, hashes and
 *   gazetteer places only.
 */
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  real,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations, users } from "./schema.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const orgRef = (name: string) => uuid(name).references(() => organisations.id);
const userRef = (name: string) => uuid(name).references(() => users.id);

/** Per-organisation settings of Disrupt; an organisation without a row uses the defaults. */
export const onlineSettings = pgTable("online_setting", {
  organisationId: orgRef("organisation_id").primaryKey(),
  /** Days an ad's raw text is kept after it was submitted. */
  textRetentionDays: integer("text_retention_days").notNull(),
  updatedBy: userRef("updated_by"),
  version: integer("version").notNull().default(1),
  updatedAt: ts("updated_at").notNull().defaultNow(),
});

/** One submission of ads. Its ads are written, all at once, only when it completes. */
export const adBatches = pgTable(
  "ad_batch",
  {
    id: uuid("id").primaryKey(),
    organisationId: orgRef("organisation_id").notNull(),
    /** Where the ads come from, as the submitter names it (a platform, an export). */
    source: text("source").notNull(),
    /** json | jsonl | csv */
    format: text("format").notNull(),
    /** processing | complete | failed */
    status: text("status").notNull(),
    received: integer("received").notNull().default(0),
    analysed: integer("analysed").notNull().default(0),
    skipped: integer("skipped").notNull().default(0),
    truncated: integer("truncated").notNull().default(0),
    /** Rows whose text held invalid UTF-8 (replaced by U+FFFD) but were analysed. */
    repaired: integer("repaired").notNull().default(0),
    /** Skipped rows by reason. */
    skippedReasons: jsonb("skipped_reasons").$type<Record<string, number>>().notNull().default({}),
    /** The first skipped rows: row number, the ad's id when readable, reason. No text. */
    problems: jsonb("problems")
      .$type<{ row: number; id: string | null; reason: string }[]>()
      .notNull()
      .default([]),
    /** Networks that hold at least one ad of the batch, once complete. */
    networks: integer("networks").notNull().default(0),
    /** Why a failed batch failed (a message without personal data). */
    error: text("error"),
    submittedBy: userRef("submitted_by"),
    /** session | token | system */
    via: text("via").notNull(),
    demo: boolean("demo").notNull().default(false),
    createdAt: ts("created_at").notNull().defaultNow(),
    completedAt: ts("completed_at"),
  },
  (t) => [index("ad_batch_org").on(t.organisationId, t.createdAt)],
);

/**
 * A network as the engine last described it, and the analyst's decision on it. `key` is the
 * engine's id of the network now (its smallest member cluster id), which changes as ads join;
 * a row follows the network through such changes (each new engine network continues the row
 * with which it shares most ads). A network that merges into another or falls apart keeps its
 * row, with `current` false, `merged_into` naming the row it joined, and its decision.
 */
export const adNetworks = pgTable(
  "ad_network",
  {
    id: uuid("id").primaryKey(),
    organisationId: orgRef("organisation_id").notNull(),
    key: text("key").notNull(),
    /** N-<6 hex>: short enough to say on the phone. */
    reference: text("reference").notNull(),
    current: boolean("current").notNull().default(true),
    /** Set when the network joined another: the row it is part of now. */
    mergedInto: uuid("merged_into"),
    score: real("score").notNull(),
    ads: integer("ads").notNull(),
    clusters: integer("clusters").notNull(),
    components: jsonb("components").$type<unknown[]>().notNull(),
    /** Counts, hashes, places, timeline, indicators: no raw text, no identifier value. */
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull(),
    /** Indicator categories seen (sexual, labour, both), for filtering. */
    categories: text("categories")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** "FR" and "FR:paris" for every place named, for filtering. */
    placeKeys: text("place_keys")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** The clusters' templates (JSON), derived from ad text: encrypted. */
    templatesEnc: text("templates_enc"),
    /** SHA-256 of what the engine said last: an unchanged network is not rewritten. */
    fingerprint: text("fingerprint").notNull(),
    firstSeen: ts("first_seen"),
    lastSeen: ts("last_seen"),
    /** new | escalated | monitoring | dismissed */
    status: text("status").notNull().default("new"),
    decisionReasonEnc: text("decision_reason_enc"),
    decidedBy: userRef("decided_by"),
    decidedAt: ts("decided_at"),
    /** How many ads the network had when decided on: more now means new activity. */
    decidedAds: integer("decided_ads"),
    version: integer("version").notNull().default(1),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    index("ad_network_key").on(t.organisationId, t.key),
    uniqueIndex("ad_network_reference").on(t.reference),
    index("ad_network_rank").on(t.organisationId, t.current, t.score),
    index("ad_network_merged").on(t.mergedInto),
  ],
);

/** An analysed ad. `external_id` is the submitter's id of the ad, unique per organisation. */
export const onlineAds = pgTable(
  "online_ad",
  {
    id: uuid("id").primaryKey(),
    /** Insertion order within the installation: engines catch up on ads stored by others. */
    seq: bigint("seq", { mode: "number" }).generatedByDefaultAsIdentity().notNull(),
    organisationId: orgRef("organisation_id").notNull(),
    batchId: uuid("batch_id")
      .notNull()
      .references(() => adBatches.id),
    externalId: text("external_id").notNull(),
    titleEnc: text("title_enc"),
    /** The analysed text (title, a line break, the body; cut at the engine's cap): spans index it. */
    textEnc: text("text_enc"),
    /** The engine's template tokens and their kinds (JSON), to rebuild the engine without re-analysis. */
    tokensEnc: text("tokens_enc"),
    postedAt: ts("posted_at"),
    language: text("language").notNull(),
    indicatorScore: real("indicator_score").notNull(),
    /** [{ indicator, version, category, grade, verified, weight, spans: [{ start, end }] }] */
    flags: jsonb("flags").$type<unknown[]>().notNull(),
    /** [{ kind, start, end, obfuscation?, … }]: kinds and spans; identifier values live in ad_identifier. */
    extractions: jsonb("extractions").$type<unknown[]>().notNull(),
    /** Gazetteer places named in the ad or its place field: [{ country, city }]. */
    places: jsonb("places").$type<{ country: string; city: string }[]>().notNull(),
    /** Clustering features (base64 of typed arrays): { shingles }. */
    features: jsonb("features").$type<{ shingles: string }>().notNull(),
    obfuscated: boolean("obfuscated").notNull(),
    truncated: boolean("truncated").notNull(),
    /** The engine's cluster id (its smallest member id); the ad's own id when alone. */
    clusterKey: text("cluster_key").notNull(),
    networkId: uuid("network_id").references(() => adNetworks.id),
    textPurgedAt: ts("text_purged_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("online_ad_external").on(t.organisationId, t.externalId),
    index("online_ad_org_seq").on(t.organisationId, t.seq),
    index("online_ad_network").on(t.networkId),
    index("online_ad_batch").on(t.batchId),
  ],
);

/** A phone, e-mail address, handle or URL found in an ad: keyed hash plus encrypted value. */
export const adIdentifiers = pgTable(
  "ad_identifier",
  {
    id: uuid("id").primaryKey(),
    adId: uuid("ad_id")
      .notNull()
      .references(() => onlineAds.id, { onDelete: "cascade" }),
    organisationId: orgRef("organisation_id").notNull(),
    /** phone | email | handle | url */
    kind: text("kind").notNull(),
    /** blindIndex("online.identifier", "<kind>:<normalised value>") */
    hash: text("hash").notNull(),
    valueEnc: text("value_enc").notNull(),
    /** The identifier was disguised (spelled-out digits, homoglyphs…). */
    obfuscated: boolean("obfuscated").notNull(),
  },
  (t) => [
    index("ad_identifier_hash").on(t.hash),
    index("ad_identifier_ad").on(t.adId),
    index("ad_identifier_org_hash").on(t.organisationId, t.hash),
  ],
);
