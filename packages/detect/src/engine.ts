import { AdAnalyser, type AnalyseOptions, type PreparedFeatures } from "./analyse.ts";
import { DocumentFrequency } from "./cluster/doc-frequency.ts";
import { murmur3 } from "./cluster/hash.ts";
import { BandIndex } from "./cluster/lsh.ts";
import { signature } from "./cluster/minhash.ts";
import { sortPairs } from "./cluster/radix.ts";
import { UnionFind } from "./cluster/union-find.ts";
import { GAZETTEER_VERSION, PLACES } from "./extract/gazetteer.ts";
import { linkNetworks } from "./networks/networks.ts";
import { DEFAULT_SCORE_WEIGHTS, scoreNetwork, type ScoreWeights } from "./rank/score.ts";
import type { SkipReason } from "./text/sanitize.ts";
import { Growable, RowPool, RunPool } from "./storage/growable.ts";
import { MAX_ALIGN_TOKENS } from "./templates/align.ts";
import { buildTemplate } from "./templates/template.ts";
import type {
  AdAnalysis,
  AdInput,
  Assignment,
  ClusterResult,
  LinkType,
  NetworkResult,
  ScanResult,
  SkippedAd,
  Template,
} from "./types.ts";

export const ENGINE_VERSION = "detect-1";

/** Engine settings. Every default is explained in the package README. */
export interface EngineOptions extends AnalyseOptions {
  /** LSH bands b and rows per band r; b·r must equal `permutations` (default 32 × 4 = 128). */
  bands?: number;
  rows?: number;
  /** Estimated Jaccard a candidate pair needs to be joined (default 0.4). */
  threshold?: number;
  /** Within a bucket, members are compared with at most this many first members (default 16). */
  maxBucketReps?: number;
  /** A shingle in more than this share of all ads is dropped as boilerplate (default 0.01)… */
  stopShare?: number;
  /** …and in at least this many ads (default 100). */
  minStopAds?: number;
  /** An identifier on more than this share of ads (and at least 50 ads) links nothing (default 0.01). */
  commonIdentifierShare?: number;
  scoreWeights?: ScoreWeights;
}

/** A stop-shingle set handed to the threads that compute signatures. */
export interface StopSet {
  id: number;
  hashes: Uint32Array;
}

interface CachedTemplate {
  key: string;
  template: Template;
  /** Slot values of `members[i]`. */
  members: number[];
  slots: string[][];
}

const NO_SLOTS: string[] = [];

/**
 * The incremental detection engine. `add` analyses a batch and stores what clustering needs;
 * `result` joins the new ads to existing clusters through the kept LSH buckets (comparing only
 * pairs that involve a new or changed ad), links clusters into networks and ranks them.
 *
 * Results depend only on the set of ads, never on their order or on how they were batched:
 * document frequencies are exact counts, the stop-shingle set is recomputed from them and any
 * ad whose signature it changes is re-bucketed; bucket representatives are the first members in
 * canonical (id) order; clusters are connected components of verified pairs; ids are the
 * smallest member id.
 */
export class DetectionEngine {
  readonly analyser: AdAnalyser;
  readonly settings: {
    bands: number;
    rows: number;
    threshold: number;
    maxBucketReps: number;
    stopShare: number;
    minStopAds: number;
    commonIdentifierShare: number;
    scoreWeights: ScoreWeights;
  };
  private readonly k: number;
  private readonly ids: string[] = [];
  private readonly index = new Map<string, number>();
  private readonly canon = new Growable((n) => new Uint32Array(n));
  private readonly dates = new Growable((n) => new Float64Array(n));
  private readonly scores = new Growable((n) => new Float32Array(n));
  private readonly obfuscated = new Growable((n) => new Uint8Array(n));
  private readonly stopIds = new Growable((n) => new Uint32Array(n));
  private readonly signatures: RowPool;
  private readonly shingles = new RunPool();
  /** Template tokens per ad, as one space-separated string: split only for clustered ads. */
  private readonly tokenText: string[] = [];
  /** Token kinds per ad, one char code per token (a one-byte string). */
  private readonly kindText: string[] = [];
  private readonly places = new RunPool(1 << 16);
  private readonly indicators = new RunPool(1 << 16);
  private readonly indicatorIds = new Map<string, number>();
  private readonly indicatorNames: string[] = [];
  private readonly identifierIndex = new Map<string, number>();
  private readonly identifierKeys: string[] = [];
  private readonly identifierAds: number[][] = [];
  private readonly adIdentifiers = new RunPool(1 << 18);
  private readonly df: DocumentFrequency;
  private readonly buckets: BandIndex;
  private readonly uf = new UnionFind();
  private stop: StopSet = { id: 0, hashes: new Uint32Array(0) };
  private readonly stopSets = new Map<number, ReadonlySet<number>>([[0, new Set()]]);
  private clusteredStopId = 0;
  private pending: number[] = [];
  private readonly skipped: SkippedAd[] = [];
  private received = 0;
  private truncated = 0;
  private readonly templateCache = new Map<string, CachedTemplate>();
  /** Milliseconds spent in each phase of the last `result()` (for benchmarks and logs). */
  readonly timings = { stopShingles: 0, buckets: 0, verify: 0, templates: 0, networks: 0 };

