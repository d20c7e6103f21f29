import { z } from "zod";
import { plainText } from "@ariadne/domain";

export const NETWORK_STATUSES = ["new", "escalated", "monitoring", "dismissed"] as const;
export type NetworkStatus = (typeof NETWORK_STATUSES)[number];
export const DECISIONS = ["escalate", "monitor", "dismiss"] as const;
export type Decision = (typeof DECISIONS)[number];
export const IDENTIFIER_KINDS = ["phone", "email", "handle", "url"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];
export const INDICATOR_CATEGORIES = ["sexual", "labour", "both"] as const;
export const BATCH_FORMATS = ["json", "jsonl", "csv"] as const;
export const BATCH_STATUSES = ["processing", "complete", "failed"] as const;
export const UPLOAD_FORMATS = ["jsonl", "csv"] as const;

const region = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code such as FR")
  .describe("Country whose national phone numbers the ads use; default: the organisation's country");

/** One ad as a platform sends it. Content problems (empty, binary…) skip the ad; they never fail the batch. */
export const adInput = z
  .object({
    id: z.string().max(1000).describe("The platform's id of the ad, unique within your organisation"),
    text: z.string().describe("The ad's text; cut at 20,000 characters for analysis"),
    title: z.string().max(5000).optional(),
    date: z
      .union([z.string().max(100), z.number()])
      .optional()
      .describe("When it was posted: ISO 8601 or epoch milliseconds"),
    place: z.string().max(1000).optional().describe("The place field of the source (a city name)"),
  })
  .meta({ id: "SubmittedAd" });

export const batchInput = z
  .strictObject({
    source: plainText(200).describe("Where the ads come from, e.g. the platform's name"),
    region: region.optional(),
    ads: z.array(adInput).min(1).max(20_000),
  })
  .meta({ id: "SubmitAdBatch" });

export const uploadQuery = z.strictObject({
  format: z.enum(UPLOAD_FORMATS),
  source: plainText(200),
  region: region.optional(),
  idColumn: plainText(200).optional().describe('Field or column of the ad id (default "id")'),
  textColumn: plainText(200).optional().describe('Field or column of the text (default "text")'),
  titleColumn: plainText(200).optional().describe('Default "title", when present'),
  dateColumn: plainText(200).optional().describe('Default "date", when present'),
  placeColumn: plainText(200).optional().describe('Default "place", when present'),
  delimiter: z.enum([",", ";", "tab"]).optional().describe("CSV separator (default ,)"),
});
export type UploadQuery = z.infer<typeof uploadQuery>;

export const batchView = z
  .object({
    id: z.uuid(),
    source: z.string(),
    format: z.enum(BATCH_FORMATS),
    status: z.enum(BATCH_STATUSES),
    received: z.int().describe("Rows read"),
    analysed: z.int().describe("Ads analysed and stored"),
    skipped: z.int(),
    truncated: z.int().describe("Ads longer than the analysed length, cut"),
    repaired: z.int().describe("Ads whose text held invalid UTF-8, replaced by U+FFFD"),
    skippedReasons: z.record(z.string(), z.int()).describe("Skipped rows by reason"),
    problems: z
      .array(z.object({ row: z.int(), id: z.string().nullable(), reason: z.string() }))
      .describe("The first skipped rows (at most 100)"),
    networks: z.int().describe("Networks holding at least one ad of the batch"),
    error: z.string().nullable(),
    via: z.enum(["session", "token", "system"]),
    createdAt: z.string(),
    completedAt: z.string().nullable(),
  })
  .meta({ id: "AdBatch" });
export type BatchView = z.infer<typeof batchView>;

const place = z.object({ country: z.string(), city: z.string(), ads: z.int() });
const span = z.object({ start: z.int(), end: z.int() });

export const networkSummary = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    rank: z.int().nullable().describe("Rank among the organisation's current networks"),
    score: z.number(),
    ads: z.int(),
    clusters: z.int(),
    status: z.enum(NETWORK_STATUSES),
    current: z.boolean().describe("False once the network merged into another or fell apart"),
    mergedInto: z.object({ id: z.uuid(), reference: z.string() }).nullable(),
    categories: z.array(z.enum(INDICATOR_CATEGORIES)),
    places: z.array(place),
    linking: z.object({ phone: z.int(), email: z.int(), handle: z.int(), url: z.int() }),
    indicators: z.array(z.object({ indicator: z.string(), ads: z.int() })),
    template: z.string().nullable().describe("The largest cluster's template, slots in braces"),
    firstSeen: z.string().nullable(),
    lastSeen: z.string().nullable(),
    newActivity: z.boolean().describe("Ads joined since the decision"),
    decidedAt: z.string().nullable(),
    version: z.int(),
  })
  .meta({ id: "NetworkSummary" });
