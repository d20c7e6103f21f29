import { AdAnalyser, type AnalyseOptions, type PreparedFeatures } from "./analyse.ts";
import { DocumentFrequency } from "./cluster/doc-frequency.ts";
import { fmix32, murmur3 } from "./cluster/hash.ts";
import { BandIndex } from "./cluster/lsh.ts";
import { foldMinHashes, signature } from "./cluster/minhash.ts";
import { sortPairs } from "./cluster/radix.ts";
import { UnionFind } from "./cluster/union-find.ts";
import { GAZETTEER_VERSION, PLACES } from "./extract/gazetteer.ts";
import { linkNetworks, type IdentifierAds } from "./networks/networks.ts";
import { PreparedBatchBuilder, type PreparedBatch } from "./prepared-batch.ts";
import { DEFAULT_SCORE_WEIGHTS, scoreNetwork, type ScoreWeights } from "./rank/score.ts";
import type { SkipReason } from "./text/sanitize.ts";
import { allocate, Growable, RowPool, RunPool } from "./storage/growable.ts";
import { numberOf } from "./storage/numbering.ts";
import {
  buildTemplates,
  type BuiltTemplates,
  type TemplateData,
  type TemplatePack,
} from "./templates/template.ts";
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
  /**
   * Keep signatures and template tokens on SharedArrayBuffer (where the runtime has it), so that
   * `templateData()` can be posted to worker threads without copying them (default false).
   */
  sharedMemory?: boolean;
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
  /** The members, in canonical order (sorted ids). */
  members: number[];
  /**
   * Each member's slot values as a JSON array, in the string of the pack the cluster was built
   * in: member `i`'s ends at `slotEnds[slotStart + i]` and starts where the one before it ends.
   */
  slots: string;
  slotEnds: Uint32Array;
  slotStart: number;
}

/** Engine word numbers by a batch builder's word numbers. */
interface Vocabulary {
  ids: Uint32Array;
  length: number;
}

/** A cluster whose template is to be built. */
interface TemplateJob {
  name: string;
  key: string;
  members: number[];
}

/** The members of clusters, packed for `buildTemplates`. */
function packOf(jobs: readonly TemplateJob[]): TemplatePack {
  const memberEnds = new Uint32Array(jobs.length);
  let count = 0;
  jobs.forEach((job, c) => (memberEnds[c] = count += job.members.length));
  const members = new Int32Array(count);
  let at = 0;
  for (const job of jobs) {
    members.set(job.members, at);
    at += job.members.length;
  }
  return { clusters: jobs.length, memberEnds, members };
}

/** The clusters of a result: each ad's component root, the members of each root, its name. */
interface Partition {
  n: number;
  clusterOf: Int32Array;
  /** Members sorted by id. */
  members: Map<number, number[]>;
  clusterName: Map<number, string>;
  /** Template cache keys of the clusters of two ads or more, once computed. */
  templateKeys?: Map<number, string>;
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
  /** How many times each ad's signature was changed after it was stored. */
  private readonly signatureVersions = new Growable((n) => new Uint32Array(n));
  private signatures: RowPool;
  private shingles = new RunPool();
  /** Template tokens per ad, as numbers of `words` (so that alignment compares integers). */
  private tokens: RunPool;
  private readonly words: string[] = [];
  private readonly wordIds = new Map<string, number>();
  /** Token kinds per ad (indices in TOKEN_KINDS), one byte per token. */
  private kinds: RunPool<Uint8Array>;
  private readonly places = new RunPool(1 << 16);
  private readonly indicators = new RunPool(1 << 16);
  private readonly indicatorIds = new Map<string, number>();
  private readonly indicatorNames: string[] = [];
  private readonly identifierIndex = new Map<string, number>();
  private readonly identifierKeys: string[] = [];
  private readonly adIdentifiers = new RunPool(1 << 18);
  private df: DocumentFrequency;
  private buckets: BandIndex;
  private readonly uf = new UnionFind();
  /**
   * Packs the ads `add` and `addPrepared` are given, for `addBatch`: every ad is stored the one
   * way. Its word numbers carry over from batch to batch, as a worker's builder's do.
   */
  private readonly packer: PreparedBatchBuilder;
  /** The most positions two signatures may differ in and still be similar (see `similar`). */
  private readonly maxDiffer: number;
  /** The set handed out for signing (see `stopSet`). */
  private stop: StopSet = { id: 0, hashes: new Uint32Array(0) };
  /** Stop shingles as of the last clustering: the set every stored signature leaves out. */
  private stopCount = 0;
  /** Shingle sets signatures were computed without, by id; 0 is the empty set. */
  private readonly stopSets = new Map<number, ReadonlySet<number>>([[0, new Set()]]);
  /** How many stored ads were signed without each set. */
  private readonly stopRefs = new Map<number, number>();
  /** The last sets handed out (they may still be in use in other threads). */
  private readonly recentStops: number[] = [];
  private pending: number[] = [];
  private readonly skipped: SkippedAd[] = [];
  private received = 0;
  private truncated = 0;
  private readonly templateCache = new Map<string, CachedTemplate>();
  private partitionCache: Partition | undefined;
  /** Clusters of the packs `templateWork` gave out and `storeTemplates` has not had yet. */
  private readonly packJobs = new Map<TemplatePack, TemplateJob[]>();
  /** What `assignment(i)` reads, from the last `result()`. */
  private assigned:
    | {
        clusterOf: Int32Array;
        clusterName: Map<number, string>;
        networkOf: Int32Array;
        networkName: Map<number, string>;
        slotSource: CachedTemplate[];
        slotOf: Int32Array;
        slotAt: Int32Array;
      }
    | undefined;
  /**
   * Milliseconds spent in each phase (for benchmarks and logs): clustering phases as of the last
   * clustering that had new ads to place, the others as of the last `result()`.
   */
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
    let d = permutations;
    while (d >= 0 && (permutations - d) / permutations < this.settings.threshold) d--;
    this.maxDiffer = d;
    const shared = options.sharedMemory ?? false;
    this.packer = new PreparedBatchBuilder(permutations);
    this.signatures = new RowPool(permutations, 8192, shared);
    this.tokens = new RunPool(1 << 20, (n) => allocate(Uint32Array, 4, n, shared));
    this.kinds = new RunPool(1 << 20, (n) => allocate(Uint8Array, 1, n, shared));
    this.df = new DocumentFrequency(signingThreshold(this.settings.minStopAds) + 1);
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