  constructor(options: EngineOptions = {}) {
    const bands = options.bands ?? 32;
    const rows = options.rows ?? 4;
    const permutations = options.permutations ?? bands * rows;
    if (bands * rows !== permutations) throw new Error("bands × rows must equal permutations");
    this.analyser = new AdAnalyser({ ...options, permutations });
    this.k = permutations;
    this.settings = {
      bands,
      rows,
      threshold: options.threshold ?? 0.4,
      maxBucketReps: options.maxBucketReps ?? 16,
      stopShare: options.stopShare ?? 0.01,
      minStopAds: options.minStopAds ?? 100,
      commonIdentifierShare: options.commonIdentifierShare ?? 0.01,
      scoreWeights: options.scoreWeights ?? DEFAULT_SCORE_WEIGHTS,
    };
    this.signatures = new RowPool(permutations);
    this.df = new DocumentFrequency(this.settings.minStopAds + 1);
    this.buckets = new BandIndex(bands, rows);
  }

  /** Ads analysed so far. */
  get size(): number {
    return this.ids.length;
  }

  /** Whether an ad with this id is stored already (a later one with the same id is skipped). */
  has(id: string): boolean {
    return this.index.has(id);
  }

  /** The stop shingles as of now, for threads that prepare ads (see `prepare`). */
  stopSet(): StopSet {
    return this.stop;
  }

  /** Analyses and stores a batch; returns each ad's analysis (skipped ads are counted instead). */
  add(ads: Iterable<AdInput>): AdAnalysis[] {
    const out: AdAnalysis[] = [];
    const stop = this.stopSets.get(this.stop.id) ?? null;
    let position = this.received;
    for (const ad of ads) {
      const prepared = this.analyser.prepare(ad, stop, this.stop.id);
      if (!prepared.ok) {
        this.received++;
        this.skip(prepared.id || `#${position}`, prepared.reason);
      } else if (this.addPrepared([prepared.value]) === 1) {
        out.push(prepared.value.analysis);
      }
      position++;
    }
    return out;
  }

  /** Records an ad that was not analysed (also used by callers that prepare ads elsewhere). */
  skip(id: string, reason: SkipReason): void {
    this.skipped.push({ id, reason });
  }

  /** Counts an input the caller skipped before preparing it. */
  countReceived(n = 1): void {
    this.received += n;
  }

  /**
   * Stores ads prepared elsewhere (a worker thread): their signatures are used as they are if
   * they were computed without the current stop set, and redone otherwise. Returns how many were
   * stored (duplicates of an id already stored are skipped).
   */
  addPrepared(batch: readonly PreparedFeatures[]): number {
    let stored = 0;
    for (const p of batch) {
      this.received++;
      if (this.index.has(p.id)) {
        this.skip(p.id, "duplicate_id");
        continue;
      }
      const ad = this.ids.length;
      this.ids.push(p.id);
      this.index.set(p.id, ad);
      this.canon.push(murmur3(p.id));
      this.dates.push(p.date);
      this.scores.push(p.indicatorScore);
      this.obfuscated.push(p.obfuscated ? 1 : 0);
      this.stopIds.push(p.stopId);
      this.signatures.push(p.signature);
      this.shingles.push(p.shingles);
      this.tokenText.push(p.tokens);
      this.kindText.push(String.fromCharCode(...p.kinds));
      this.places.push(p.places);
      this.indicators.push(
        p.indicators.map((name) => {
          let id = this.indicatorIds.get(name);
          if (id === undefined) {
            id = this.indicatorNames.length;
            this.indicatorNames.push(name);
            this.indicatorIds.set(name, id);
          }
          return id;
        }),
      );
      const own: number[] = [];
      for (const key of p.identifiers) {
        let id = this.identifierIndex.get(key);
        if (id === undefined) {
          id = this.identifierKeys.length;
          this.identifierKeys.push(key);
          this.identifierAds.push([]);
          this.identifierIndex.set(key, id);
        }
        this.identifierAds[id]?.push(ad);
        own.push(id);
      }
      this.adIdentifiers.push(own);
      if (p.truncated) this.truncated++;
      this.df.addDocument(p.shingles);
      this.uf.add();
      this.pending.push(ad);
      stored++;
    }
    return stored;
  }

