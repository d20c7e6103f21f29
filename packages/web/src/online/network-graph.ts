import type { IdentifierKind } from "./online-vocabulary.ts";

/** A cluster of near-identical ads (one template), drawn on the left. */
export interface GraphCluster {
  key: string;
  /** "A", "B"…: the name the page gives the cluster's template. */
  label: string;
  size: number;
}

/** A phone, e-mail, handle or URL, drawn on the right, joined to the clusters whose ads carry it. */
export interface GraphIdentifier {
  hash: string;
  kind: IdentifierKind;
  value: string;
  clusters: readonly string[];
  /** Carried by more than one cluster: it ties the network together. */
  linking: boolean;
  ads: number;
}

export interface PlacedCluster extends GraphCluster {
  x: number;
  y: number;
  r: number;
}
export interface PlacedIdentifier extends GraphIdentifier {
  x: number;
  y: number;
}
export interface GraphEdge {
  cluster: string;
  identifier: string;
  linking: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface GraphLayout {
  width: number;
  height: number;
  /** Width of an identifier's box. */
  box: number;
  clusters: PlacedCluster[];
  identifiers: PlacedIdentifier[];
  edges: GraphEdge[];
  /** Left out to keep the drawing readable (the lists beside it have them all). */
  hiddenClusters: number;
  hiddenIdentifiers: number;
}

/** Column positions of the drawing: wide for desktops, compact for phones (scaled less). */
const WIDE = { width: 640, left: 150, right: 420, box: 200 };
const COMPACT = { width: 350, left: 84, right: 130, box: 212 };
const ROW = 46;
const PAD = 28;

/** Template names: A to Z, then #27, #28… in the order given (largest first). */
export function clusterLabel(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : `#${String(index + 1)}`;
}

/**
 * A two-column drawing of the network: clusters (largest first) on the left, identifiers on
 * the right, ordered by the mean position of their clusters so that lines cross little. The
 * identifiers that link clusters come first when there are too many to draw.
 */
export function layoutGraph(
  clusters: readonly GraphCluster[],
  identifiers: readonly GraphIdentifier[],
  limits: { clusters: number; identifiers: number } = { clusters: 12, identifiers: 16 },
  compact = false,
): GraphLayout {
  const frame = compact ? COMPACT : WIDE;
  const shownClusters = [...clusters].sort((a, b) => b.size - a.size).slice(0, limits.clusters);
  const position = new Map(shownClusters.map((c, i) => [c.key, i]));
  const candidates = identifiers
    .filter((i) => i.clusters.some((c) => position.has(c)))
    .sort((a, b) => Number(b.linking) - Number(a.linking) || b.ads - a.ads || a.value.localeCompare(b.value))
    .slice(0, limits.identifiers);
  const barycentre = (i: GraphIdentifier) => {
    const at = i.clusters.flatMap((c) => {
      const p = position.get(c);
      return p === undefined ? [] : [p];
    });
    return at.reduce((sum, p) => sum + p, 0) / Math.max(1, at.length);
  };
  const shownIdentifiers = candidates.sort(
    (a, b) => barycentre(a) - barycentre(b) || b.ads - a.ads || a.value.localeCompare(b.value),
  );
  const rows = Math.max(shownClusters.length, shownIdentifiers.length, 1);
  const height = PAD * 2 + (rows - 1) * ROW;
  const top = (count: number) => PAD + ((rows - count) * ROW) / 2;
  const maxSize = Math.max(1, ...shownClusters.map((c) => c.size));
  const placedClusters = shownClusters.map((c, i) => ({
    ...c,
    x: frame.left,
    y: top(shownClusters.length) + i * ROW,
    r: 9 + 11 * Math.sqrt(c.size / maxSize),
  }));
  const placedIdentifiers = shownIdentifiers.map((id, i) => ({
    ...id,
    x: frame.right,
    y: top(shownIdentifiers.length) + i * ROW,
  }));
  const clusterAt = new Map(placedClusters.map((c) => [c.key, c]));
  const edges: GraphEdge[] = [];
  for (const id of placedIdentifiers) {
    for (const key of id.clusters) {
      const c = clusterAt.get(key);
      if (c === undefined) continue;
      edges.push({
        cluster: key,
        identifier: id.hash,
        linking: id.linking,
        x1: c.x + c.r,
        y1: c.y,
        x2: id.x,
        y2: id.y,
      });
    }
  }
  return {
    width: frame.width,
    height,
    box: frame.box,
    clusters: placedClusters,
    identifiers: placedIdentifiers,
    edges,
    hiddenClusters: clusters.length - placedClusters.length,
    hiddenIdentifiers: identifiers.length - placedIdentifiers.length,
  };
}