  /**
   * The shingles to sign without, as of now, for threads that prepare ads (see `prepare`): the
   * shingles in more than half as many ads as the stop threshold. Signing without this superset
   * of the stop shingles means that, once the stop set is final, most signatures only need the
   * shingles it no longer holds folded back in (a minimum per permutation), not computing again.
   */
  stopSet(): StopSet {
    return this.stop;
  }

  /** Analyses and stores a batch; returns each ad's analysis (skipped ads are counted instead). */
  add(ads: Iterable<AdInput>): AdAnalysis[] {
    const out: AdAnalysis[] = [];
    const stop = this.stopSets.get(this.stop.id) ?? null;
    let position = this.received;
    // Ads are packed as a worker packs them and stored a batch at a time, in input order with
    // the skips between them.
    let analyses: AdAnalysis[] = [];
    const store = () => {
      const dropped: number[] = [];
      this.addBatch(this.packer.build(), 0, analyses.length, dropped);
      let d = 0;
      analyses.forEach((analysis, i) => {
        if (dropped[d] === i) d++;
        else out.push(analysis);
      });
      analyses = [];
    };
    for (const ad of ads) {
      const prepared = this.analyser.prepareInto(this.packer, ad, stop, this.stop.id);
      if (prepared.ok) {
        analyses.push(prepared.value);
        if (analyses.length >= 1024) store();
      } else {
        store();
        this.received++;
        this.skip(prepared.id || `#${position}`, prepared.reason);
      }
      position++;
    }
    store();
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
    for (const p of batch) {
      this.packer.add({
        ...p,
        tokens: p.tokens === "" ? [] : p.tokens.split(" "),
        flags: p.indicators.map((indicator) => ({ indicator })),
      });
    }
    return this.addBatch(this.packer.build());
  }

  /**
   * Stores ads `[from, to)` of a batch prepared elsewhere (`AdAnalyser.prepareInto`), like
   * `addPrepared` but without an object per ad. Returns how many were stored; the positions of
   * those that were not (their id was taken) are added to `dropped`.
   */
  addBatch(batch: PreparedBatch, from = 0, to = batch.count, dropped?: number[]): number {
    if (batch.k !== this.k) throw new Error(`signatures of ${this.k} values were expected, not ${batch.k}`);
    // A batch is often stored a few ads at a time: its names and words are numbered once.
    let seen = this.batches.get(batch);
    if (!seen) {
      seen = {
        names: batch.indicatorNames.map((name) => this.indicatorId(name)),
        words: this.vocabularyOf(batch),
      };
      this.batches.set(batch, seen);
    }
    // Ads are numbered as their ids are claimed; each run of claimed ads is stored in one go.
    let stored = 0;
    let run = from;
    for (let i = from; i < to; i++) {
      if (this.claim(batch.ids[i] ?? "")) continue;
      dropped?.push(i);
      stored += this.storeRun(batch, seen, run, i);
      run = i + 1;
    }
    return stored + this.storeRun(batch, seen, run, to);
  }

