import { murmur3 } from "./cluster/hash.ts";
import { permutations, shinglesInto, signature, type Permutations } from "./cluster/minhash.ts";
import type { ExtractContext } from "./extract/context.ts";
import { spanOf } from "./extract/context.ts";
import { extractAll } from "./extract/extract.ts";
import { PLACES, type Place } from "./extract/gazetteer.ts";
import { extractPlaces, lookupPlace } from "./extract/place.ts";
import { ADS_LEXICON } from "./indicators/lexicon-ads.ts";
import type { Lexicon } from "./indicators/lexicon.ts";
import { IndicatorMatcher, indicatorScore } from "./indicators/matcher.ts";
import { detectLanguage, type Language } from "./text/language.ts";
import { normalise, type OffsetScratch } from "./text/normalise.ts";
import { DEFAULT_MAX_CHARS, sanitize, type SkipReason } from "./text/sanitize.ts";
import { tokenise, type Tokens } from "./text/tokenise.ts";
import type { PreparedBatchBuilder } from "./prepared-batch.ts";
import type { AdAnalysis, AdInput, Extraction } from "./types.ts";

/** Settings of the per-ad stage. Everything here is the same in every worker thread. */
export interface AnalyseOptions {
  /** ISO 3166 country for national phone numbers ("FR"), tried before the ad's own hints. */
  region?: string | undefined;
  /** Analysed length cap in UTF-16 code units (default 20,000). */
  maxChars?: number | undefined;
  lexicon?: Lexicon | undefined;
  /** Words per shingle (default 2). */
  shingleSize?: number | undefined;
  /** MinHash permutations (default 128). */
  permutations?: number | undefined;
}

/** Token kinds, by the extraction a template token falls in (used to name template slots). */
export const TOKEN_KINDS = [
  "text",
  "number",
  "phone",
  "email",
  "url",
  "handle",
  "price",
  "age",
  "place",
] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

/**
 * Everything the merge stage needs of one ad, computed in any thread: its analysis, its template
 * tokens and their kinds, its shingles and their MinHash signature (without `stop`, the stop
 * shingles known when it was computed).
 */
export interface PreparedAd {
  id: string;
  analysis: AdAnalysis;
  /** Epoch milliseconds, NaN when unknown. */
  date: number;
  /** Template tokens joined by single spaces; runs of numbers are one token. */
  tokens: string;
  kinds: Uint8Array;
  shingles: Uint32Array;
  signature: Uint32Array;
  /** Id of the stop-shingle set the signature left out (0: none). */
  stopId: number;
  /** "phone:+33612345678", "email:a@b.c", "handle:telegram:anna", "url:site.com/x". */
  identifiers: string[];
  /** Gazetteer indices of places named in the text or the place field. */
  places: number[];
  indicators: string[];
  indicatorScore: number;
  obfuscated: boolean;
  truncated: boolean;
}

/** What the engine keeps of a prepared ad: everything but the analysis (which a caller stores). */
export type PreparedFeatures = Omit<PreparedAd, "analysis">;

export type PrepareResult = { ok: true; value: PreparedAd } | { ok: false; id: string; reason: SkipReason };

const LANGUAGE_REGIONS: Record<Language, string[]> = {
  en: ["GB", "US", "IE"],
  fr: ["FR", "BE", "CH"],
  es: ["ES"],
  ro: ["RO", "MD"],
  und: [],
};

const NUMBER_TOKEN_HASH = murmur3("#");

/** One analyser per configuration: the compiled lexicon and permutations are reused. */
export class AdAnalyser {
  readonly options: {
    region: string | undefined;
    maxChars: number;
    shingleSize: number;
    permutations: number;
  };
  readonly matcher: IndicatorMatcher;
  readonly perms: Permutations;

  constructor(options: AnalyseOptions = {}) {
    this.options = {
      region: options.region?.toUpperCase(),
      maxChars: options.maxChars ?? DEFAULT_MAX_CHARS,
      shingleSize: options.shingleSize ?? 2,
      permutations: options.permutations ?? 128,
    };
    this.matcher = new IndicatorMatcher(options.lexicon ?? ADS_LEXICON);
    this.perms = permutations(this.options.permutations);
  }

  /** Analyses one ad; never throws on bad input, but says why it skipped it. */
  analyse(
    ad: AdInput,
  ):
    { ok: true; value: AdAnalysis; tokens: Tokens; ctx: ExtractContext } | { ok: false; reason: SkipReason } {
    return this.analyseWith(ad, undefined, undefined);
  }

  /** Offsets of the ad being prepared (see `compute`): kept between calls rather than allocated. */
  private readonly normScratch: OffsetScratch = { array: new Int32Array(1024) };
  private readonly tokenScratch: OffsetScratch = { array: new Int32Array(512) };