  private before = (a: number, b: number): boolean => {
    const ka = this.canon.data[a] ?? 0;
    const kb = this.canon.data[b] ?? 0;
    return ka < kb || (ka === kb && (this.ids[a] ?? "") < (this.ids[b] ?? ""));
  };

  private bandKey = (ad: number, band: number): number =>
    BandIndex.bandKey(this.signatures.chunkOf(ad), this.signatures.offsetOf(ad), band, this.settings.rows);

  private similarity = (a: number, b: number): number => {
    const ca = this.signatures.chunkOf(a);
    const oa = this.signatures.offsetOf(a);
    const cb = this.signatures.chunkOf(b);
    const ob = this.signatures.offsetOf(b);
    let equal = 0;
    for (let t = 0; t < this.k; t++) if (ca[oa + t] === cb[ob + t]) equal++;
    return equal / this.k;
  };

  /**
   * Recomputes the stop shingles from the document frequencies so far and returns them, for
   * threads that prepare ads. Clustering always uses the set as of `result()`; an ad prepared
   * with an older set has its signature redone only if it holds a shingle whose status changed.
   */
  refreshStopSet(): StopSet {
    const n = this.ids.length;
    const threshold = Math.max(this.settings.minStopAds, Math.floor(this.settings.stopShare * n));
    const hashes = this.df.above(threshold);
    const id = hashes.length === 0 ? 0 : hashOfSet(hashes) || 1;
    if (id !== this.stop.id) {
      this.stop = { id, hashes };
      this.stopSets.set(id, new Set(hashes));
      // Keep the set the clustered ads were signed with, and a few recent ones.
      for (const old of this.stopSets.keys()) {
        if (this.stopSets.size <= 8) break;
        if (old !== 0 && old !== id && old !== this.clusteredStopId) this.stopSets.delete(old);
      }
    }
    return this.stop;
  }

