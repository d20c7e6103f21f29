import type { LinkType } from "../types.ts";

/** An identifier that ties clusters together, with the ads that carry it. */
export interface RawLink {
  type: LinkType;
  value: string;
  ads: number[];
  clusters: number[];
}

/** The ads carrying each identifier: identifier `i`'s are `ads[starts[i]…starts[i + 1])`. */
export interface IdentifierAds {
  starts: Int32Array;
  ads: Int32Array;
}

/**
 * Joins clusters into networks through shared identifiers. `clusterOf[ad]` is the ad's cluster
 * representative; `keys[i]` is an identifier ("type:value") and `carriers` says which ads carry
 * each. An identifier carried by more than `maxAds` ads is treated as common (a site's own URL,
 * a hotline) and links nothing: it is returned in `common` instead. Returns each ad's network
 * representative and every linking identifier.
 */
export function linkNetworks(
  clusterOf: Int32Array,
  keys: readonly string[],
  carriers: IdentifierAds,
  maxAds: number,
): { networkOf: Int32Array; links: RawLink[]; common: string[] } {
  const n = clusterOf.length;
  const parent = new Int32Array(n);
  for (let i = 0; i < n; i++) parent[i] = clusterOf[i] ?? i;
  const find = (x: number): number => {
    while (parent[x] !== x) {
      const up = parent[parent[x] ?? x] ?? x;
      parent[x] = up;
      x = up;
    }
    return x;
  };
  const links: RawLink[] = [];
  const common: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] ?? ":";
    const ads = carriers.ads.subarray(carriers.starts[i] ?? 0, carriers.starts[i + 1] ?? 0);
    if (ads.length < 2) continue;
    if (ads.length > maxAds) {
      common.push(key);
      continue;
    }
    const clusters = [...new Set(Array.from(ads, (a) => clusterOf[a] ?? a))].sort((a, b) => a - b);
    if (clusters.length < 2) continue;
    const first = clusters[0] ?? 0;
    for (const c of clusters) {
      const ra = find(first);
      const rb = find(c);
      // Smaller index becomes the root: the same forest whatever order identifiers come in.
      if (ra !== rb) {
        if (ra < rb) parent[rb] = ra;
        else parent[ra] = rb;
      }
    }
    const colon = key.indexOf(":");
    links.push({
      type: key.slice(0, colon) as LinkType,
      value: key.slice(colon + 1),
      ads: Array.from(ads),
      clusters,
    });
  }
  const networkOf = new Int32Array(n);
  for (let i = 0; i < n; i++) networkOf[i] = find(i);
  return { networkOf, links, common: common.sort() };
}
