import { AdAnalyser, DetectionEngine, PLACES, signature, type PreparedFeatures } from "@ariadne/detect";
import type { Executor } from "../db/connection.ts";

/** What is stored of an ad to give it back to an engine without analysing it again. */
export interface StoredFeatures {
  /** online_ad.id */
  id: string;
  externalId: string;
  seq: number;
  postedAt: Date | null;
  /** The template tokens and their kinds; null once the text was purged. */
  tokens: { t: string; k: string } | null;
  shingles: string;
  /** "<kind>:<keyed hash>" */
  identifiers: string[];
  places: { country: string; city: string }[];
  indicators: string[];
  indicatorScore: number;
  obfuscated: boolean;
  truncated: boolean;
  clusterKey: string;
  networkId: string | null;
}

/** Where an ad stands as stored: its row, cluster and network. */
export interface StoredAssignment {
  id: string;
  cluster: string;
  network: string | null;
}

/** One organisation's engine and what the database holds of its ads. */
export interface OrganisationEngine {
  readonly engine: DetectionEngine;
  /** The highest online_ad.seq the engine holds. */
  seq: number;
  /** By the ad's external id. */
  ads: Map<string, StoredAssignment>;
}

export interface EngineStore {
  /** The highest online_ad.seq of the organisation (0 without ads). */
  latestSeq(ex: Executor, organisationId: string): Promise<number>;
  /** Every stored ad of the organisation, in pages, in seq order. */
  features(ex: Executor, organisationId: string): AsyncIterable<StoredFeatures[]>;
}

const PLACE_INDEX = new Map(PLACES.map((p, i) => [`${p.country}:${p.city}`, i]));

export const toBase64 = (array: Uint32Array | Uint8Array): string =>
  Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString("base64");

export function uint32FromBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, "base64");
  const out = new Uint32Array(bytes.byteLength >>> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.byteLength));
  return out;
}

export const uint8FromBase64 = (text: string): Uint8Array => new Uint8Array(Buffer.from(text, "base64"));

/** Gazetteer indices of stored places (a place the gazetteer no longer knows is left out). */
export function placeIndices(places: readonly { country: string; city: string }[]): number[] {
  const out: number[] = [];
  for (const p of places) {
    const i = PLACE_INDEX.get(`${p.country}:${p.city}`);
    if (i !== undefined) out.push(i);
  }
  return out.sort((a, b) => a - b);
}

/**
 * One detection engine per organisation, kept in memory and rebuilt lazily from the stored
 * features (no re-analysis) the first time it is needed, or when another process has stored
 * ads since (compared by `online_ad.seq`). Work on one organisation's engine is serialised in
 * this process (`exclusive`); across processes the ingest transaction takes an advisory lock
 * and checks the seq again.
 */
export class EngineRegistry {
  private readonly engines = new Map<string, OrganisationEngine>();
  private readonly queues = new Map<string, Promise<unknown>>();
  private readonly analysers = new Map<string, AdAnalyser>();

  constructor(private readonly store: EngineStore) {}

  /** The per-ad analyser for a region's phone numbers (the engine itself never analyses here). */
  analyser(region: string | null): AdAnalyser {
    const key = region ?? "";
    let analyser = this.analysers.get(key);
    if (!analyser) {
      analyser = new AdAnalyser(region === null ? {} : { region });
      this.analysers.set(key, analyser);
    }
    return analyser;
  }

  /** Runs `work` when no other work on this organisation's engine runs in this process. */
  exclusive<T>(organisationId: string, work: () => Promise<T>): Promise<T> {
    const before = this.queues.get(organisationId) ?? Promise.resolve();
    const run = before.then(work, work);
    const settled = run.then(
      () => undefined,
      () => undefined,
    );
    this.queues.set(organisationId, settled);
    void settled.then(() => {
      if (this.queues.get(organisationId) === settled) this.queues.delete(organisationId);
    });
    return run;
  }

  /** Forgets an engine (after a failed write, or when its stored text was purged). */
  drop(organisationId: string): void {
    this.engines.delete(organisationId);
  }

  /**
   * The organisation's engine, up to date with the database as `ex` sees it. A cached engine
   * whose seq differs (another process stored ads, or a write it took part in rolled back) is
   * rebuilt. Call inside `exclusive`.
   */
  async get(ex: Executor, organisationId: string): Promise<OrganisationEngine> {
    const cached = this.engines.get(organisationId);
    const latest = await this.store.latestSeq(ex, organisationId);
    if (cached && cached.seq === latest) return cached;
    this.engines.delete(organisationId);
    const built: OrganisationEngine = { engine: new DetectionEngine(), seq: 0, ads: new Map() };
    for await (const page of this.store.features(ex, organisationId)) {
      built.engine.addPrepared(page.map((ad) => this.restore(ad, built.engine)));
      for (const ad of page) {
        built.ads.set(ad.externalId, { id: ad.id, cluster: ad.clusterKey, network: ad.networkId });
        built.seq = Math.max(built.seq, ad.seq);
      }
    }
    this.engines.set(organisationId, built);
    return built;
  }

  private restore(ad: StoredFeatures, engine: DetectionEngine): PreparedFeatures {
    const shingles = uint32FromBase64(ad.shingles);
    return {
      id: ad.externalId,
      date: ad.postedAt ? ad.postedAt.getTime() : Number.NaN,
      tokens: ad.tokens?.t ?? "",
      kinds: ad.tokens ? uint8FromBase64(ad.tokens.k) : new Uint8Array(0),
      shingles,
      // Signed without a stop set; the engine redoes those its current stop set changes.
      signature: signature(shingles, engine.analyser.perms, null),
      stopId: 0,
      identifiers: ad.identifiers,
      places: placeIndices(ad.places),
      indicators: ad.indicators,
      indicatorScore: ad.indicatorScore,
      obfuscated: ad.obfuscated,
      truncated: ad.truncated,
    };
  }
}