  /** Brings clusters up to date with the ads added since the last call. */
  private cluster(): void {
    const t0 = performance.now();
    const n = this.ids.length;
    const { id } = this.refreshStopSet();
    const stopSet = this.stopSets.get(id) ?? new Set<number>();
    const isPending = new Uint8Array(n);
    for (const a of this.pending) isPending[a] = 1;
    // 1. Signatures that the stop set changed: an ad is redone when it holds a shingle whose
    //    stop status differs between the set it was signed with and the current one.
    const moved: number[] = [];
    const oldKeys: number[][] = [];
    const scratch = new Uint32Array(this.k);
    const differences = new Map<number, Set<number> | null>();
    for (let ad = 0; ad < n; ad++) {
      const own = this.stopIds.data[ad] ?? 0;
      if (own === id) continue;
      let diff = differences.get(own);
      if (diff === undefined) {
        const ownSet = this.stopSets.get(own);
        diff = ownSet ? symmetricDifference(ownSet, stopSet) : null;
        differences.set(own, diff);
      }
      this.stopIds.data[ad] = id;
      const set = this.shingles.get(ad);
      let touched = diff === null;
      for (let x = 0; x < set.length && !touched; x++) if (diff?.has(set[x] ?? 0)) touched = true;
      if (!touched) continue;
      const keys: number[] = [];
      if (isPending[ad] !== 1) for (let b = 0; b < this.settings.bands; b++) keys.push(this.bandKey(ad, b));
      signature(set, this.analyser.perms, stopSet, scratch);
      const chunk = this.signatures.chunkOf(ad);
      const offset = this.signatures.offsetOf(ad);
      let same = true;
      for (let t = 0; t < this.k && same; t++) if (chunk[offset + t] !== scratch[t]) same = false;
      if (same) continue;
      this.signatures.set(ad, scratch);
      if (isPending[ad] !== 1) {
        moved.push(ad);
        oldKeys.push(keys);
      }
    }
    this.clusteredStopId = id;
    const t1 = performance.now();
    this.timings.stopShingles = t1 - t0;
    if (this.pending.length === 0 && moved.length === 0) {
      this.timings.buckets = 0;
      this.timings.verify = 0;
      return;
    }
    // 2. Components whose edges may vanish: those of moved ads, and of buckets whose
    //    representatives change or that grow past the cap.
    const reps = this.settings.maxBucketReps;
    const dirty = new Uint8Array(n);
    for (const a of this.pending) dirty[a] = 1;
    for (const a of moved) dirty[a] = 1;
    const affected = new Set<number>();
    for (const a of moved) affected.add(this.uf.find(a));
    const removed = moved.length > 0 ? new Uint8Array(n) : null;
    if (removed) for (const a of moved) removed[a] = 1;
    // Members of over-cap buckets that lose a member may gain new representatives.
    const promoted: number[] = [];
    moved.forEach((a, i) => {
      const keys = oldKeys[i] ?? [];
      for (let b = 0; b < this.settings.bands; b++) {
        const { lo, hi } = this.buckets.bucket(b, keys[b] ?? 0);
        if (hi - lo > reps) {
          const members = this.buckets.adsOf(b);
          for (let x = lo; x < Math.min(hi, lo + reps + moved.length); x++) promoted.push(members[x] ?? 0);
        }
      }
    });
    const added = this.canonicalOrder([...this.pending, ...moved]);
    this.buckets.update(added, this.bandKey, this.before, removed);
    for (const a of promoted) dirty[a] = 1;
    const seen = new Set<number>();
    const hasOld = n > this.pending.length;
    for (let b = 0; b < this.settings.bands && hasOld; b++) {
      seen.clear();
      const members = this.buckets.adsOf(b);
      for (const a of added) {
        const { lo, hi } = this.buckets.bucket(b, this.bandKey(a, b));
        if (hi - lo <= reps || seen.has(lo)) continue;
        seen.add(lo);
        let fresh = 0;
        let inReps = false;
        for (let x = lo; x < hi; x++) {
          if (dirty[members[x] ?? 0] === 1) {
            fresh++;
            if (x < lo + reps) inReps = true;
          }
        }
        if (inReps || hi - lo - fresh <= reps) {
          for (let x = lo; x < hi; x++) {
            const m = members[x] ?? 0;
            if (dirty[m] !== 1) affected.add(this.uf.find(m));
          }
        }
      }
    }
    const t2 = performance.now();
    this.timings.buckets = t2 - t1;
    // 3. Reset those components; all their members are compared again.
    for (const root of affected) {
      const members = this.uf.members(root);
      for (const m of members) dirty[m] = 1;
      this.uf.reset(members);
    }
    // 4. Verify candidate pairs that involve a dirty ad, skipping pairs already joined.
    const threshold2 = this.settings.threshold;
    const visit = (b: number, lo: number, hi: number) => {
      const members = this.buckets.adsOf(b);
      const top = Math.min(hi, lo + reps);
      for (let y = lo; y < top; y++) {
        const rep = members[y] ?? 0;
        const repDirty = dirty[rep] === 1;
        for (let x = lo; x < hi; x++) {
          if (x === y) continue;
          // Pairs among the representatives are visited once.
          if (x < top && x < y) continue;
          const m = members[x] ?? 0;
          if (!repDirty && dirty[m] !== 1) continue;
          if (this.uf.find(m) === this.uf.find(rep)) continue;
          if (this.similarity(m, rep) >= threshold2) this.uf.union(m, rep);
        }
      }
    };
    for (let b = 0; b < this.settings.bands; b++) {
      const keys = this.buckets.keysOf(b);
      const members = this.buckets.adsOf(b);
      let lo = 0;
      while (lo < keys.length) {
        let hi = lo + 1;
        const key = keys[lo];
        let any = dirty[members[lo] ?? 0] === 1;
        while (hi < keys.length && keys[hi] === key) {
          if (dirty[members[hi] ?? 0] === 1) any = true;
          hi++;
        }
        if (any && hi - lo > 1) visit(b, lo, hi);
        lo = hi;
      }
    }
    this.pending = [];
    this.timings.verify = performance.now() - t2;
  }

