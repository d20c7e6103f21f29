/**
 * Document frequency of shingle hashes: in how many ads each shingle occurs. Exact counts in an
 * open-addressing table of typed arrays (8 bytes a slot, at most 3/4 full), so the result depends only on the set
 * of ads added, never on their order. Shingles that reach `minDf` are remembered, so the stop
 * set is found without scanning the table.
 */
export class DocumentFrequency {
  private keys: Uint32Array;
  private counts: Uint32Array;
  private used = 0;
  private zeroCount = 0;
  private readonly heavy: number[] = [];
  readonly minDf: number;
  documents = 0;

  constructor(minDf: number, capacity = 1 << 16) {
    this.minDf = Math.max(1, minDf);
    this.keys = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
  }

  /** Counts one ad's distinct shingles, `set[start, end)`. */
  addDocument(set: Uint32Array, start = 0, end = set.length): void {
    this.documents++;
    if ((this.used + end - start) * 4 > this.keys.length * 3) this.grow(this.used + end - start);
    for (let i = start; i < end; i++) {
      const key = set[i] ?? 0;
      const count = key === 0 ? ++this.zeroCount : this.increment(key);
      if (count === this.minDf) this.heavy.push(key);
    }
  }

  count(key: number): number {
    if (key === 0) return this.zeroCount;
    const mask = this.keys.length - 1;
    for (let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const k = this.keys[slot] ?? 0;
      if (k === key) return this.counts[slot] ?? 0;
      if (k === 0) return 0;
    }
  }

  /** Shingles in more than `threshold` ads (threshold ≥ minDf − 1), sorted. */
  above(threshold: number): Uint32Array {
    const out: number[] = [];
    for (const key of this.heavy) if (this.count(key) > threshold) out.push(key);
    return Uint32Array.from(out).sort();
  }

  private increment(key: number): number {
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const k = keys[slot] ?? 0;
      if (k === key) {
        const c = (this.counts[slot] ?? 0) + 1;
        this.counts[slot] = c;
        return c;
      }
      if (k === 0) {
        keys[slot] = key;
        this.counts[slot] = 1;
        this.used++;
        return 1;
      }
    }
  }

  private grow(needed: number): void {
    let capacity = this.keys.length;
    while (needed * 4 > capacity * 3) capacity *= 2;
    const oldKeys = this.keys;
    const oldCounts = this.counts;
    this.keys = new Uint32Array(capacity);
    this.counts = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      const key = oldKeys[i] ?? 0;
      if (key === 0) continue;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (this.keys[slot] !== 0) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      this.counts[slot] = oldCounts[i] ?? 0;
    }
  }
}
