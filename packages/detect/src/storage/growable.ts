/** Append-only typed arrays that grow by doubling: one allocation per doubling, no per-item objects. */
type Typed = Int32Array | Uint32Array | Float64Array | Float32Array | Uint8Array;

export class Growable<T extends Typed> {
  data: T;
  length = 0;
  private readonly make: (size: number) => T;

  constructor(make: (size: number) => T, capacity = 1024) {
    this.make = make;
    this.data = make(capacity);
  }

  push(value: number): number {
    if (this.length === this.data.length) this.reserve(this.length + 1);
    this.data[this.length] = value;
    return this.length++;
  }

  reserve(size: number): void {
    if (size <= this.data.length) return;
    let capacity = Math.max(this.data.length, 16);
    while (capacity < size) capacity *= 2;
    const next = this.make(capacity);
    next.set(this.data.subarray(0, this.length));
    this.data = next;
  }

  get(i: number): number {
    return this.data[i] ?? 0;
  }
}

/**
 * Variable-length runs of 32-bit values (an ad's shingles or token ids) in large chunks, so that
 * a million ads do not make a million typed-array objects and nothing is ever copied to grow.
 */
export class RunPool {
  private readonly chunks: Uint32Array[] = [];
  private used = 0;
  private readonly chunkSize: number;
  private readonly chunk = new Growable((n) => new Int32Array(n));
  private readonly offset = new Growable((n) => new Int32Array(n));
  private readonly size = new Growable((n) => new Int32Array(n));

  constructor(chunkSize = 1 << 20) {
    this.chunkSize = chunkSize;
  }

  /** Stores a run; returns its index (runs are numbered in order). */
  push(values: ArrayLike<number>): number {
    const n = values.length;
    let current = this.chunks[this.chunks.length - 1];
    if (!current || this.used + n > current.length) {
      current = new Uint32Array(Math.max(this.chunkSize, n));
      this.chunks.push(current);
      this.used = 0;
    }
    current.set(values, this.used);
    this.chunk.push(this.chunks.length - 1);
    this.offset.push(this.used);
    this.size.push(n);
    this.used += n;
    return this.size.length - 1;
  }

  /** A view (not a copy) of run `i`. */
  get(i: number): Uint32Array {
    const c = this.chunks[this.chunk.get(i)];
    const o = this.offset.get(i);
    return c ? c.subarray(o, o + this.size.get(i)) : new Uint32Array(0);
  }

  get length(): number {
    return this.size.length;
  }
}

/** Fixed-length rows (MinHash signatures) in chunks of rows. */
export class RowPool {
  readonly width: number;
  private readonly chunks: Uint32Array[] = [];
  private readonly rowsPerChunk: number;
  length = 0;

  constructor(width: number, rowsPerChunk = 8192) {
    this.width = width;
    this.rowsPerChunk = rowsPerChunk;
  }

  push(row: ArrayLike<number>): number {
    const c = Math.floor(this.length / this.rowsPerChunk);
    if (c === this.chunks.length) this.chunks.push(new Uint32Array(this.rowsPerChunk * this.width));
    this.set(this.length, row);
    return this.length++;
  }

  set(i: number, row: ArrayLike<number>): void {
    const chunk = this.chunks[Math.floor(i / this.rowsPerChunk)];
    chunk?.set(row, (i % this.rowsPerChunk) * this.width);
  }

  /** The chunk holding row `i` and the row's offset in it, for allocation-free reads. */
  at(i: number): { chunk: Uint32Array; offset: number } {
    return {
      chunk: this.chunks[Math.floor(i / this.rowsPerChunk)] ?? new Uint32Array(0),
      offset: (i % this.rowsPerChunk) * this.width,
    };
  }

  chunkOf(i: number): Uint32Array {
    return this.chunks[Math.floor(i / this.rowsPerChunk)] ?? EMPTY;
  }

  offsetOf(i: number): number {
    return (i % this.rowsPerChunk) * this.width;
  }
}

const EMPTY = new Uint32Array(0);
