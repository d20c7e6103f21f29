/**
 * Stable LSD radix sort of (key, value) pairs by 32-bit key, two 16-bit passes: O(n), no
 * comparator calls. Returns new arrays.
 */
export function sortPairs(keys: Uint32Array, values: Int32Array): { keys: Uint32Array; values: Int32Array } {
  const sorted = { keys: new Uint32Array(keys.length), values: new Int32Array(keys.length) };
  // The callers' arrays are only read.
  new PairSorter(0).sort(keys, values, sorted.keys, sorted.values);
  return sorted;
}

/**
 * `sortPairs` into arrays the caller gives, with scratch space kept between calls (sorting 32
 * bands of a million ads would otherwise allocate four arrays per band).
 */
export class PairSorter {
  private tmpKeys: Uint32Array;
  private tmpValues: Int32Array;
  /** Output arrays a caller may use when it does not keep the result. */
  outKeys: Uint32Array;
  outValues: Int32Array;
  private readonly counts = new Uint32Array(65536);

  constructor(size: number) {
    this.tmpKeys = new Uint32Array(size);
    this.tmpValues = new Int32Array(size);
    this.outKeys = new Uint32Array(size);
    this.outValues = new Int32Array(size);
  }

  /** Sorts `keys` (stable, with their `values`) into `outKeys` and `outValues`. */
  sort(keys: Uint32Array, values: Int32Array, outKeys: Uint32Array, outValues: Int32Array): void {
    const n = keys.length;
    if (this.tmpKeys.length < n) {
      this.tmpKeys = new Uint32Array(n);
      this.tmpValues = new Int32Array(n);
    }
    this.pass(keys, values, this.tmpKeys, this.tmpValues, n, 0);
    this.pass(this.tmpKeys, this.tmpValues, outKeys, outValues, n, 16);
  }

  private pass(
    keys: Uint32Array,
    values: Int32Array,
    outKeys: Uint32Array,
    outValues: Int32Array,
    n: number,
    shift: number,
  ): void {
    const counts = this.counts;
    counts.fill(0);
    for (let i = 0; i < n; i++) {
      const b = ((keys[i] ?? 0) >>> shift) & 0xffff;
      counts[b] = (counts[b] ?? 0) + 1;
    }
    let sum = 0;
    for (let b = 0; b < 65536; b++) {
      const c = counts[b] ?? 0;
      counts[b] = sum;
      sum += c;
    }
    for (let i = 0; i < n; i++) {
      const key = keys[i] ?? 0;
      const b = (key >>> shift) & 0xffff;
      const at = counts[b] ?? 0;
      counts[b] = at + 1;
      outKeys[at] = key;
      outValues[at] = values[i] ?? 0;
    }
  }
}
