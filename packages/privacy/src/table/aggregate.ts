import { invalidParameter } from "../errors.ts";
import { type CountTable, createCountTable } from "./count-table.ts";
import { type Dimension } from "./dimension.ts";

/** How a record is classified on one dimension of a table. */
export interface DimensionBinding<R> {
  readonly dimension: Dimension;
  /**
   * The record's category index; a list of indices for a multi-valued attribute (forms of
   * exploitation); null, undefined, −1 or an empty list for the unknown category. Encode
   * labels once with `categoryIndexer`: this runs once per record and table.
   */
  readonly value: (record: R) => number | readonly number[] | null | undefined;
}

/** One table to build: an id and its dimensions, in layout order. */
export interface TableSpec<R> {
  readonly id: string;
  readonly dimensions: readonly DimensionBinding<R>[];
}

export interface AggregateOptions<R> {
  /** The person a record is about. Several records (organisations, years) may share one. */
  readonly person: (record: R) => string | number;
  /** C: the most cells any one person is counted in, per table (an integer ≥ 1). */
  readonly contributionBound: number;
}

export interface AggregateResult {
  /** One table per spec, in the order given, with sensitivity l0 = l1 = l2² = C, linf = 1. */
  readonly tables: readonly CountTable[];
  readonly records: number;
  readonly persons: number;
  /**
   * Per table, the person-cell contributions dropped by the bound. Internal: it depends on
   * the data and is not protected, so it is for checking bias, never for publication.
   */
  readonly dropped: readonly number[];
}

/** Ids below this are indexed through a flat array; others (and strings) through a Map. */
const DIRECT_IDS = 1 << 24;

/** Dense person numbers 0, 1, 2, … in order of first appearance. */
class PersonIndex {
  private direct = new Int32Array(0);
  private readonly map = new Map<string | number, number>();
  size = 0;

  /** The person's number; a new one (the previous size) on first sight. */
  lookup(id: string | number): number {
    if (typeof id === "number" && id >= 0 && id < DIRECT_IDS && Number.isInteger(id)) {
      if (id >= this.direct.length) {
        const grown = new Int32Array(
          Math.min(DIRECT_IDS, Math.max(id + 1, this.direct.length * 2, 1024)),
        ).fill(-1);
        grown.set(this.direct);
        this.direct = grown;
      }
      const known = this.direct[id] ?? -1;
      if (known !== -1) return known;
      this.direct[id] = this.size;
      return this.size++;
    }
    const known = this.map.get(id);
    if (known !== undefined) return known;
    this.map.set(id, this.size);
    return this.size++;
  }
}

/** A growable int32 pool: per-table linked lists of the cells each person is counted in. */
class CellLists {
  head = new Int32Array(1024).fill(-1);
  cell = new Int32Array(1024);
  next = new Int32Array(1024);
  used = 0;

  ensurePersons(n: number): void {
    if (n <= this.head.length) return;
    const grown = new Int32Array(Math.max(n, this.head.length * 2)).fill(-1);
    grown.set(this.head);
    this.head = grown;
  }

  push(person: number, cell: number): void {
    if (this.used === this.cell.length) {
      const size = this.cell.length * 2;
      const cells = new Int32Array(size);
      cells.set(this.cell);
      this.cell = cells;
      const next = new Int32Array(size);
      next.set(this.next);
      this.next = next;
    }
    const node = this.used++;
    this.cell[node] = cell;
    this.next[node] = this.head[person] ?? -1;
    this.head[person] = node;
  }
}

/**
 * Counts persons into several tables in one pass over the records.
 *
 * Each table counts a person at most once per cell (a victim registered by two
 * organisations in the same year is one victim) and in at most C cells. When a person would
 * fall into more than C distinct cells, the first C in arrival order are kept: records in
 * the order the iterable yields them, and within a record the cross product of its values
 * (first dimension slowest, each multi-valued list in the order the binding returns it).
 * The choice is thus deterministic for a given input order. Pass records sorted by a stable
 * key (registration date, then record id) and multi-valued lists sorted by category index,
 * so that it depends neither on how the database returned rows nor on entry order.
 *
 * All arithmetic is on integers: Uint32Array counts, Int32Array bookkeeping, and category
 * indices; the only non-integer key is the person id, looked up once per record.
 */
