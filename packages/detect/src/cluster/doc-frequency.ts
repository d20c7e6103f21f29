/**
 * Document frequency of shingle hashes: in how many ads each shingle occurs. Exact counts in an
 * open-addressing table of typed arrays (8 bytes a slot, at most 3/4 full), so the result depends only on the set
 * of ads added, never on their order. Shingles that reach `minDf` are remembered, so the stop
 * set is found without scanning the table.
 */
export class DocumentFrequency {
  /**
   * Slot `i` is `table[2i]` (the key, 0 when empty) and `table[2i + 1]` (its count): a key and its
   * count share a cache line, and a table of millions of shingles misses the caches on nearly
   * every look-up.
   */
  private table: Uint32Array;
  private used = 0;
  private zeroCount = 0;
  private readonly heavy: number[] = [];
  readonly minDf: number;
  documents = 0;

  constructor(minDf: number, capacity = 1 << 16) {
    this.minDf = Math.max(1, minDf);
    this.table = new Uint32Array(2 * capacity);
  }

  private get capacity(): number {
    return this.table.length >>> 1;
  }

  /** Counts one ad's distinct shingles, `set[start, end)`. */
  addDocument(set: Uint32Array, start = 0, end = set.length): void {
    this.documents++;
    if ((this.used + end - start) * 4 > this.capacity * 3) this.grow(this.used + end - start);
    for (let i = start; i < end; i++) {
      const key = set[i] ?? 0;
      const count = key === 0 ? ++this.zeroCount : this.increment(key);
      if (count === this.minDf) this.heavy.push(key);
    }
  }

  count(key: number): number {
    if (key === 0) return this.zeroCount;
    const table = this.table;
    const mask = this.capacity - 1;
    for (let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const k = table[2 * slot] ?? 0;
      if (k === key) return table[2 * slot + 1] ?? 0;
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
    const table = this.table;
    const mask = this.capacity - 1;
    for (let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; ; slot = (slot + 1) & mask) {
      const at = 2 * slot;
      const k = table[at] ?? 0;
      if (k === key) {
        const c = (table[at + 1] ?? 0) + 1;
        table[at + 1] = c;
        return c;
      }
      if (k === 0) {
        table[at] = key;
        table[at + 1] = 1;
        this.used++;
        return 1;
      }
    }
  }

  private grow(needed: number): void {
    let capacity = this.capacity;
    while (needed * 4 > capacity * 3) capacity *= 2;
    const old = this.table;
    const table = new Uint32Array(2 * capacity);
    const mask = capacity - 1;
    for (let i = 0; i < old.length; i += 2) {
      const key = old[i] ?? 0;
      if (key === 0) continue;
      let slot = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (table[2 * slot] !== 0) slot = (slot + 1) & mask;
      table[2 * slot] = key;
      table[2 * slot + 1] = old[i + 1] ?? 0;
    }
    this.table = table;
  }
}
