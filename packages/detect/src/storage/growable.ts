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

  /** Appends `source[from, to)` (one copy). */
  appendRange(source: Typed, from: number, to: number): void {
    this.reserve(this.length + to - from);
    this.data.set(source.subarray(from, to), this.length);
    this.length += to - from;
  }

  get(i: number): number {
    return this.data[i] ?? 0;
  }
}

/**
 * Variable-length runs of numbers (an ad's shingles, token kinds or place indices) in large
 * chunks, so that a million ads do not make a million typed-array objects and nothing is ever
 * copied to grow.
 */
export class RunPool<T extends Uint32Array | Uint8Array | Int32Array = Uint32Array> {
  private readonly chunks: T[] = [];
  private used = 0;
  private readonly chunkSize: number;
  private readonly make: (size: number) => T;
  private readonly chunk = new Growable((n) => new Int32Array(n));
  private readonly offset = new Growable((n) => new Int32Array(n));
  private readonly size = new Growable((n) => new Int32Array(n));

  constructor(chunkSize = 1 << 20, make?: (size: number) => T) {
    this.chunkSize = chunkSize;
    this.make = make ?? ((n: number) => new Uint32Array(n) as T);
  }

  /**
   * Stores runs `from`…`to - 1` of a packed column in one copy: run `i` is
   * `values[ends[i - 1] - base, ends[i] - base)`, the first run starting at 0 − `base`.
   */
  pushRuns(values: Typed, ends: Uint32Array, from: number, to: number, base = 0): void {
    if (to <= from) return;
    const first = from === 0 ? 0 : (ends[from - 1] ?? 0);
    const n = (ends[to - 1] ?? 0) - first;
    let current = this.chunks[this.chunks.length - 1];
    if (!current || this.used + n > current.length) {
      current = this.make(Math.max(this.chunkSize, n));
      this.chunks.push(current);
      this.used = 0;
    }
    current.set(values.subarray(first - base, first - base + n), this.used);
    const runs = to - from;
    const { chunk, offset, size } = this;
    chunk.reserve(chunk.length + runs);
    offset.reserve(offset.length + runs);
    size.reserve(size.length + runs);
    const c = this.chunks.length - 1;
    let start = first;
    for (let i = from; i < to; i++) {
      const end = ends[i] ?? start;
      chunk.data[chunk.length++] = c;
      offset.data[offset.length++] = this.used + start - first;
      size.data[size.length++] = end - start;
      start = end;
    }
    this.used += n;
  }

  /** A view (not a copy) of run `i`. */
  get(i: number): T {
    const c = this.chunks[this.chunk.get(i)];
    const o = this.offset.get(i);
    return c ? (c.subarray(o, o + this.size.get(i)) as T) : this.make(0);
  }

  /** Length of run `i`. */
  lengthOf(i: number): number {
    return this.size.get(i);
  }

  /** The chunk holding run `i` (read it from `startOf(i)` for `lengthOf(i)` values, no view made). */
  chunkOf(i: number): T {
    return this.chunks[this.chunk.get(i)] ?? this.make(0);
  }

  startOf(i: number): number {
    return this.offset.get(i);
  }

  /**
   * The runs as plain data: the chunks themselves (shared, not copied, when they are on
   * SharedArrayBuffer) and a copy of each run's chunk, start and length.
   */
  snapshot(): RunData<T> {
    return {
      chunks: [...this.chunks],
      chunk: this.chunk.data.slice(0, this.chunk.length),
      start: this.offset.data.slice(0, this.offset.length),
      length: this.size.data.slice(0, this.size.length),
    };
  }

  get length(): number {
    return this.size.length;
  }
}

/** RunPool contents as plain data, for reading in another thread (see `RunPool.snapshot`). */
export interface RunData<T> {
  chunks: T[];
  chunk: Int32Array;
  start: Int32Array;
  length: Int32Array;
}

/**
 * A typed array on a SharedArrayBuffer when `shared` and the runtime has one (other threads can
 * then read it in place), on an ArrayBuffer otherwise.
 */
export function allocate<T>(
  make: new (buffer: ArrayBufferLike) => T,
  bytesPerElement: number,
  length: number,
  shared: boolean,
): T {
  const bytes = length * bytesPerElement;
  const useShared = shared && typeof SharedArrayBuffer !== "undefined";
  return new make(useShared ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes));
}

/** Fixed-length rows (MinHash signatures) in chunks of rows. */
export class RowPool {
  readonly width: number;
  private readonly chunks: Uint32Array[] = [];
  readonly rowsPerChunk: number;
  private readonly shared: boolean;
  length = 0;

  constructor(width: number, rowsPerChunk = 8192, shared = false) {
    this.width = width;
    this.rowsPerChunk = rowsPerChunk;
    this.shared = shared;
  }

  /** The chunks as they are (shared, when allocated so, rather than copied when posted). */
  snapshot(): Uint32Array[] {
    return [...this.chunks];
  }

  /** Appends rows `from`…`to - 1` of `rows` (`width` values each), a copy per chunk they span. */
  pushRows(rows: Uint32Array, from: number, to: number): void {
    const w = this.width;
    for (let r = from; r < to;) {
      const c = Math.floor(this.length / this.rowsPerChunk);
      if (c === this.chunks.length)
        this.chunks.push(allocate(Uint32Array, 4, this.rowsPerChunk * w, this.shared));
      const at = this.length % this.rowsPerChunk;
      const m = Math.min(this.rowsPerChunk - at, to - r);
      this.chunks[c]?.set(rows.subarray(r * w, (r + m) * w), at * w);
      this.length += m;
      r += m;
    }
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

  /** A view of row `i`. */
  row(i: number): Uint32Array {
    const offset = this.offsetOf(i);
    return this.chunkOf(i).subarray(offset, offset + this.width);
  }

  chunkOf(i: number): Uint32Array {
    return this.chunks[Math.floor(i / this.rowsPerChunk)] ?? EMPTY;
  }

  offsetOf(i: number): number {
    return (i % this.rowsPerChunk) * this.width;
  }
}

const EMPTY = new Uint32Array(0);