export type NetworkSummary = z.infer<typeof networkSummary>;

const templatePart = z.union([
  z.object({ kind: z.literal("text"), text: z.string() }),
  z.object({ kind: z.literal("slot"), slot: z.int(), name: z.string() }),
]);

export const adView = z
  .object({
    id: z.uuid(),
    externalId: z.string(),
    cluster: z.string(),
    title: z.string().nullable(),
    text: z.string().nullable().describe("Null once purged by the text retention"),
    textPurged: z.boolean(),
    postedAt: z.string().nullable(),
    language: z.string(),
    indicatorScore: z.number(),
    flags: z.array(
      z.object({
        indicator: z.string(),
        category: z.enum(INDICATOR_CATEGORIES),
        grade: z.enum(["strong", "medium", "weak"]),
        verified: z.boolean(),
        weight: z.number(),
        spans: z.array(span),
      }),
    ),
    extractions: z.array(
      z.object({ kind: z.string(), start: z.int(), end: z.int(), obfuscated: z.boolean() }),
    ),
    places: z.array(z.object({ country: z.string(), city: z.string() })),
    identifiers: z.array(z.string()).describe("Keyed hashes of the ad's identifiers"),
  })
  .meta({ id: "OnlineAd" });
export type AdView = z.infer<typeof adView>;

export const networkView = networkSummary
  .extend({
    components: z.array(
      z.object({
        name: z.string(),
        value: z.number(),
        normalised: z.number(),
        weight: z.number(),
        contribution: z.number(),
        explanation: z.string(),
      }),
    ),
    templates: z.array(
      z.object({
        cluster: z.string(),
        size: z.int(),
        template: z
          .object({ parts: z.array(templatePart), text: z.string(), medoid: z.string(), sampled: z.int() })
          .nullable(),
      }),
    ),
    identifiers: z.array(
      z.object({
        hash: z.string().describe("Keyed hash: the same identifier has the same hash in every organisation"),
        kind: z.enum(IDENTIFIER_KINDS),
        value: z.string(),
        ads: z.int(),
        clusters: z.array(z.string()),
        linking: z.boolean().describe("Carried by ads of more than one cluster: it ties the network"),
        obfuscated: z.boolean(),
        otherOrganisations: z
          .int()
          .describe("How many other organisations hold this identifier (count only)"),
      }),
    ),
    memberAds: z.array(adView),
    memberAdsShown: z.int(),
    timeline: z.array(z.object({ day: z.string(), ads: z.int() })),
    indicatorDetails: z.array(
      z.object({
        indicator: z.string(),
        ads: z.int(),
        category: z.enum(INDICATOR_CATEGORIES),
        grade: z.enum(["strong", "medium", "weak"]),
        verified: z.boolean(),
        weight: z.number(),
        explanation: z.string(),
      }),
    ),
    decision: z.object({
      reason: z.string().nullable(),
      decidedBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
      decidedAt: z.string().nullable(),
      decidedAds: z.int().nullable(),
    }),
    predecessors: z.array(
      z.object({ id: z.uuid(), reference: z.string(), status: z.enum(NETWORK_STATUSES) }),
    ),
    engine: z.object({ engine: z.string(), lexicon: z.string(), gazetteer: z.string() }),
  })
  .meta({ id: "Network" });
export type NetworkView = z.infer<typeof networkView>;

export const decisionInput = z
  .strictObject({
    version: z.int().min(1),
    decision: z.enum(DECISIONS),
    reason: plainText(2000, { min: 3, multiline: true }).describe(
      "Why: kept encrypted, shown to your organisation",
    ),
  })
  .meta({ id: "NetworkDecision" });

export const networkQuery = z.strictObject({
  status: z.enum(NETWORK_STATUSES).optional(),
  minScore: z.coerce.number().min(0).max(100).optional(),
  place: z
    .string()
    .regex(/^[A-Z]{2}(:[a-z .'-]{1,80})?$/, "must be a country code (FR) or country:city (FR:paris)")
    .optional(),
  category: z.enum(["sexual", "labour"]).optional(),
  q: plainText(200).optional().describe("Words of the template"),
  includeGone: z
    .enum(["true", "false"])
    .transform((v) => v === "true")
    .optional(),
});
export type NetworkQuery = z.infer<typeof networkQuery>;

export const onlineSettingsView = z
  .object({
    organisationId: z.uuid(),
    textRetentionDays: z.int(),
    isDefault: z.boolean(),
    version: z.int(),
  })
  .meta({ id: "OnlineSettings" });