  /**
   * Stores ads `from`…`to - 1` of a batch, whose ids were just claimed (they are the last
   * `to - from` ads numbered): a copy per column for all of them, not one per ad.
   */
  private storeRun(
    batch: PreparedBatch,
    seen: { names: number[]; words: Vocabulary },
    from: number,
    to: number,
  ): number {
    const n = to - from;
    if (n <= 0) return 0;
    const firstAd = this.ids.length - n;
    this.dates.appendRange(batch.dates, from, to);
    this.scores.appendRange(batch.indicatorScores, from, to);
    this.stopIds.appendRange(batch.stopIds, from, to);
    const obfuscated = this.obfuscated;
    obfuscated.reserve(obfuscated.length + n);
    const versions = this.signatureVersions;
    versions.reserve(versions.length + n);
    versions.data.fill(0, versions.length, versions.length + n);
    versions.length += n;
    this.signatures.pushRows(batch.signatures, from, to);
    this.shingles.pushRuns(batch.shingles, batch.shingleEnds, from, to);
    this.kinds.pushRuns(batch.kinds, batch.tokenEnds, from, to);
    this.places.pushRuns(batch.places, batch.placeEnds, from, to);
    // Tokens, indicators and identifiers are renumbered in the engine's numbers first.
    const words = seen.words.ids;
    const t = this.scratchRange(batch.tokenEnds, from, to);
    for (let x = t.start; x < t.end; x++) t.values[x - t.start] = words[batch.tokens[x] ?? 0] ?? 0;
    this.tokens.pushRuns(t.values, batch.tokenEnds, from, to, t.start);
    const ind = this.scratchRange(batch.indicatorEnds, from, to);
    for (let x = ind.start; x < ind.end; x++)
      ind.values[x - ind.start] = seen.names[batch.indicators[x] ?? 0] ?? 0;
    this.indicators.pushRuns(ind.values, batch.indicatorEnds, from, to, ind.start);
    const ids = this.scratchRange(batch.identifierEnds, from, to);
    let x = ids.start;
    for (let i = from; i < to; i++) {
      for (const end = batch.identifierEnds[i] ?? x; x < end; x++)
        ids.values[x - ids.start] = this.identifierId(batch.identifiers[x] ?? "");
    }
    this.adIdentifiers.pushRuns(ids.values, batch.identifierEnds, from, to, ids.start);
    let s = from === 0 ? 0 : (batch.shingleEnds[from - 1] ?? 0);
    for (let i = from; i < to; i++) {
      const flags = batch.flags[i] ?? 0;
      obfuscated.data[obfuscated.length++] = flags & 1;
      if ((flags & 2) !== 0) this.truncated++;
      const stopId = batch.stopIds[i] ?? 0;
      this.stopRefs.set(stopId, (this.stopRefs.get(stopId) ?? 0) + 1);
      const end = batch.shingleEnds[i] ?? s;
      this.df.addDocument(batch.shingles, s, end);
      s = end;
      this.pending.push(firstAd + i - from);
    }
    this.uf.addMany(n);
    return n;
  }

  /** A scratch array for the values of runs `from`…`to - 1` of a packed column, and their range. */
  private scratchRange(
    ends: Uint32Array,
    from: number,
    to: number,
  ): { values: Uint32Array; start: number; end: number } {
    const start = from === 0 ? 0 : (ends[from - 1] ?? 0);
    const end = ends[to - 1] ?? start;
    if (this.scratch.length < end - start) this.scratch = new Uint32Array(2 * (end - start));
    const values = this.scratch.subarray(0, end - start);
    // Each caller uses its values before asking for the next range.
    return { values, start, end };
  }

  /** Batches `addBatch` has seen, with their indicator names numbered and their vocabulary. */
  private readonly batches = new WeakMap<PreparedBatch, { names: number[]; words: Vocabulary }>();
  /** Engine word numbers of each batch builder's word numbers. */
  private readonly vocabularies = new Map<number, Vocabulary>();

  /** The vocabulary of a batch's builder, with the words this batch brings added. */
  private vocabularyOf(batch: PreparedBatch): Vocabulary {
    let v = this.vocabularies.get(batch.vocabulary);
    if (!v) this.vocabularies.set(batch.vocabulary, (v = { ids: new Uint32Array(1024), length: 0 }));
    if (batch.firstWord !== v.length) {
      throw new Error("batches of one builder must be added in the order they were built");
    }
    if (v.length + batch.words.length > v.ids.length) {
      const ids = new Uint32Array(Math.max(v.length + batch.words.length, 2 * v.ids.length));
      ids.set(v.ids.subarray(0, v.length));
      v.ids = ids;
    }
    for (const word of batch.words) v.ids[v.length++] = this.wordId(word);
    return v;
  }
  private scratch = new Uint32Array(256);

