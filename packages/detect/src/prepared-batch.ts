import { numberOf } from "./storage/numbering.ts";
import type { IndicatorFlag } from "./types.ts";

/**
 * The clustering features of many prepared ads packed in a few typed arrays and strings, in the
 * order they were added: what a worker thread sends the engine (`DetectionEngine.addBatch`).
 * Per-ad variable-length parts are concatenated, with each ad's end offset in `…Ends` (ad `i`
 * spans `[ends[i - 1] ?? 0, ends[i])`). Only plain data: it can be posted to another thread as
 * is, transferring `buffers(batch)`.
 */
export interface PreparedBatch {
  count: number;
  /** Values per signature (MinHash permutations). */
  k: number;
  ids: string[];
  /** Epoch milliseconds, NaN when unknown. */
  dates: Float64Array;
  indicatorScores: Float64Array;
  /** Bit 0: obfuscated identifier; bit 1: text truncated. */
  flags: Uint8Array;
  /** Id of the stop-shingle set each signature left out (0: none). */
  stopIds: Uint32Array;
  /** `count × k` values. */
  signatures: Uint32Array;
  shingles: Uint32Array;
  shingleEnds: Uint32Array;
  /**
   * Template tokens are numbered per builder (`vocabulary`), across the batches it builds: a
   * batch brings the words its builder numbered since its previous batch, `words[j]` being word
   * `firstWord + j`. Batches of one builder must reach the engine in the order they were built.
   */
  vocabulary: number;
  firstWord: number;
  words: string[];
  /** Each ad's template tokens, as word numbers; ad `i`'s run ends at `tokenEnds[i]`. */
  tokens: Uint32Array;
  tokenEnds: Uint32Array;
  /** Kind of each template token (an index in TOKEN_KINDS), one per token: ends are `tokenEnds`. */
  kinds: Uint8Array;
  /** "phone:+33612345678", "handle:telegram:anna", … sorted per ad. */
  identifiers: string[];
  identifierEnds: Uint32Array;
  /** Gazetteer indices, sorted per ad. */
  places: Int32Array;
  placeEnds: Uint32Array;
  /** Indicator ids found, as indices in `indicatorNames`. */
  indicators: Uint16Array;
  indicatorEnds: Uint32Array;
  indicatorNames: string[];
}

/** One ad's features as `AdAnalyser.prepareInto` gives them to the builder. */
export interface PreparedParts {
  id: string;
  date: number;
  /** Template tokens, one per kind. */
  tokens: readonly string[];
  /** `murmur3` of each token, when known (they speed up numbering the words). */
  tokenHashes?: Uint32Array | undefined;
  kinds: Uint8Array;
  shingles: Uint32Array;
  signature: Uint32Array;
  stopId: number;
  identifiers: readonly string[];
  places: readonly number[];
  /** The indicators found (only their names are kept). */
  flags: readonly Pick<IndicatorFlag, "indicator">[];
  indicatorScore: number;
  obfuscated: boolean;
  truncated: boolean;
}

const HOT_MASK = 16383;

/** An append-only typed array. */
class Column<T extends Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array> {
  data: T;
  length = 0;
  constructor(
    private readonly make: (n: number) => T,
    capacity: number,
  ) {
    this.data = make(capacity);
  }
  reserve(extra: number): T {
    if (this.length + extra > this.data.length) {
      const next = this.make(Math.max(this.length + extra, this.data.length * 2));
      next.set(this.data.subarray(0, this.length));
      this.data = next;
    }
    return this.data;
  }
  push(value: number): void {
    this.reserve(1)[this.length++] = value;
  }
  append(values: ArrayLike<number>): void {
    this.reserve(values.length).set(values, this.length);
    this.length += values.length;
  }
  /** A copy of exactly the values pushed, on its own buffer (so that it can be transferred). */
  done(): T {
    return this.data.slice(0, this.length) as T;
  }
}

/** The columns of a builder, each with its length reset to zero when a batch is built. */
type Columns = Column<Uint8Array | Uint16Array | Uint32Array | Int32Array | Float64Array>[];

