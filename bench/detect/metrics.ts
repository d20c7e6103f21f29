/**
 * Clustering quality against a truth partition, from the contingency table (no O(n²) pairs):
 * pairwise precision, recall and F1, and the adjusted Rand index.
 */
export interface Quality {
  precision: number;
  recall: number;
  f1: number;
  ari: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

export function pairwiseQuality(truth: ArrayLike<number>, predicted: ArrayLike<number>): Quality {
  const n = truth.length;
  const cells = new Map<string, number>();
  const rows = new Map<number, number>();
  const cols = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const t = truth[i] ?? 0;
    const p = predicted[i] ?? 0;
    const key = `${t}:${p}`;
    cells.set(key, (cells.get(key) ?? 0) + 1);
    rows.set(t, (rows.get(t) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  }
  let both = 0;
  for (const c of cells.values()) both += pairs(c);
  let sameTruth = 0;
  for (const c of rows.values()) sameTruth += pairs(c);
  let samePredicted = 0;
  for (const c of cols.values()) samePredicted += pairs(c);
  const precision = samePredicted === 0 ? 1 : both / samePredicted;
  const recall = sameTruth === 0 ? 1 : both / sameTruth;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const expected = (sameTruth * samePredicted) / pairs(n);
  const max = (sameTruth + samePredicted) / 2;
  const ari = max === expected ? 1 : (both - expected) / (max - expected);
  return { precision, recall, f1, ari };
}

/**
 * How well the top-ranked networks match planted ones: for each of the first `k` predicted
 * networks (`predicted[i]` is ad i's network rank, -1 for none), the Jaccard index of its ads with
 * the truth network it overlaps most. A network counts as matched at Jaccard ≥ 0.9.
 */
export function topNetworkMatch(
  truth: ArrayLike<number>,
  predicted: ArrayLike<number>,
  k: number,
): { networks: number; matched: number; meanJaccard: number } {
  const truthSize = new Map<number, number>();
  const overlap = Array.from({ length: k }, () => new Map<number, number>());
  const size = new Int32Array(k);
  for (let i = 0; i < truth.length; i++) {
    const t = truth[i] ?? 0;
    truthSize.set(t, (truthSize.get(t) ?? 0) + 1);
    const p = predicted[i] ?? -1;
    const cells = p >= 0 && p < k ? overlap[p] : undefined;
    if (!cells) continue;
    size[p] = (size[p] ?? 0) + 1;
    cells.set(t, (cells.get(t) ?? 0) + 1);
  }
  let networks = 0;
  let matched = 0;
  let sum = 0;
  overlap.forEach((cells, p) => {
    if (cells.size === 0) return;
    let best = 0;
    for (const [t, c] of cells) {
      const j = c / ((size[p] ?? 0) + (truthSize.get(t) ?? 0) - c);
      if (j > best) best = j;
    }
    networks++;
    sum += best;
    if (best >= 0.9) matched++;
  });
  return { networks, matched, meanJaccard: networks === 0 ? 0 : sum / networks };
}