  /** Counts an input and, unless its id is taken (then it is skipped), numbers it as a new ad. */
  private claim(id: string): boolean {
    if (this.finished) throw new Error("this engine was finished: it takes no more ads");
    this.received++;
    if (this.index.has(id)) {
      this.skip(id, "duplicate_id");
      return false;
    }
    this.index.set(id, this.ids.length);
    this.ids.push(id);
    this.canon.push(murmur3(id));
    return true;
  }

  private wordId(word: string): number {
    return numberOf(this.words, this.wordIds, word);
  }

  private indicatorId(name: string): number {
    return numberOf(this.indicatorNames, this.indicatorIds, name);
  }

  /** The number of an identifier key (which ads carry it is in `adIdentifiers`). */
  private identifierId(key: string): number {
    return numberOf(this.identifierKeys, this.identifierIndex, key);
  }

  /**
   * The ads carrying each identifier, in ad order: identifier `i`'s are
   * `ads[starts[i]…starts[i + 1])`. Built from the per-ad lists when networks are linked, rather
   * than kept as an array per identifier while ads come in (hundreds of thousands of small
   * arrays at a million ads, for the reading thread to grow and its collector to trace).
   */
  private identifierAds(): IdentifierAds {
    const m = this.identifierKeys.length;
    const n = this.ids.length;
    const pool = this.adIdentifiers;
    const starts = new Int32Array(m + 1);
    for (let a = 0; a < n; a++) {
      const chunk = pool.chunkOf(a);
      for (let x = pool.startOf(a), end = x + pool.lengthOf(a); x < end; x++) {
        const slot = (chunk[x] ?? 0) + 1;
        starts[slot] = (starts[slot] ?? 0) + 1;
      }
    }
    for (let i = 0; i < m; i++) starts[i + 1] = (starts[i + 1] ?? 0) + (starts[i] ?? 0);
    const ads = new Int32Array(starts[m] ?? 0);
    const next = starts.slice(0, m);
    for (let a = 0; a < n; a++) {
      const chunk = pool.chunkOf(a);
      for (let x = pool.startOf(a), end = x + pool.lengthOf(a); x < end; x++) {
        const i = chunk[x] ?? 0;
        ads[next[i] ?? 0] = a;
        next[i] = (next[i] ?? 0) + 1;
      }
    }
    return { starts, ads };
  }

  private before = (a: number, b: number): boolean => {
    const ka = this.canon.data[a] ?? 0;
    const kb = this.canon.data[b] ?? 0;
    return ka < kb || (ka === kb && (this.ids[a] ?? "") < (this.ids[b] ?? ""));
  };

  private bandKey = (ad: number, band: number): number =>
    BandIndex.bandKey(this.signatures.chunkOf(ad), this.signatures.offsetOf(ad), band, this.settings.rows);

  /**
   * Whether the signatures of `a` and `b` agree on a share of at least `threshold` of their
   * positions. Compared a block at a time, it stops as soon as the answer is certain: candidate
   * pairs are mostly near-duplicates or clearly apart, decided before the end of the rows.
   */
  private similar = (a: number, b: number): boolean => {
    const ca = this.signatures.chunkOf(a);
    const cb = this.signatures.chunkOf(b);
    let oa = this.signatures.offsetOf(a);
    let ob = this.signatures.offsetOf(b);
    const k = this.k;
    const maxDiffer = this.maxDiffer;
    const end = oa + k;
    let differ = 0;
    let seen = 0;
    while (oa < end) {
      const stop = Math.min(end, oa + 16);
      seen += stop - oa;
      // Counted without a branch per position (equal or not is a coin toss for the predictor).
      for (; oa < stop; oa++, ob++) {
        const d = (ca[oa] as number) ^ (cb[ob] as number);
        differ += (d | -d) >>> 31;
      }
      if (differ > maxDiffer) return false;
      if (seen - differ >= k - maxDiffer) return true;
    }
    return true;
  };

  /**
   * Recomputes the shingles to sign without (`stopSet`) from the document frequencies so far and
   * returns them. Clustering always uses the stop set as of `result()`; an ad signed without an
   * older set has its signature completed with the shingles that set left out and the stop set
   * does not, or computed again if it holds a stop shingle the older set did not leave out.
   */
  refreshStopSet(): StopSet {
    const threshold = signingThreshold(this.stopThreshold());
    const hashes = this.df.above(Math.max(threshold, this.df.minDf - 1));
    const id = this.registerStopSet(hashes);
    if (id !== this.stop.id) {
      this.stop = { id, hashes };
      this.recentStops.push(id);
      if (this.recentStops.length > 4) this.recentStops.shift();
      this.pruneStopSets();
    }
    return this.stop;
  }

  /** Ads in more than this many ads are stop shingles. */
  private stopThreshold(): number {
    return Math.max(this.settings.minStopAds, Math.floor(this.settings.stopShare * this.ids.length));
  }

