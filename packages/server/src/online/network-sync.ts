import { createHash } from "node:crypto";
import {
  ADS_LEXICON,
  type Assignment,
  type ClusterResult,
  type IndicatorCategory,
  type NetworkResult,
  type Template,
} from "@ariadne/detect";
import type { StoredAssignment } from "./engine-registry.ts";

/**
 * How the engine's networks of now continue the stored ones. The engine names a network by
 * its smallest cluster id, which changes when ads with smaller ids join or networks merge; a
 * stored network (and the analyst's decision on it) follows the engine network with which it
 * shares most ads. Pairs are taken greedily by shared ads, so each stored network continues at
 * most one engine network and each engine network continues at most one stored one; the other
 * stored networks are gone, merged into the one that took most of their ads.
 */
export function matchNetworks(
  assignments: readonly Assignment[],
  prior: ReadonlyMap<string, StoredAssignment>,
  current: readonly { id: string }[],
): { continues: Map<string, string>; gone: { id: string; mergedIntoKey: string | null }[] } {
  const overlap = new Map<string, Map<string, number>>();
  for (const a of assignments) {
    const before = prior.get(a.ad)?.network ?? null;
    if (before === null || a.network === null) continue;
    const byKey = overlap.get(before) ?? new Map<string, number>();
    byKey.set(a.network, (byKey.get(a.network) ?? 0) + 1);
    overlap.set(before, byKey);
  }
  const pairs: { row: string; key: string; n: number }[] = [];
  for (const [row, byKey] of overlap) for (const [key, n] of byKey) pairs.push({ row, key, n });
  pairs.sort((x, y) => y.n - x.n || (x.row < y.row ? -1 : x.row > y.row ? 1 : x.key < y.key ? -1 : 1));
  const continues = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of pairs) {
    if (taken.has(p.row) || continues.has(p.key)) continue;
    continues.set(p.key, p.row);
    taken.add(p.row);
  }
  const gone = current
    .filter((row) => !taken.has(row.id))
    .map((row) => {
      let best: string | null = null;
      let most = 0;
      for (const [key, n] of overlap.get(row.id) ?? []) {
        if (n > most || (n === most && best !== null && key < best)) {
          best = key;
          most = n;
        }
      }
      return { id: row.id, mergedIntoKey: best };
    });
  return { continues, gone };
}

const CATEGORY = new Map<string, IndicatorCategory>(ADS_LEXICON.indicators.map((i) => [i.id, i.category]));

export interface StoredTemplate {
  cluster: string;
  size: number;
  template: Template | null;
}

export interface NetworkSummaryData {
  clusters: { key: string; size: number }[];
  /** Identifiers carried by more than one cluster: what ties the network. */
  links: { type: string; hash: string; clusters: string[]; ads: number }[];
  identifiers: { type: string; hash: string; ads: number }[];
  places: { country: string; city: string; ads: number }[];
  timeline: { day: string; ads: number }[];
  indicators: { indicator: string; ads: number }[];
}

export interface NetworkContent {
  key: string;
  score: number;
  ads: number;
  clusters: number;
  components: NetworkResult["components"];
  summary: NetworkSummaryData;
  categories: IndicatorCategory[];
  placeKeys: string[];
  templates: StoredTemplate[];
  firstSeen: Date | null;
  lastSeen: Date | null;
  fingerprint: string;
}

/**
 * What is stored of one engine network. Identifier values here are the keyed hashes the
 * engine was given in place of the identifiers themselves.
 */
export function networkContent(
  net: NetworkResult,
  clusters: ReadonlyMap<string, ClusterResult>,
): NetworkContent {
  const templates = net.clusters.map((key) => {
    const c = clusters.get(key);
    return { cluster: key, size: c?.size ?? 1, template: c?.template ?? null };
  });
  const summary: NetworkSummaryData = {
    clusters: templates.map((t) => ({ key: t.cluster, size: t.size })),
    links: net.links.map((l) => ({ type: l.type, hash: l.value, clusters: l.clusters, ads: l.ads.length })),
    identifiers: net.identifiers.map((i) => ({ type: i.type, hash: i.value, ads: i.ads })),
    places: net.places,
    timeline: net.timeline,
    indicators: net.indicators,
  };
  const categories = [
    ...new Set(
      net.indicators.flatMap((i) => {
        const category = CATEGORY.get(i.indicator);
        return category === undefined ? [] : [category];
      }),
    ),
  ].sort();
  const placeKeys = [...new Set(net.places.flatMap((p) => [p.country, `${p.country}:${p.city}`]))].sort();
  const fingerprint = createHash("sha256")
    .update(
      JSON.stringify([
        net.id,
        net.score,
        net.ads,
        net.components,
        summary,
        templates,
        net.firstSeen,
        net.lastSeen,
      ]),
    )
    .digest("base64url");
  return {
    key: net.id,
    score: net.score,
    ads: net.ads,
    clusters: net.clusters.length,
    components: net.components,
    summary,
    categories,
    placeKeys,
    templates,
    firstSeen: net.firstSeen === null ? null : new Date(net.firstSeen),
    lastSeen: net.lastSeen === null ? null : new Date(net.lastSeen),
    fingerprint,
  };
}
