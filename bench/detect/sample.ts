/**
 * Measurements on a 5,000-ad sample, in this process: per-stage throughput of the per-ad work
 * (one thread), and clustering quality and time of LSH against two baselines — exact all-pairs
 * Jaccard, and a naive single hash of the normalised text (exact duplicates only). Also the LSH
 * candidate recall: the share of pairs with exact Jaccard ≥ threshold that share a bucket.
 */
import {
  AdAnalyser,
  DetectionEngine,
  exactJaccard,
  murmur3,
  normalise,
  signature,
  tokenise,
  type PreparedAd,
} from "@ariadne/detect";
import { generateCorpus, type CorpusAd } from "./corpus.ts";
import { pairwiseQuality, type Quality } from "./metrics.ts";

export interface SampleResults {
  size: number;
  stages: { name: string; adsPerSec: number }[];
  threshold: number;
  exactPairsAbove: number;
  lshCandidateRecall: number;
  lshVerifiedRecall: number;
  lsh: { seconds: number; quality: Quality };
  exactAllPairs: { seconds: number; pairs: number; quality: Quality };
  singleHash: { seconds: number; quality: Quality };
}

function rate(n: number, work: (i: number) => unknown): number {
  for (let i = 0; i < Math.min(n, 500); i++) work(i);
  const start = performance.now();
  for (let i = 0; i < n; i++) work(i);
  return n / ((performance.now() - start) / 1000);
}

function components(n: number, edges: (join: (a: number, b: number) => void) => void): Int32Array {
  const parent = Int32Array.from({ length: n }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) x = parent[x] = parent[parent[x] ?? x] ?? x;
    return x;
  };
  edges((a, b) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  });
  return Int32Array.from({ length: n }, (_, i) => find(i));
}

export function measureSample(size = 5000, seed = 7): SampleResults {
  const ads: CorpusAd[] = [];
  const truth = generateCorpus(size, seed, (ad) => ads.push(ad));
  const analyser = new AdAnalyser();
  const texts = ads.map((a) => a.text);
  const norms = texts.map((t) => normalise(t));
  const stages = [
    { name: "normalise", adsPerSec: rate(size, (i) => normalise(texts[i] ?? "")) },
    { name: "tokenise", adsPerSec: rate(size, (i) => tokenise(norms[i]?.text ?? "")) },
    {
      name: "analyse (normalise + extract + indicators)",
      adsPerSec: rate(size, (i) => analyser.analyse(ads[i] ?? { id: "", text: "" })),
    },
    {
      name: "prepare (analyse + shingles + MinHash)",
      adsPerSec: rate(size, (i) => analyser.prepare(ads[i] ?? { id: "", text: "" })),
    },
  ];
  const prepared = ads.map((ad) => {
    const p = analyser.prepare(ad);
    if (!p.ok) throw new Error(`sample ad ${ad.id} skipped: ${p.reason}`);
    return p.value;
  });
  // LSH clustering (the engine) on the sample.
  let start = performance.now();
  const engine = new DetectionEngine();
  engine.addPrepared(prepared);
  const result = engine.result();
  const lshSeconds = (performance.now() - start) / 1000;
  const { threshold, bands, rows, minStopAds, stopShare } = engine.settings;
  const index = new Map<string, number>();
  const lshLabels = Int32Array.from(result.assignments, (a) => {
    const c = index.get(a.cluster) ?? index.size;
    index.set(a.cluster, c);
    return c;
  });
  // The same stop shingles as the engine, for the exact baseline.
  const df = new Map<number, number>();
  for (const p of prepared) for (const h of p.shingles) df.set(h, (df.get(h) ?? 0) + 1);
  const cut = Math.max(minStopAds, Math.floor(stopShare * size));
  const stop = new Set([...df].filter(([, c]) => c > cut).map(([h]) => h));
  const sets = prepared.map((p) => {
    const kept = p.shingles.filter((h) => !stop.has(h));
    return kept.length > 0 ? kept : p.shingles;
  });
  // Exact all-pairs Jaccard: the baseline, O(n²).
  start = performance.now();
  const above: [number, number][] = [];
  for (let i = 0; i < size; i++) {
    const si = sets[i] ?? new Uint32Array(0);
    for (let j = i + 1; j < size; j++)
      if (exactJaccard(si, sets[j] ?? new Uint32Array(0)) >= threshold) above.push([i, j]);
  }
  const exactLabels = components(size, (join) => {
    for (const [a, b] of above) join(a, b);
  });
  const exactSeconds = (performance.now() - start) / 1000;
  // LSH candidates on the same signatures: pairs sharing a band.
  const perms = analyser.perms;
  const sigs = sets.map((s) => signature(s, perms, null));
  const buckets = new Map<string, number[]>();
  sigs.forEach((sig, i) => {
    for (let b = 0; b < bands; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * rows, (b + 1) * rows)).join(",")}`;
      const list = buckets.get(key);
      if (list) list.push(i);
      else buckets.set(key, [i]);
    }
  });
  const candidates = new Set<number>();
  for (const list of buckets.values()) {
    for (let x = 0; x < list.length; x++)
      for (let y = x + 1; y < list.length; y++) candidates.add((list[x] ?? 0) * size + (list[y] ?? 0));
  }
  let found = 0;
  let verified = 0;
  for (const [a, b] of above) {
    if (!candidates.has(a * size + b)) continue;
    found++;
    const sa = sigs[a] ?? new Uint32Array(0);
    const sb = sigs[b] ?? new Uint32Array(0);
    let equal = 0;
    for (let t = 0; t < sa.length; t++) if (sa[t] === sb[t]) equal++;
    if (equal / sa.length >= threshold) verified++;
  }
  // Naive baseline: one hash of the whole normalised token string.
  start = performance.now();
  const hashIndex = new Map<number, number>();
  const hashLabels = Int32Array.from(prepared, (p: PreparedAd) => {
    const h = murmur3(p.tokens);
    const c = hashIndex.get(h) ?? hashIndex.size;
    hashIndex.set(h, c);
    return c;
  });
  const hashSeconds = (performance.now() - start) / 1000;
  return {
    size,
    stages,
    threshold,
    exactPairsAbove: above.length,
    lshCandidateRecall: above.length === 0 ? 1 : found / above.length,
    lshVerifiedRecall: above.length === 0 ? 1 : verified / above.length,
    lsh: { seconds: lshSeconds, quality: pairwiseQuality(truth.family, lshLabels) },
    exactAllPairs: {
      seconds: exactSeconds,
      pairs: (size * (size - 1)) / 2,
      quality: pairwiseQuality(truth.family, exactLabels),
    },
    singleHash: { seconds: hashSeconds, quality: pairwiseQuality(truth.family, hashLabels) },
  };
}