  /** The id of a set of shingles (sorted), remembering the set. */
  private registerStopSet(hashes: Uint32Array): number {
    if (hashes.length === 0) return 0;
    // Ids are a hash of the set; a (most unlikely) collision moves on to the next id.
    for (let id = hashOfSet(hashes) || 1; ; id = (id + 1) >>> 0 || 1) {
      const known = this.stopSets.get(id);
      if (!known) {
        this.stopSets.set(id, new Set(hashes));
        return id;
      }
      if (known.size === hashes.length && hashes.every((h) => known.has(h))) return id;
    }
  }

  /** Forgets sets no stored ad was signed without, unless they may still be in use. */
  private pruneStopSets(): void {
    for (const id of this.stopSets.keys()) {
      if (id === 0 || id === this.stop.id || this.recentStops.includes(id)) continue;
      if ((this.stopRefs.get(id) ?? 0) === 0) {
        this.stopSets.delete(id);
        this.stopRefs.delete(id);
      }
    }
  }

  /** Brings clusters up to date with the ads added since the last call. */
  private cluster(): void {
    if (this.finished) return;
    const t0 = performance.now();
    const n = this.ids.length;
    this.refreshStopSet();
    const final = this.df.above(this.stopThreshold());
    const id = this.registerStopSet(final);
    const stopSet = this.stopSets.get(id) ?? new Set<number>();
    this.stopCount = final.length;
    const isPending = new Uint8Array(n);
    for (const a of this.pending) isPending[a] = 1;
    // 1. Signatures that the stop set changed. An ad signed without set S has the signature of
    //    its shingles minus S (or of all of them, when S held them all). If it holds no
    //    shingle of the stop set that S did not hold, its signature becomes the one without the
    //    stop set by folding in the shingles S held and the stop set does not; otherwise (and
    //    when S is unknown, or held all its shingles) it is computed again.
    const moved: number[] = [];
    const oldKeys: number[][] = [];
    const scratch = new Uint32Array(this.k);
    const plans = new Map<number, StopChange | null>();
    let kept = new Uint32Array(256);
    for (let ad = 0; ad < n; ad++) {
      const own = this.stopIds.data[ad] ?? 0;
      if (own === id) continue;
      let plan = plans.get(own);
      if (plan === undefined) {
        const ownSet = this.stopSets.get(own);
        plan = ownSet ? stopChange(ownSet, stopSet) : null;
        plans.set(own, plan);
      }
      this.stopIds.data[ad] = id;
      this.stopRefs.set(own, (this.stopRefs.get(own) ?? 1) - 1);
      this.stopRefs.set(id, (this.stopRefs.get(id) ?? 0) + 1);
      const set = this.shingles.get(ad);
      if (set.length === 0) continue;
      let again = plan === null;
      let fold = 0;
      if (plan && plan.filter) {
        if (kept.length < set.length) kept = new Uint32Array(2 * set.length);
        for (let x = 0; x < set.length; x++) {
          const h = set[x] ?? 0;
          if (!plan.filter.has(h)) continue;
          if (plan.added.has(h)) {
            again = true;
            break;
          }
          if (plan.dropped.has(h)) kept[fold++] = h;
        }
      }
      if (!again && plan && plan.before.size > 0) {
        // Signed with all its shingles, as the set it was signed without held them all?
        let all = true;
        for (let x = 0; x < set.length && all; x++) if (!plan.before.has(set[x] ?? 0)) all = false;
        again = all;
      }
      if (!again && fold === 0) continue;
      const keys: number[] = [];
      if (isPending[ad] !== 1) for (let b = 0; b < this.settings.bands; b++) keys.push(this.bandKey(ad, b));
      const chunk = this.signatures.chunkOf(ad);
      const offset = this.signatures.offsetOf(ad);
      if (again) signature(set, this.analyser.perms, stopSet, scratch);
      else {
        scratch.set(chunk.subarray(offset, offset + this.k));
        foldMinHashes(kept.subarray(0, fold), this.analyser.perms, scratch);
      }
      let same = true;
      for (let t = 0; t < this.k && same; t++) if (chunk[offset + t] !== scratch[t]) same = false;
      if (same) continue;
      this.signatures.set(ad, scratch);
      this.signatureVersions.data[ad] = (this.signatureVersions.data[ad] ?? 0) + 1;
      if (isPending[ad] !== 1) {
        moved.push(ad);
        oldKeys.push(keys);
      }
    }
    this.pruneStopSets();
    const t1 = performance.now();
    // Nothing new: the timings stay those of the last clustering that did something.
    if (this.pending.length === 0 && moved.length === 0) return;
    this.timings.stopShingles = t1 - t0;
    this.partitionCache = undefined;
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
    this.buckets.update(
      added,
      (ad) => ({ data: this.signatures.chunkOf(ad), offset: this.signatures.offsetOf(ad) }),
      this.before,
      removed,
    );
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
          if (this.similar(m, rep)) this.uf.union(m, rep);
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

  /** Clusters (connected components) as of now, computed once per change. */
  private partition(): Partition {
    this.cluster();
    const n = this.ids.length;
    if (this.partitionCache?.n === n) return this.partitionCache;
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
      if (list.length > 1) list.sort((x, y) => ((this.ids[x] ?? "") < (this.ids[y] ?? "") ? -1 : 1));
      clusterName.set(root, this.ids[list[0] ?? root] ?? "");
    }
    this.partitionCache = { n, clusterOf, members, clusterName };
    return this.partitionCache;
  }