export function aggregate<R>(
  records: Iterable<R>,
  specs: readonly TableSpec<R>[],
  options: AggregateOptions<R>,
): AggregateResult {
  const bound = options.contributionBound;
  if (!Number.isSafeInteger(bound) || bound < 1) {
    throw invalidParameter(
      "contributionBound",
      `must be an integer ≥ 1 (cells one person may count in); got ${bound}`,
    );
  }
  const C = bound;
  const tables = specs.map((spec) =>
    createCountTable(
      spec.id,
      spec.dimensions.map((b) => b.dimension),
      { sensitivity: { l0: C, linf: 1, l1: C, l2Squared: C } },
    ),
  );
  const lists = specs.map(() => new CellLists());
  const dropped = specs.map(() => 0);
  const personIndex = new PersonIndex();
  // Scratch for one record's cells in one table (the cross product of multi-valued lists),
  // swapped between two buffers as each dimension multiplies them.
  let cells = new Int32Array(64);
  let grown = new Int32Array(64);
  let recordCount = 0;

  // Per table, the bindings flattened: value functions, sizes, strides, unknown indices.
  const plans = specs.map((spec, t) => {
    const table = tables[t] as CountTable;
    return {
      spec,
      counts: table.counts,
      list: lists[t] as CellLists,
      values: spec.dimensions.map((b) => b.value),
      sizes: Int32Array.from(table.shape),
      strides: Int32Array.from(table.strides),
      unknowns: Int32Array.from(spec.dimensions, (b) => b.dimension.unknownIndex),
    };
  });

  for (const record of records) {
    recordCount++;
    const before = personIndex.size;
    const person = personIndex.lookup(options.person(record));
    if (person === before) for (const list of lists) list.ensurePersons(person + 1);
    for (let t = 0; t < plans.length; t++) {
      const plan = plans[t] as (typeof plans)[number];
      const { spec, values, sizes, strides, unknowns, list, counts } = plan;
      let cellCount = 1;
      cells[0] = 0;
      for (let d = 0; d < values.length; d++) {
        const size = sizes[d] ?? 0;
        const stride = strides[d] ?? 0;
        const unknown = unknowns[d] ?? 0;
        const raw = (values[d] as DimensionBinding<R>["value"])(record);
        if (typeof raw === "number" || raw === null || raw === undefined) {
          const index = raw === null || raw === undefined || raw === -1 ? unknown : raw;
          if (index !== index >>> 0 || index >= size) throw outOfRange(spec, d, index);
          const offset = index * stride;
          for (let k = 0; k < cellCount; k++) cells[k] = (cells[k] ?? 0) + offset;
        } else {
          const n = raw.length === 0 ? 1 : raw.length;
          if (cellCount * n > grown.length) {
            grown = new Int32Array(cellCount * n * 2);
            const wider = new Int32Array(cellCount * n * 2);
            wider.set(cells.subarray(0, cellCount));
            cells = wider;
          }
          let out = 0;
          for (let k = 0; k < cellCount; k++) {
            const base = cells[k] ?? 0;
            for (let v = 0; v < n; v++) {
              const value = raw.length === 0 ? -1 : (raw[v] ?? -1);
              const index = value === -1 ? unknown : value;
              if (index !== index >>> 0 || index >= size) throw outOfRange(spec, d, index);
              grown[out++] = base + index * stride;
            }
          }
          [cells, grown] = [grown, cells];
          cellCount = out;
        }
      }
      for (let k = 0; k < cellCount; k++) {
        const cell = cells[k] ?? 0;
        let node = list.head[person] ?? -1;
        let taken = 0;
        let seen = false;
        while (node !== -1) {
          if (list.cell[node] === cell) {
            seen = true;
            break;
          }
          taken++;
          node = list.next[node] ?? -1;
        }
        if (seen) continue;
        if (taken >= C) {
          dropped[t] = (dropped[t] ?? 0) + 1;
          continue;
        }
        list.push(person, cell);
        counts[cell] = (counts[cell] ?? 0) + 1;
      }
    }
  }
  return { tables, records: recordCount, persons: personIndex.size, dropped };
}

function outOfRange<R>(spec: TableSpec<R>, d: number, index: number): Error {
  const dimension = spec.dimensions[d]?.dimension as Dimension;
  return invalidParameter(
    `${spec.id}.${dimension.name}`,
    `category index ${index} is outside 0..${dimension.categories.length - 1} (use −1 or null for unknown)`,
  );
}
