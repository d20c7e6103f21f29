import { hashSequence } from "./hash.ts";
import { sortPairs } from "./radix.ts";

/**
 * Banded LSH buckets, kept between batches. A signature of k = b·r values is cut into b bands
 * of r rows; ads whose band hashes are equal in at least one band are candidates. The chance
 * that a pair of Jaccard similarity J becomes a candidate is the S-curve
 *
 *   P(J) = 1 − (1 − J^r)^b,   steepest near t ≈ (1/b)^(1/r).
 *
 * With the defaults b = 32, r = 4 (k = 128): t ≈ 0.42; P(0.3) ≈ 0.23, P(0.4) ≈ 0.57,
 * P(0.5) ≈ 0.87, P(0.6) ≈ 0.99, P(0.7) ≈ 0.9998 — and pairs are only joined after the
 * signature estimate of J is checked against the threshold (0.5).
 *
 * Each band is two parallel arrays sorted by (band hash, canonical ad order), so a bucket is a
 * contiguous range whose first members are the same whatever order ads arrived in. A batch is
 * radix-sorted and merged in: O(n) per band, no per-bucket objects.
 */
export class BandIndex {
  readonly bands: number;
  readonly rows: number;
  private keys: Uint32Array[];
  private ads: Int32Array[];

  constructor(bands: number, rows: number) {
    this.bands = bands;
    this.rows = rows;
    this.keys = Array.from({ length: bands }, () => new Uint32Array(0));
    this.ads = Array.from({ length: bands }, () => new Int32Array(0));
  }

  static bandKey(signature: Uint32Array, offset: number, band: number, rows: number): number {
    return hashSequence(signature, offset + band * rows, offset + (band + 1) * rows, band + 1);
  }

  /**
   * Removes the ads flagged in `removed`, then adds `added` (already in canonical order) with
   * their band keys from `keyOf`; `before(a, b)` is the canonical order.
   */
  update(
    added: Int32Array,
    keyOf: (ad: number, band: number) => number,
    before: (a: number, b: number) => boolean,
    removed: Uint8Array | null,
  ): void {
    for (let band = 0; band < this.bands; band++) {
      let oldKeys = this.keys[band] ?? new Uint32Array(0);
      let oldAds = this.ads[band] ?? new Int32Array(0);
      if (removed) {
        let w = 0;
        for (let i = 0; i < oldAds.length; i++) {
          const ad = oldAds[i] ?? 0;
          if (removed[ad] === 1) continue;
          oldKeys[w] = oldKeys[i] ?? 0;
          oldAds[w] = ad;
          w++;
        }
        oldKeys = oldKeys.subarray(0, w);
        oldAds = oldAds.subarray(0, w);
      }
      const newKeys = new Uint32Array(added.length);
      for (let i = 0; i < added.length; i++) newKeys[i] = keyOf(added[i] ?? 0, band);
      const sorted = sortPairs(newKeys, added);
      const n = oldKeys.length + added.length;
      const keys = new Uint32Array(n);
      const ads = new Int32Array(n);
      let i = 0;
      let j = 0;
      for (let w = 0; w < n; w++) {
        let takeOld: boolean;
        if (i >= oldKeys.length) takeOld = false;
        else if (j >= sorted.keys.length) takeOld = true;
        else {
          const ko = oldKeys[i] ?? 0;
          const kn = sorted.keys[j] ?? 0;
          takeOld = ko < kn || (ko === kn && before(oldAds[i] ?? 0, sorted.values[j] ?? 0));
        }
        if (takeOld) {
          keys[w] = oldKeys[i] ?? 0;
          ads[w] = oldAds[i] ?? 0;
          i++;
        } else {
          keys[w] = sorted.keys[j] ?? 0;
          ads[w] = sorted.values[j] ?? 0;
          j++;
        }
      }
      this.keys[band] = keys;
      this.ads[band] = ads;
    }
  }

  /** The bucket of `key` in `band`: members are `adsOf(band)[lo..hi)`, in canonical order. */
  bucket(band: number, key: number): { lo: number; hi: number } {
    const keys = this.keys[band] ?? new Uint32Array(0);
    let lo = 0;
    let hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] ?? 0) < key) lo = mid + 1;
      else hi = mid;
    }
    const first = lo;
    if (first >= keys.length || keys[first] !== key) return { lo: first, hi: first };
    hi = keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((keys[mid] ?? 0) <= key) lo = mid + 1;
      else hi = mid;
    }
    return { lo: first, hi: lo };
  }

  adsOf(band: number): Int32Array {
    return this.ads[band] ?? new Int32Array(0);
  }

  keysOf(band: number): Uint32Array {
    return this.keys[band] ?? new Uint32Array(0);
  }
}