/** Collects prepared ads into a `PreparedBatch`. */
export class PreparedBatchBuilder {
  private readonly k: number;
  private readonly ids: string[] = [];
  private readonly dates: Column<Float64Array>;
  private readonly scores: Column<Float64Array>;
  private readonly flags: Column<Uint8Array>;
  private readonly stopIds: Column<Uint32Array>;
  private readonly signatures: Column<Uint32Array>;
  private readonly shingles: Column<Uint32Array>;
  private readonly shingleEnds: Column<Uint32Array>;
  /** Words numbered so far (kept from batch to batch), and the first not yet in a batch. */
  private readonly vocabulary = Math.floor(Math.random() * 2 ** 52);
  private readonly wordIndex = new Map<string, number>();
  private readonly newWords: string[] = [];
  private words = 0;
  private readonly tokens: Column<Uint32Array>;
  private readonly tokenEnds: Column<Uint32Array>;
  private readonly kinds: Column<Uint8Array>;
  private readonly identifiers: string[] = [];
  private readonly identifierEnds: Column<Uint32Array>;
  private readonly places: Column<Int32Array>;
  private readonly placeEnds: Column<Uint32Array>;
  private readonly indicators: Column<Uint16Array>;
  private readonly indicatorEnds: Column<Uint32Array>;
  private readonly indicatorNames: string[] = [];
  private readonly indicatorIndex = new Map<string, number>();

  constructor(k: number, capacity = 256) {
    this.k = k;
    const n = Math.max(1, capacity);
    this.dates = new Column((m) => new Float64Array(m), n);
    this.scores = new Column((m) => new Float64Array(m), n);
    this.flags = new Column((m) => new Uint8Array(m), n);
    this.stopIds = new Column((m) => new Uint32Array(m), n);
    this.signatures = new Column((m) => new Uint32Array(m), n * k);
    this.shingles = new Column((m) => new Uint32Array(m), n * 64);
    this.shingleEnds = new Column((m) => new Uint32Array(m), n);
    this.tokens = new Column((m) => new Uint32Array(m), n * 64);
    this.tokenEnds = new Column((m) => new Uint32Array(m), n);
    this.kinds = new Column((m) => new Uint8Array(m), n * 64);
    this.identifierEnds = new Column((m) => new Uint32Array(m), n);
    this.places = new Column((m) => new Int32Array(m), n);
    this.placeEnds = new Column((m) => new Uint32Array(m), n);
    this.indicators = new Column((m) => new Uint16Array(m), n * 4);
    this.indicatorEnds = new Column((m) => new Uint32Array(m), n);
  }

  get count(): number {
    return this.ids.length;
  }

  add(ad: PreparedParts): void {
    if (ad.signature.length !== this.k) throw new Error(`a signature of ${this.k} values was expected`);
    if (ad.tokens.length !== ad.kinds.length) throw new Error("one kind per template token was expected");
    this.ids.push(ad.id);
    this.dates.push(ad.date);
    this.scores.push(ad.indicatorScore);
    this.flags.push((ad.obfuscated ? 1 : 0) | (ad.truncated ? 2 : 0));
    this.stopIds.push(ad.stopId);
    this.signatures.append(ad.signature);
    this.shingles.append(ad.shingles);
    this.shingleEnds.push(this.shingles.length);
    const tokens = this.tokens.reserve(ad.tokens.length);
    const hashes = ad.tokenHashes;
    for (let t = 0; t < ad.tokens.length; t++) {
      const word = ad.tokens[t] ?? "";
      tokens[this.tokens.length++] = hashes ? this.wordHashed(word, hashes[t] ?? 0) : this.word(word);
    }
    this.tokenEnds.push(this.tokens.length);
    this.kinds.append(ad.kinds);
    for (const key of ad.identifiers) this.identifiers.push(key);
    this.identifierEnds.push(this.identifiers.length);
    this.places.append(ad.places);
    this.placeEnds.push(this.places.length);
    for (const flag of ad.flags) {
      this.indicators.push(numberOf(this.indicatorNames, this.indicatorIndex, flag.indicator));
    }
    this.indicatorEnds.push(this.indicators.length);
  }