  /**
   * The template cache key of a cluster: its size, the xor of its members' canonical hashes, and
   * of hashes of their signature versions (the medoid is chosen by signatures, which a new stop
   * set may change while the members stay the same).
   */
  private templateKey(list: readonly number[]): string {
    let x = 0;
    let v = 0;
    for (const a of list) {
      const c = this.canon.data[a] ?? 0;
      x = (x ^ c) >>> 0;
      v = (v ^ fmix32((c ^ Math.imul(this.signatureVersions.data[a] ?? 0, 0x9e3779b1)) >>> 0)) >>> 0;
    }
    return `${list.length}:${x}:${v}`;
  }

  /** Clusters of two ads or more whose template is not cached, with their names and keys. */
  private missingTemplates(p: Partition): TemplateJob[] {
    const missing: TemplateJob[] = [];
    // Keys are computed once per partition (a signature change makes a new partition).
    const keys = (p.templateKeys ??= new Map<number, string>());
    for (const [root, list] of p.members) {
      if (list.length < 2) continue;
      const name = p.clusterName.get(root) ?? "";
      let key = keys.get(root);
      if (key === undefined) keys.set(root, (key = this.templateKey(list)));
      if (this.templateCache.get(name)?.key !== key) missing.push({ name, key, members: list });
    }
    return missing;
  }

  /**
   * The template work of the next `result()`, in packs of about `members` ads, for callers that
   * build templates in other threads: brings clusters up to date, then gives the clusters whose
   * template is not cached. Give each pack, with `templateData()` (taken after this call), to
   * `buildTemplates` (anywhere) and its output to `storeTemplates`, then call `result()`, which
   * builds nothing it has. Packs are made as the iteration asks for them. Results are the same
   * as building in `result()`.
   */
  templateWork(members = 2048): Iterable<TemplatePack> {
    // Clustering happens now (not when the iteration starts): `templateData()` is then final.
    return this.packs(this.missingTemplates(this.partition()), members);
  }

  private *packs(jobs: TemplateJob[], members: number): Generator<TemplatePack> {
    let from = 0;
    let size = 0;
    for (let i = 0; i < jobs.length; i++) {
      size += jobs[i]?.members.length ?? 0;
      if (size >= members || i === jobs.length - 1) {
        const part = jobs.slice(from, i + 1);
        const pack = packOf(part);
        this.packJobs.set(pack, part);
        yield pack;
        from = i + 1;
        size = 0;
      }
    }
  }

  /**
   * What `buildTemplates` reads of the stored ads: signatures, template tokens and kinds (the
   * arrays themselves, shared with other threads when the engine was made with `sharedMemory`),
   * with a copy of where each ad's runs are, and the words.
   */
  templateData(): TemplateData {
    return {
      k: this.k,
      rowsPerChunk: this.signatures.rowsPerChunk,
      signatures: this.signatures.snapshot(),
      tokens: this.tokens.snapshot(),
      kinds: this.kinds.snapshot(),
      words: [...this.words],
    };
  }

  /** Stores the templates built for a pack of `templateWork`. */
  storeTemplates(pack: TemplatePack, built: BuiltTemplates): void {
    const jobs = this.packJobs.get(pack);
    if (!jobs) throw new Error("not a pack of this engine's templateWork");
    this.packJobs.delete(pack);
    let member = 0;
    jobs.forEach((job, c) => {
      const t = built.templates[c];
      if (!t) throw new Error("a built template is missing");
      // The cluster's slot values stay in the pack's string, as a range of its members.
      const medoid = job.members[built.medoids[c] ?? 0] ?? 0;
      this.templateCache.set(job.name, {
        key: job.key,
        template: { parts: t.parts, text: t.text, medoid: this.ids[medoid] ?? "", sampled: t.sampled },
        members: job.members,
        slots: built.slots,
        slotEnds: built.slotEnds,
        slotStart: member,
      });
      member += job.members.length;
    });
  }