  /** Ads in canonical order: by hash of id, ties by id. */
  private canonicalOrder(ads: number[]): Int32Array {
    const keys = new Uint32Array(ads.length);
    const values = Int32Array.from(ads);
    for (let i = 0; i < ads.length; i++) keys[i] = this.canon.data[ads[i] ?? 0] ?? 0;
    const sorted = sortPairs(keys, values);
    const out = sorted.values;
    // Hash ties (rare) are ordered by id.
    for (let i = 1; i < out.length; i++) {
      if (sorted.keys[i] === sorted.keys[i - 1]) {
        let j = i;
        while (j < out.length && sorted.keys[j] === sorted.keys[i - 1]) j++;
        const run = Array.from(out.subarray(i - 1, j)).sort((x, y) =>
          (this.ids[x] ?? "") < (this.ids[y] ?? "") ? -1 : 1,
        );
        out.set(run, i - 1);
        i = j;
      }
    }
    return out;
  }

  /** Clusters, templates, networks and ranks for everything added so far. */
  result(): ScanResult {
    this.cluster();
    const tResult = performance.now();
    const n = this.ids.length;
    // Clusters: components of the union-find, named by their smallest id.
    const clusterOf = new Int32Array(n);
    for (let a = 0; a < n; a++) clusterOf[a] = this.uf.find(a);
    const members = new Map<number, number[]>();
    for (let a = 0; a < n; a++) {
      const r = clusterOf[a] ?? a;
      const list = members.get(r);
      if (list) list.push(a);
      else members.set(r, [a]);
    }
    const clusterName = new Map<number, string>();
    for (const [root, list] of members) {
      list.sort((x, y) => ((this.ids[x] ?? "") < (this.ids[y] ?? "") ? -1 : 1));
      clusterName.set(root, this.ids[list[0] ?? root] ?? "");
    }
    const maxAds = Math.max(50, Math.floor(this.settings.commonIdentifierShare * n));
    const { networkOf, links } = linkNetworks(clusterOf, this.identifierKeys, this.identifierAds, maxAds);
    const networkMembers = new Map<number, number[]>();
    for (const root of members.keys()) {
      const net = networkOf[root] ?? root;
      const list = networkMembers.get(net);
      if (list) list.push(root);
      else networkMembers.set(net, [root]);
    }
    const linksByNetwork = new Map<number, typeof links>();
    for (const link of links) {
      const net = networkOf[link.clusters[0] ?? 0] ?? 0;
      const list = linksByNetwork.get(net);
      if (list) list.push(link);
      else linksByNetwork.set(net, [link]);
    }
    const tNetworks = performance.now();
    // Templates of clusters with two ads or more.
    const slotsOf: (string[] | undefined)[] = new Array<string[] | undefined>(n);
    const templates = new Map<number, Template>();
    const liveKeys = new Set<string>();
    for (const [root, list] of members) {
      if (list.length < 2) continue;
      const name = clusterName.get(root) ?? "";
      let x = 0;
      for (const a of list) x = (x ^ (this.canon.data[a] ?? 0)) >>> 0;
      const key = `${list.length}:${x}`;
      liveKeys.add(name);
      let cached = this.templateCache.get(name);
      if (cached?.key !== key) {
        // Words are numbered per cluster, so alignment compares integers.
        const vocabulary = new Map<string, number>();
        const words: string[] = [];
        const tokenIds = new Map<number, Uint32Array>();
        const tokensOf = (a: number): Uint32Array => {
          let ids = tokenIds.get(a);
          if (!ids) {
            const text = this.tokenText[a] ?? "";
            const split = text === "" ? [] : text.split(" ", MAX_ALIGN_TOKENS);
            ids = new Uint32Array(split.length);
            for (let i = 0; i < split.length; i++) {
              const w = split[i] ?? "";
              let id = vocabulary.get(w);
              if (id === undefined) {
                id = words.length;
                words.push(w);
                vocabulary.set(w, id);
              }
              ids[i] = id;
            }
            tokenIds.set(a, ids);
          }
          return ids;
        };
        const built = buildTemplate(list, {
          ids: this.ids,
          tokens: tokensOf,
          kinds: (a) => {
            const text = this.kindText[a] ?? "";
            const kinds = new Uint8Array(text.length);
            for (let i = 0; i < text.length; i++) kinds[i] = text.charCodeAt(i);
            return kinds;
          },
          word: (t) => words[t] ?? "",
          similarity: this.similarity,
        });
        cached = { key, template: built.template, members: list, slots: built.slots };
        this.templateCache.set(name, cached);
      }
      templates.set(root, cached.template);
      cached.members.forEach((a, i) => (slotsOf[a] = cached.slots[i] ?? NO_SLOTS));
    }
    for (const name of this.templateCache.keys()) if (!liveKeys.has(name)) this.templateCache.delete(name);
    const tTemplates = performance.now();
    this.timings.templates = tTemplates - tNetworks;
    // Networks with two ads or more, scored and ranked.
    const networks: NetworkResult[] = [];
    const networkName = new Map<number, string>();
    for (const [net, roots] of networkMembers) {
      const names = roots.map((r) => clusterName.get(r) ?? "").sort();
      const ads: number[] = [];
      for (const r of roots) for (const a of members.get(r) ?? []) ads.push(a);
      if (ads.length < 2) continue;
      const id = names[0] ?? "";
      networkName.set(net, id);
      networks.push(this.describeNetwork(id, names, ads, linksByNetwork.get(net) ?? [], clusterName));
    }
    networks.sort((a, b) => b.score - a.score || b.ads - a.ads || (a.id < b.id ? -1 : 1));
    networks.forEach((net, i) => (net.rank = i + 1));
    const clusters: ClusterResult[] = [];
    for (const [root, list] of members) {
      const net = networkName.get(networkOf[root] ?? root);
      if (list.length < 2 && net === undefined) continue;
      clusters.push({
        id: clusterName.get(root) ?? "",
        size: list.length,
        members: list.map((a) => this.ids[a] ?? ""),
        template: templates.get(root) ?? null,
        network: net ?? clusterName.get(root) ?? "",
      });
    }
    clusters.sort((a, b) => b.size - a.size || (a.id < b.id ? -1 : 1));
    const assignments: Assignment[] = [];
    for (let a = 0; a < n; a++) {
      const root = clusterOf[a] ?? a;
      assignments.push({
        ad: this.ids[a] ?? "",
        cluster: clusterName.get(root) ?? "",
        network: networkName.get(networkOf[root] ?? root) ?? null,
        slots: slotsOf[a] ?? NO_SLOTS,
      });
    }
    this.timings.networks = performance.now() - tTemplates + (tNetworks - tResult);
    const skipped: Record<SkipReason, number> = {
      empty: 0,
      binary: 0,
      missing_id: 0,
      duplicate_id: 0,
      not_text: 0,
    };
    for (const s of this.skipped) skipped[s.reason]++;
    let largestCluster = 0;
    for (const list of members.values()) largestCluster = Math.max(largestCluster, list.length);
    return {
      engine: ENGINE_VERSION,
      lexicon: `${this.analyser.matcher.lexicon.id}-${this.analyser.matcher.lexicon.version}`,
      gazetteer: GAZETTEER_VERSION,
      parameters: {
        shingleSize: this.analyser.options.shingleSize,
        permutations: this.k,
        bands: this.settings.bands,
        rows: this.settings.rows,
        threshold: this.settings.threshold,
        maxBucketReps: this.settings.maxBucketReps,
        stopShare: this.settings.stopShare,
        minStopAds: this.settings.minStopAds,
        stopShingles: this.stop.hashes.length,
        commonIdentifierAds: maxAds,
        maxChars: this.analyser.options.maxChars,
      },
      summary: {
        received: this.received,
        analysed: n,
        truncated: this.truncated,
        skipped,
        clusters: clusters.filter((c) => c.size > 1).length,
        networks: networks.length,
        largestCluster,
        largestNetwork: networks.reduce((m, x) => Math.max(m, x.ads), 0),
      },
      skipped: [...this.skipped],
      networks,
      clusters,
      assignments,
    };
  }

