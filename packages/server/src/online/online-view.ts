import {
  ADS_LEXICON,
  indicatorEntry,
  type EvidenceGrade,
  type IndicatorCategory,
  type IndicatorDefinition,
} from "@ariadne/detect";
import type { Keyring } from "../security/keyring.ts";
import type { NetworkSummaryData, StoredTemplate } from "./network-sync.ts";
import { openOnline } from "./online-sealing.ts";
import type { AdView, BatchView, NetworkStatus, NetworkSummary } from "./online-schema.ts";
import type * as repo from "./online-repository.ts";

/** What the web app and the API show of stored rows; decrypts only what it is given. */

const LEXICON = new Map<string, IndicatorDefinition>(ADS_LEXICON.indicators.map((i) => [i.id, i]));

export function presentBatch(row: repo.BatchRow): BatchView {
  return {
    id: row.id,
    source: row.source,
    format: row.format as BatchView["format"],
    status: row.status as BatchView["status"],
    received: row.received,
    analysed: row.analysed,
    skipped: row.skipped,
    truncated: row.truncated,
    repaired: row.repaired,
    skippedReasons: row.skippedReasons,
    problems: row.problems,
    networks: row.networks,
    error: row.error,
    via: row.via as BatchView["via"],
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

export const summaryOf = (row: repo.NetworkRow): NetworkSummaryData =>
  row.summary as unknown as NetworkSummaryData;

export async function openTemplates(keyring: Keyring, row: repo.NetworkRow): Promise<StoredTemplate[]> {
  const json = await openOnline(keyring, "ad_network", "templates", row.id, row.templatesEnc);
  return json === null ? [] : (JSON.parse(json) as StoredTemplate[]);
}

/** The template of the largest cluster that has one. */
export function mainTemplate(templates: readonly StoredTemplate[]): string | null {
  const best = [...templates]
    .filter((t) => t.template !== null)
    .sort((a, b) => b.size - a.size || (a.cluster < b.cluster ? -1 : 1))[0];
  return best?.template?.text ?? null;
}

export function presentSummary(
  row: repo.NetworkRow,
  rank: number | null,
  templates: readonly StoredTemplate[],
  mergedInto: { id: string; reference: string } | null,
): NetworkSummary {
  const summary = summaryOf(row);
  const linking = { phone: 0, email: 0, handle: 0, url: 0 };
  for (const link of summary.links) {
    if (link.type === "phone" || link.type === "email" || link.type === "handle" || link.type === "url")
      linking[link.type]++;
  }
  return {
    id: row.id,
    reference: row.reference,
    rank,
    score: Math.round(row.score * 10) / 10,
    ads: row.ads,
    clusters: row.clusters,
    status: row.status as NetworkStatus,
    current: row.current,
    mergedInto,
    categories: row.categories as IndicatorCategory[],
    places: summary.places.slice(0, 5),
    linking,
    indicators: summary.indicators.slice(0, 5),
    template: mainTemplate(templates),
    firstSeen: row.firstSeen?.toISOString() ?? null,
    lastSeen: row.lastSeen?.toISOString() ?? null,
    newActivity: row.decidedAds !== null && row.ads > row.decidedAds,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    version: row.version,
  };
}

interface StoredFlag {
  indicator: string;
  category: IndicatorCategory;
  grade: EvidenceGrade;
  verified: boolean;
  weight: number;
  spans: { start: number; end: number }[];
}

interface StoredExtraction {
  kind: string;
  start: number;
  end: number;
  obfuscation?: string[];
}

export async function presentAd(
  keyring: Keyring,
  row: repo.AdRow,
  identifiers: readonly string[],
): Promise<AdView> {
  return {
    id: row.id,
    externalId: row.externalId,
    cluster: row.clusterKey,
    title: await openOnline(keyring, "online_ad", "title", row.id, row.titleEnc),
    text: await openOnline(keyring, "online_ad", "text", row.id, row.textEnc),
    textPurged: row.textPurgedAt !== null,
    postedAt: row.postedAt?.toISOString() ?? null,
    language: row.language,
    indicatorScore: Math.round(row.indicatorScore * 1000) / 1000,
    flags: (row.flags as StoredFlag[]).map((f) => ({
      indicator: f.indicator,
      category: f.category,
      grade: f.grade,
      verified: f.verified,
      weight: f.weight,
      spans: f.spans,
    })),
    extractions: (row.extractions as StoredExtraction[]).map((x) => ({
      kind: x.kind,
      start: x.start,
      end: x.end,
      obfuscated: (x.obfuscation?.length ?? 0) > 0,
    })),
    places: row.places,
    identifiers: [...identifiers],
  };
}

/** Each indicator seen in the network with what the lexicon says of it. */
export function indicatorDetails(indicators: readonly { indicator: string; ads: number }[]) {
  return indicators.flatMap((i) => {
    const def = LEXICON.get(i.indicator);
    return def
      ? [
          {
            indicator: i.indicator,
            ads: i.ads,
            category: def.category,
            grade: def.grade,
            verified: def.verified,
            weight: def.weight,
            explanation: def.explanation,
          },
        ]
      : [];
  });
}

/** The lexicon entries of the indicators seen (for the evidence package). */
export function lexiconEntries(indicators: readonly { indicator: string }[]) {
  return indicators.flatMap((i) => {
    const def = LEXICON.get(i.indicator);
    return def ? [indicatorEntry(def)] : [];
  });
}