  /** Builds, in this thread, the templates of clusters that have none cached. */
  private buildMissingTemplates(p: Partition): void {
    const missing = this.missingTemplates(p);
    if (missing.length === 0) return;
    const data = this.templateData();
    for (let from = 0; from < missing.length;) {
      let to = from;
      let size = 0;
      while (to < missing.length && size < 2048) size += missing[to++]?.members.length ?? 0;
      const part = missing.slice(from, to);
      const pack = packOf(part);
      this.packJobs.set(pack, part);
      this.storeTemplates(pack, buildTemplates(data, pack));
      from = to;
    }
  }

  /**
   * For a last `result()`: brings clusters and templates up to date, then frees what only
   * placing more ads needs (signatures, shingles, band index, document frequencies, template
   * tokens) — most of the memory of a large scan. `result()` and `assignment(i)` still work;
   * adding ads afterwards throws.
   */
  finish(): void {
    if (this.finished) return;
    this.buildMissingTemplates(this.partition());
    this.finished = true;
    this.signatures = new RowPool(this.k);
    this.shingles = new RunPool(1);
    this.tokens = new RunPool(1);
    this.kinds = new RunPool(1, (n) => new Uint8Array(n));
    this.df = new DocumentFrequency(1, 4);
    this.buckets = new BandIndex(this.settings.bands, this.settings.rows);
  }

  private finished = false;

