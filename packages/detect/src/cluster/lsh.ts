import { hash4, hashSequence } from "./hash.ts";
import { PairSorter } from "./radix.ts";

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
    const start = offset + band * rows;
    if (rows === 4) {
      return hash4(
        signature[start] as number,
        signature[start + 1] as number,
        signature[start + 2] as number,
        signature[start + 3] as number,
        band + 1,
      );
    }
    return hashSequence(signature, start, start + rows, band + 1);
  }

  /**
   * Removes the ads flagged in `removed`, then adds `added` (already in canonical order);
   * `signature(ad)` gives an ad's signature (the band keys are computed here) and `before(a, b)`
   * is the canonical order.
   */
  update(
    added: Int32Array,
    signature: (ad: number) => { data: Uint32Array; offset: number },
    before: (a: number, b: number) => boolean,
    removed: Uint8Array | null,
  ): void {
    const m = added.length;
    // Band keys in groups of bands: each group is one pass over the signatures in ad order
    // (memory order), rather than one random access per ad and band.
    const group = Math.min(this.bands, 8);
    const keys = new Uint32Array(m * group);
    const byAd = Int32Array.from(added).sort();
    const position = new Int32Array((byAd[m - 1] ?? 0) + 1);
    for (let i = 0; i < m; i++) position[added[i] ?? 0] = i;
    const newKeys = new Uint32Array(m);
    const sorter = new PairSorter(m);
    for (let first = 0; first < this.bands; first += group) {
      const count = Math.min(group, this.bands - first);
      for (const ad of byAd) {
        const i = position[ad] ?? 0;
        const { data, offset } = signature(ad);
        for (let g = 0; g < count; g++)
          keys[i * group + g] = BandIndex.bandKey(data, offset, first + g, this.rows);
      }
      for (let g = 0; g < count; g++) {
        for (let i = 0; i < m; i++) newKeys[i] = keys[i * group + g] ?? 0;
        this.merge(first + g, newKeys, added, sorter, before, removed);
      }
    }
  }

  /** Sorts one band's new entries and merges them with the band's old ones (minus `removed`). */
  private merge(
    band: number,
    newKeys: Uint32Array,
    added: Int32Array,
    sorter: PairSorter,
    before: (a: number, b: number) => boolean,
    removed: Uint8Array | null,
  ): void {
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
    const m = newKeys.length;
    if (oldKeys.length === 0) {
      // Nothing to merge with: the sorted arrays are the band.
      const keys = new Uint32Array(m);
      const ads = new Int32Array(m);
      sorter.sort(newKeys, added, keys, ads);
      this.keys[band] = keys;
      this.ads[band] = ads;
      return;
    }
    const sortedKeys = sorter.outKeys;
    const sortedAds = sorter.outValues;
    sorter.sort(newKeys, added, sortedKeys, sortedAds);
    const n = oldKeys.length + m;
    const keys = new Uint32Array(n);
    const ads = new Int32Array(n);
    let i = 0;
    let j = 0;
    for (let w = 0; w < n; w++) {
      let takeOld: boolean;
      if (i >= oldKeys.length) takeOld = false;
      else if (j >= m) takeOld = true;
      else {
        const ko = oldKeys[i] ?? 0;
        const kn = sortedKeys[j] ?? 0;
        takeOld = ko < kn || (ko === kn && before(oldAds[i] ?? 0, sortedAds[j] ?? 0));
      }
      if (takeOld) {
        keys[w] = oldKeys[i] ?? 0;
        ads[w] = oldAds[i] ?? 0;
        i++;
      } else {
        keys[w] = sortedKeys[j] ?? 0;
        ads[w] = sortedAds[j] ?? 0;
        j++;
      }
    }
    this.keys[band] = keys;
    this.ads[band] = ads;
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