  /** `analyse`, with the offset maps in the given scratch arrays when there are some. */
  private analyseWith(
    ad: AdInput,
    normScratch: OffsetScratch | undefined,
    tokenScratch: OffsetScratch | undefined,
  ):
    { ok: true; value: AdAnalysis; tokens: Tokens; ctx: ExtractContext } | { ok: false; reason: SkipReason } {
    const title = typeof ad.title === "string" && ad.title.trim() !== "" ? ad.title : undefined;
    const body = typeof ad.text === "string" ? ad.text : undefined;
    if (body === undefined) return { ok: false, reason: "not_text" };
    const clean = sanitize(title !== undefined ? `${title}\n${body}` : body, this.options.maxChars);
    if (!clean.ok) return clean;
    const original = clean.value.text;
    const norm = normalise(original, normScratch);
    const tokens = tokenise(norm.text, tokenScratch);
    const language = detectLanguage(tokens.words);
    const ctx: ExtractContext = { original, norm, tokens, regions: [] };
    const regions: string[] = [];
    if (this.options.region) addOnce(regions, this.options.region);
    const named = extractPlaces(ctx);
    for (const p of named) addOnce(regions, p.country);
    const field = placeField(ad.place);
    if (field) addOnce(regions, field.country);
    for (const r of LANGUAGE_REGIONS[language]) addOnce(regions, r);
    ctx.regions = regions;
    const extractions = extractAll(ctx, named);
    const flags = this.matcher.flags(tokens, extractions, (from, to) => spanOf(ctx, from, to));
    return {
      ok: true,
      value: {
        id: ad.id,
        text: original,
        truncated: clean.value.truncated,
        language,
        extractions,
        flags,
        indicatorScore: indicatorScore(flags),
      },
      tokens,
      ctx,
    };
  }

  /** Analysis plus the clustering features; `stop` is the stop-shingle set `stopId` names. */
  prepare(ad: AdInput, stop: ReadonlySet<number> | null = null, stopId = 0): PrepareResult {
    const c = this.compute(ad, stop, stopId);
    if (!c.ok) return c;
    const s = this.scratch;
    return {
      ok: true,
      value: {
        id: c.id,
        analysis: c.analysis,
        date: c.date,
        tokens: c.tokens.join(" "),
        kinds: s.kinds.slice(0, c.kindCount),
        shingles: s.shingles.slice(0, c.shingleCount),
        signature: s.signature.slice(),
        stopId: c.stopId,
        identifiers: c.identifiers,
        places: c.places,
        indicators: c.analysis.flags.map((f) => f.indicator),
        indicatorScore: c.analysis.indicatorScore,
        obfuscated: c.obfuscated,
        truncated: c.analysis.truncated,
      },
    };
  }

  /**
   * Like `prepare`, but the features go into `batch` (typed arrays shared by many ads, cheap to
   * send to another thread) and only the analysis is returned.
   */
  prepareInto(
    batch: PreparedBatchBuilder,
    ad: AdInput,
    stop: ReadonlySet<number> | null = null,
    stopId = 0,
  ): { ok: true; value: AdAnalysis } | { ok: false; id: string; reason: SkipReason } {
    const c = this.compute(ad, stop, stopId);
    if (!c.ok) return c;
    const s = this.scratch;
    batch.add({
      id: c.id,
      date: c.date,
      tokens: c.tokens,
      tokenHashes: s.tokenHashes.subarray(0, c.kindCount),
      kinds: s.kinds.subarray(0, c.kindCount),
      shingles: s.shingles.subarray(0, c.shingleCount),
      signature: s.signature,
      stopId: c.stopId,
      identifiers: c.identifiers,
      places: c.places,
      flags: c.analysis.flags,
      indicatorScore: c.analysis.indicatorScore,
      obfuscated: c.obfuscated,
      truncated: c.analysis.truncated,
    });
    return { ok: true, value: c.analysis };
  }

  /** Scratch arrays of `compute` (one ad at a time): kinds, token hashes, shingles, signature. */
  private readonly scratch = {
    kinds: new Uint8Array(256),
    hashes: new Uint32Array(256),
    tokenHashes: new Uint32Array(256),
    shingles: new Uint32Array(256),
    owner: new Int32Array(256),
    signature: new Uint32Array(0),
  };