  private describeNetwork(
    id: string,
    clusterNames: string[],
    ads: number[],
    rawLinks: { type: LinkType; value: string; ads: number[]; clusters: number[] }[],
    clusterName: Map<number, string>,
  ): NetworkResult {
    let scoreSum = 0;
    let obfuscated = 0;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let dated = 0;
    const days = new Map<string, number>();
    const places = new Map<number, number>();
    const indicators = new Map<number, number>();
    const sortedAds = [...ads].sort((x, y) => ((this.ids[x] ?? "") < (this.ids[y] ?? "") ? -1 : 1));
    const identifierCounts = new Map<number, number>();
    for (const a of sortedAds) {
      for (const i of this.adIdentifiers.get(a)) identifierCounts.set(i, (identifierCounts.get(i) ?? 0) + 1);
      scoreSum += this.scores.data[a] ?? 0;
      obfuscated += this.obfuscated.data[a] ?? 0;
      const date = this.dates.data[a] ?? Number.NaN;
      if (Number.isFinite(date)) {
        dated++;
        first = Math.min(first, date);
        last = Math.max(last, date);
        const day = new Date(date).toISOString().slice(0, 10);
        days.set(day, (days.get(day) ?? 0) + 1);
      }
      for (const p of this.places.get(a)) places.set(p, (places.get(p) ?? 0) + 1);
      for (const i of this.indicators.get(a)) indicators.set(i, (indicators.get(i) ?? 0) + 1);
    }
    const identifiers = [...identifierCounts]
      .map(([i, count]) => {
        const key = this.identifierKeys[i] ?? ":";
        const colon = key.indexOf(":");
        return { type: key.slice(0, colon) as LinkType, value: key.slice(colon + 1), ads: count };
      })
      .sort((x, y) => y.ads - x.ads || (x.type + x.value < y.type + y.value ? -1 : 1));
    const reused = identifiers.filter((i) => i.ads >= 2).length;
    const { score, components } = scoreNetwork(
      {
        ads: ads.length,
        meanIndicatorScore: scoreSum / ads.length,
        datedAds: dated,
        spanDays: dated > 1 ? (last - first) / 86_400_000 : 0,
        places: places.size,
        reusedIdentifiers: reused,
        obfuscatedShare: obfuscated / ads.length,
      },
      this.settings.scoreWeights,
    );
    const links = rawLinks
      .map((l) => ({
        type: l.type,
        value: l.value,
        clusters: l.clusters.map((c) => clusterName.get(c) ?? "").sort(),
        ads: l.ads.map((a) => this.ids[a] ?? "").sort(),
      }))
      .sort((x, y) => y.ads.length - x.ads.length || (x.type + x.value < y.type + y.value ? -1 : 1));
    return {
      id,
      rank: 0,
      score,
      components,
      clusters: clusterNames,
      ads: ads.length,
      links,
      identifiers,
      places: [...places]
        .map(([p, count]) => ({ country: PLACES[p]?.country ?? "", city: PLACES[p]?.city ?? "", ads: count }))
        .sort((x, y) => y.ads - x.ads || (x.city < y.city ? -1 : 1)),
      timeline: [...days]
        .map(([day, count]) => ({ day, ads: count }))
        .sort((x, y) => (x.day < y.day ? -1 : 1)),
      firstSeen: dated > 0 ? new Date(first).toISOString() : null,
      lastSeen: dated > 0 ? new Date(last).toISOString() : null,
      indicators: [...indicators]
        .map(([i, count]) => ({ indicator: this.indicatorNames[i] ?? "", ads: count }))
        .sort((x, y) => y.ads - x.ads || (x.indicator < y.indicator ? -1 : 1)),
    };
  }
}

function hashOfSet(hashes: Uint32Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < hashes.length; i++) h = Math.imul(h ^ (hashes[i] ?? 0), 0x01000193);
  return h >>> 0;
}

function symmetricDifference(a: ReadonlySet<number>, b: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const x of a) if (!b.has(x)) out.add(x);
  for (const x of b) if (!a.has(x)) out.add(x);
  return out;
}

/** Analyses, clusters, links and ranks a set of ads in one call. */
export function scanAds(
  ads: Iterable<AdInput>,
  options: EngineOptions = {},
): ScanResult & { ads: AdAnalysis[] } {
  const engine = new DetectionEngine(options);
  const analyses = engine.add(ads);
  return { ...engine.result(), ads: analyses };
}