  private word(word: string): number {
    let w = this.wordIndex.get(word);
    if (w === undefined) {
      w = this.words++;
      this.newWords.push(word);
      this.wordIndex.set(word, w);
    }
    return w;
  }

  /**
   * `word`, through a small direct-mapped cache by the word's hash: most tokens are frequent
   * words, found there without a look-up in the (large, cache-missing) vocabulary map.
   */
  private wordHashed(word: string, hash: number): number {
    const slot = hash & HOT_MASK;
    if (this.hotHashes[slot] === hash && this.hotWords[slot] === word) return this.hotIds[slot] ?? 0;
    const w = this.word(word);
    this.hotHashes[slot] = hash;
    this.hotWords[slot] = word;
    this.hotIds[slot] = w;
    return w;
  }

  private readonly hotHashes = new Uint32Array(HOT_MASK + 1);
  private readonly hotIds = new Int32Array(HOT_MASK + 1);
  private readonly hotWords: (string | undefined)[] = new Array<string | undefined>(HOT_MASK + 1).fill(
    undefined,
  );

  /**
   * The batch so far, on fresh buffers; the builder is then empty again (its own buffers are
   * kept for the next batch).
   */
  build(): PreparedBatch {
    const batch: PreparedBatch = {
      count: this.ids.length,
      k: this.k,
      ids: [...this.ids],
      dates: this.dates.done(),
      indicatorScores: this.scores.done(),
      flags: this.flags.done(),
      stopIds: this.stopIds.done(),
      signatures: this.signatures.done(),
      shingles: this.shingles.done(),
      shingleEnds: this.shingleEnds.done(),
      vocabulary: this.vocabulary,
      firstWord: this.words - this.newWords.length,
      words: [...this.newWords],
      tokens: this.tokens.done(),
      tokenEnds: this.tokenEnds.done(),
      kinds: this.kinds.done(),
      identifiers: [...this.identifiers],
      identifierEnds: this.identifierEnds.done(),
      places: this.places.done(),
      placeEnds: this.placeEnds.done(),
      indicators: this.indicators.done(),
      indicatorEnds: this.indicatorEnds.done(),
      indicatorNames: [...this.indicatorNames],
    };
    for (const column of this.columns()) column.length = 0;
    this.ids.length = 0;
    this.newWords.length = 0;
    this.identifiers.length = 0;
    this.indicatorNames.length = 0;
    this.indicatorIndex.clear();
    return batch;
  }

  private columns(): Columns {
    return [
      this.dates,
      this.scores,
      this.flags,
      this.stopIds,
      this.signatures,
      this.shingles,
      this.shingleEnds,
      this.tokens,
      this.tokenEnds,
      this.kinds,
      this.identifierEnds,
      this.places,
      this.placeEnds,
      this.indicators,
      this.indicatorEnds,
    ];
  }
}

/** The ArrayBuffers of a batch, to transfer rather than copy when posting it to another thread. */
export function batchBuffers(batch: PreparedBatch): ArrayBuffer[] {
  const out: ArrayBuffer[] = [];
  for (const a of [
    batch.dates,
    batch.indicatorScores,
    batch.flags,
    batch.stopIds,
    batch.signatures,
    batch.shingles,
    batch.shingleEnds,
    batch.tokens,
    batch.tokenEnds,
    batch.kinds,
    batch.identifierEnds,
    batch.places,
    batch.placeEnds,
    batch.indicators,
    batch.indicatorEnds,
  ]) {
    if (a.buffer instanceof ArrayBuffer && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength)
      out.push(a.buffer);
  }
  return out;
}

/** `[start, end)` of ad `i`'s run in a batch column with end offsets `ends`. */
export function runOf(ends: Uint32Array, i: number): { start: number; end: number } {
  return { start: i === 0 ? 0 : (ends[i - 1] ?? 0), end: ends[i] ?? 0 };
}