  /**
   * The analysis and the clustering features of one ad. Kinds, shingles and the signature are
   * left in `this.scratch` (valid until the next call); everything returned is the ad's own.
   */
  private compute(
    ad: AdInput,
    stop: ReadonlySet<number> | null,
    stopId: number,
  ):
    | {
        ok: true;
        id: string;
        analysis: AdAnalysis;
        date: number;
        /** Template tokens (one per kind). */
        tokens: string[];
        kindCount: number;
        shingleCount: number;
        stopId: number;
        identifiers: string[];
        places: number[];
        obfuscated: boolean;
      }
    | { ok: false; id: string; reason: SkipReason } {
    const id = typeof ad.id === "string" ? ad.id.trim() : "";
    if (id === "") return { ok: false, id: "", reason: "missing_id" };
    // The offset maps are used up before the next ad: they live in scratch arrays.
    const analysed = this.analyseWith(ad.id === id ? ad : { ...ad, id }, this.normScratch, this.tokenScratch);
    if (!analysed.ok) return { ok: false, id, reason: analysed.reason };
    const { value: analysis, tokens, ctx } = analysed;
    const { words, numeric, count } = tokens;
    const s = this.scratch;
    if (s.owner.length < count) {
      const size = Math.max(count, 2 * s.owner.length);
      s.owner = new Int32Array(size);
      s.kinds = new Uint8Array(size);
      s.hashes = new Uint32Array(size);
      s.tokenHashes = new Uint32Array(size);
      s.shingles = new Uint32Array(size);
    }
    const { owner, kinds, hashes } = s;
    const { start: nStart, end: nEnd } = ctx.norm;
    const extractions = analysis.extractions;
    // Which extraction (if any) each token falls in; a sweep, both lists being in text order.
    let e = 0;
    for (let i = 0; i < count; i++) {
      owner[i] = -1;
      const from = nStart[tokens.start[i] ?? 0] ?? 0;
      const to = nEnd[(tokens.end[i] ?? 1) - 1] ?? from;
      while (e < extractions.length && (extractions[e]?.end ?? 0) <= from) e++;
      for (let x = e; x < extractions.length && (extractions[x]?.start ?? 0) < to; x++) {
        if ((extractions[x]?.end ?? 0) > from) {
          owner[i] = x;
          break;
        }
      }
    }
    const templateTokens: string[] = [];
    let kindCount = 0;
    let hashCount = 0;
    for (let i = 0; i < count; i++) {
      let word = words[i] ?? "";
      let last = i;
      const x = owner[i] ?? -1;
      // Digits of one phone number or price are one template token, however they were spaced.
      if (numeric[i] === 1 && x >= 0) {
        while (last + 1 < count && numeric[last + 1] === 1 && owner[last + 1] === x) {
          last++;
          word += words[last] ?? "";
        }
      }
      templateTokens.push(word);
      const wordHash = murmur3(word);
      s.tokenHashes[kindCount] = wordHash;
      kinds[kindCount++] = x >= 0 ? kindIndex(extractions[x]?.kind) : numeric[i] === 1 ? 1 : 0;
      // Emoji decorate rather than say: they stay in the template but not in the shingles.
      if (word.charCodeAt(0) !== 0x3a) hashes[hashCount++] = numeric[i] === 1 ? NUMBER_TOKEN_HASH : wordHash;
      i = last;
    }
    const shingleCount = shinglesInto(hashes, hashCount, this.options.shingleSize, s.shingles);
    if (s.signature.length !== this.perms.k) s.signature = new Uint32Array(this.perms.k);
    signature(s.shingles.subarray(0, shingleCount), this.perms, stop, s.signature);
    const identifiers: string[] = [];
    const places: number[] = [];
    let obfuscated = false;
    for (const x of analysis.extractions) {
      if (x.kind === "phone" || x.kind === "email" || x.kind === "url")
        identifiers.push(`${x.kind}:${x.value}`);
      else if (x.kind === "handle") identifiers.push(`handle:${x.value}`);
      else if (x.kind === "place") places.push(placeIndex(x.country, x.city));
      if ((x.obfuscation?.length ?? 0) > 0) obfuscated = true;
    }
    const field = placeField(ad.place);
    if (field) places.push(PLACES.indexOf(field));
    return {
      ok: true,
      id,
      analysis,
      date: parseDate(ad.date),
      tokens: templateTokens,
      kindCount,
      shingleCount,
      stopId: stop === null || stop.size === 0 ? 0 : stopId,
      identifiers: identifiers.length > 1 ? [...new Set(identifiers)].sort() : identifiers,
      places: places.length > 1 ? [...new Set(places)].sort((a, b) => a - b) : places,
      obfuscated,
    };
  }
}

function addOnce(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

/** Index of an extraction kind in TOKEN_KINDS (`text` when there is none). */
function kindIndex(kind: Extraction["kind"] | undefined): number {
  switch (kind) {
    case "phone":
      return 2;
    case "email":
      return 3;
    case "url":
      return 4;
    case "handle":
      return 5;
    case "price":
      return 6;
    case "age":
      return 7;
    case "place":
      return 8;
    case undefined:
      return 0;
  }
}

const placeIndexCache = new Map<string, number>(PLACES.map((p, i) => [`${p.country}:${p.city}`, i]));
function placeIndex(country: string, city: string): number {
  return placeIndexCache.get(`${country}:${city}`) ?? -1;
}

const placeFields = new Map<string, Place | null>();

/** The gazetteer place of a source's place field (cached: sources repeat a few city names). */
function placeField(value: unknown): Place | undefined {
  if (typeof value !== "string" || value === "") return undefined;
  let place = placeFields.get(value);
  if (place === undefined) {
    place = lookupPlace(tokenise(normalise(value).text).words) ?? null;
    if (placeFields.size > 10_000) placeFields.clear();
    placeFields.set(value, place);
  }
  return place ?? undefined;
}

/** Epoch milliseconds of an ISO date or a number; NaN when absent or unreadable. */
export function parseDate(value: unknown): number {
  if (typeof value === "number") return Number.isFinite(value) ? value : Number.NaN;
  if (typeof value !== "string" || value.trim() === "") return Number.NaN;
  return Date.parse(value.trim());
}