  /**
   * Clusters, templates, networks and ranks for everything added so far. With
   * `{ assignments: false }` the per-ad assignments are left out (an empty list): a caller that
   * writes them one by one reads them with `assignment(i)` instead.
   */
  result(options: { assignments?: boolean } = {}): ScanResult {
    const p = this.partition();
    const tResult = performance.now();
    const { clusterOf, members, clusterName } = p;
    const n = this.ids.length;
    const maxAds = Math.max(50, Math.floor(this.settings.commonIdentifierShare * n));
    const { networkOf, links } = linkNetworks(clusterOf, this.identifierKeys, this.identifierAds(), maxAds);
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
    // Templates of clusters with two ads or more (built here unless `storeTemplates` has them).
    this.buildMissingTemplates(p);
    const templates = new Map<number, Template>();
    const liveKeys = new Set<string>();
    const slotSource: CachedTemplate[] = [];
    const slotOf = new Int32Array(n).fill(-1);
    const slotAt = new Int32Array(n);
    for (const [root, list] of members) {
      if (list.length < 2) continue;
      const name = clusterName.get(root) ?? "";
      liveKeys.add(name);
      const cached = this.templateCache.get(name);
      if (!cached) continue;
      templates.set(root, cached.template);
      const source = slotSource.length;
      slotSource.push(cached);
      cached.members.forEach((a, i) => {
        slotOf[a] = source;
        slotAt[a] = i;
      });
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
      // One cluster's members are sorted by id already.
      const sorted = roots.length === 1;
      networks.push(this.describeNetwork(id, names, ads, sorted, linksByNetwork.get(net) ?? [], clusterName));
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
    this.assigned = { clusterOf, clusterName, networkOf, networkName, slotSource, slotOf, slotAt };
    const assignments: Assignment[] = [];
    if (options.assignments !== false) {
      for (let a = 0; a < n; a++) {
        const parts = this.assignment(a);
        assignments.push({
          ad: parts.ad,
          cluster: parts.cluster,
          network: parts.network,
          slots: parts.slots === "[]" ? NO_SLOTS : (JSON.parse(parts.slots) as string[]),
        });
      }
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
        stopShingles: this.stopCount,
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

  /**
   * Where ad `i` (in the order ads were stored) ended up as of the last `result()`, with its
   * template slot values as JSON text (`JSON.stringify(assignment.slots)`).
   */
  assignment(i: number): { ad: string; cluster: string; network: string | null; slots: string } {
    const r = this.assigned;
    if (!r || i < 0 || i >= r.clusterOf.length)
      throw new RangeError(`no assignment ${i}; call result() first`);
    const root = r.clusterOf[i] ?? i;
    const source = r.slotSource[r.slotOf[i] ?? -1];
    let slots = "[]";
    if (source) {
      const at = source.slotStart + (r.slotAt[i] ?? 0);
      slots = source.slots.slice(at === 0 ? 0 : (source.slotEnds[at - 1] ?? 0), source.slotEnds[at] ?? 0);
    }
    return {
      ad: this.ids[i] ?? "",
      cluster: r.clusterName.get(root) ?? "",
      network: r.networkName.get(r.networkOf[root] ?? root) ?? null,
      slots,
    };
  }

  private describeNetwork(
    id: string,
    clusterNames: string[],
    ads: number[],
    sorted: boolean,
    rawLinks: { type: LinkType; value: string; ads: number[]; clusters: number[] }[],
    clusterName: Map<number, string>,
  ): NetworkResult {
    let scoreSum = 0;
    let obfuscated = 0;
    let first = Number.POSITIVE_INFINITY;
    let last = Number.NEGATIVE_INFINITY;
    let dated = 0;
    // Ads per UTC day, by day number; a day's name is its first ad's date, cut to the day.
    const days = new Map<number, { day: string; ads: number }>();
    const places = new Map<number, number>();
    const indicators = new Map<number, number>();
    const sortedAds = sorted
      ? ads
      : [...ads].sort((x, y) => ((this.ids[x] ?? "") < (this.ids[y] ?? "") ? -1 : 1));
    const identifierCounts = new Map<number, number>();
    // Runs are read in their chunks (a view per ad and pool would cost more than the reading).
    const idPool = this.adIdentifiers;
    const placePool = this.places;
    const indicatorPool = this.indicators;
    for (const a of sortedAds) {
      const idChunk = idPool.chunkOf(a);
      for (let x = idPool.startOf(a), end = x + idPool.lengthOf(a); x < end; x++) {
        const i = idChunk[x] ?? 0;
        identifierCounts.set(i, (identifierCounts.get(i) ?? 0) + 1);
      }
      scoreSum += this.scores.data[a] ?? 0;
      obfuscated += this.obfuscated.data[a] ?? 0;
      const date = this.dates.data[a] ?? Number.NaN;
      if (Number.isFinite(date)) {
        dated++;
        first = Math.min(first, date);
        last = Math.max(last, date);
        const key = Math.floor(Math.trunc(date) / 86_400_000);
        const day = days.get(key);
        if (day) day.ads++;
        else days.set(key, { day: dayName(key, date), ads: 1 });
      }
      const placeChunk = placePool.chunkOf(a);
      for (let x = placePool.startOf(a), end = x + placePool.lengthOf(a); x < end; x++) {
        const p = placeChunk[x] ?? 0;
        places.set(p, (places.get(p) ?? 0) + 1);
      }
      const indicatorChunk = indicatorPool.chunkOf(a);
      for (let x = indicatorPool.startOf(a), end = x + indicatorPool.lengthOf(a); x < end; x++) {
        const i = indicatorChunk[x] ?? 0;
        indicators.set(i, (indicators.get(i) ?? 0) + 1);
      }
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
      timeline: [...days.values()].sort((x, y) => (x.day < y.day ? -1 : 1)),
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

/** ISO dates of UTC day numbers, computed once per day (a million ads span a few hundred days). */
const dayNames = new Map<number, string>();

/** The UTC date (YYYY-MM-DD) of epoch milliseconds `date`, whose day number is `key`. */
function dayName(key: number, date: number): string {
  // Out of the Date range, toISOString throws, as it always did for such a date.
  if (Math.abs(date) > 8.64e15) return new Date(date).toISOString().slice(0, 10);
  let name = dayNames.get(key);
  if (name === undefined) {
    name = new Date(date).toISOString().slice(0, 10);
    if (dayNames.size > 100_000) dayNames.clear();
    dayNames.set(key, name);
  }
  return name;
}

/** The signing threshold for a stop threshold: half of it (see `DetectionEngine.stopSet`). */
function signingThreshold(stopThreshold: number): number {
  return Math.floor(stopThreshold / 2);
}

/** From a set signatures were computed without (`before`) to the stop set (`after`). */
interface StopChange {
  before: ReadonlySet<number>;
  /** In the stop set, not in `before`: an ad holding one is signed again. */
  added: ReadonlySet<number>;
  /** In `before`, not in the stop set: folded into the signatures of ads holding them. */
  dropped: ReadonlySet<number>;
  /** Quick test for "in `added` or `dropped`" (null when both are empty). */
  filter: BitFilter | null;
}

function stopChange(before: ReadonlySet<number>, after: ReadonlySet<number>): StopChange {
  const added = new Set<number>();
  const dropped = new Set<number>();
  for (const x of before) if (!after.has(x)) dropped.add(x);
  for (const x of after) if (!before.has(x)) added.add(x);
  const filter = added.size + dropped.size > 0 ? new BitFilter([...added, ...dropped]) : null;
  return { before, added, dropped, filter };
}

/** A 64 Kbit filter of 32-bit values: `has` is false for values never added (and rarely true). */
class BitFilter {
  private readonly bits = new Uint32Array(2048);
  constructor(values: Iterable<number>) {
    for (const v of values) {
      const b = Math.imul(v, 0x9e3779b1) >>> 16;
      this.bits[b >>> 5] = (this.bits[b >>> 5] ?? 0) | (1 << (b & 31));
    }
  }
  has(v: number): boolean {
    const b = Math.imul(v, 0x9e3779b1) >>> 16;
    return ((this.bits[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
  }
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
