import { invalidParameter } from "../errors.ts";
import { type Dimension, categoryIndex } from "./dimension.ts";

/**
 * How much one person can move a table, under the add/remove-one-person neighbouring
 * relation. A table built by `aggregate` with contribution bound C has l0 = C (cells touched),
 * linf = 1 (a person counts once per cell), l1 = C and l2² = C. The DP mechanisms take their
 * noise scale from here, never from a caller's guess.
 */
export interface Sensitivity {
  /** Most cells one person can change. */
  readonly l0: number;
  /** Most one person can change a single cell. */
  readonly linf: number;
  /** Most one person can change the sum of |changes| over all cells. */
  readonly l1: number;
  /** Most one person can change the sum of squared changes over all cells. */
  readonly l2Squared: number;
}

/**
 * A dense table of exact integer counts over the cross-classification of its dimensions.
 * Cell `i` holds the count for the category tuple `cellCategories(table, i)`; tuples are laid
 * out row-major (the last dimension varies fastest), so a tuple's index is Σ index·stride.
 */
export interface CountTable {
  readonly id: string;
  readonly dimensions: readonly Dimension[];
  /** Number of categories per dimension (unknown included). */
  readonly shape: readonly number[];
  readonly strides: readonly number[];
  readonly counts: Uint32Array;
  /** What one person can change; null when unknown (such a table cannot be released with DP). */
  readonly sensitivity: Sensitivity | null;
}

/** Refuses a table this large: dense storage is the design, not a sparse cube. */
export const MAX_CELLS = 1 << 26;

function layout(
  id: string,
  dimensions: readonly Dimension[],
): { shape: number[]; strides: number[]; size: number } {
  const names = new Set<string>();
  for (const d of dimensions) {
    if (names.has(d.name)) throw invalidParameter(`${id}.dimensions`, `"${d.name}" appears twice`);
    names.add(d.name);
  }
  const shape = dimensions.map((d) => d.categories.length);
  const strides = new Array<number>(shape.length).fill(1);
  let size = 1;
  for (let i = shape.length - 1; i >= 0; i--) {
    strides[i] = size;
    size *= shape[i] ?? 1;
    if (size > MAX_CELLS) {
      throw invalidParameter(`${id}.dimensions`, `more than ${MAX_CELLS} cells; split the table`);
    }
  }
  return { shape, strides, size };
}

/** An empty (all-zero) table, or one over the given counts. */
export function createCountTable(
  id: string,
  dimensions: readonly Dimension[],
  options: {
    readonly counts?: Uint32Array | readonly number[];
    readonly sensitivity?: Sensitivity | null;
  } = {},
): CountTable {
  const { shape, strides, size } = layout(id, dimensions);
  const counts = new Uint32Array(size);
  if (options.counts) {
    if (options.counts.length !== size) {
      throw invalidParameter(
        `${id}.counts`,
        `has ${options.counts.length} cells; the dimensions make ${size}`,
      );
    }
    for (let i = 0; i < size; i++) {
      const value = options.counts[i] ?? 0;
      if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
        throw invalidParameter(`${id}.counts[${i}]`, `must be a non-negative integer count; got ${value}`);
      }
      counts[i] = value;
    }
  }
  return { id, dimensions, shape, strides, counts, sensitivity: options.sensitivity ?? null };
}

/** The cell index of a tuple of category indices. */
export function cellIndex(table: CountTable, indices: readonly number[]): number {
  if (indices.length !== table.shape.length) {
    throw invalidParameter(
      table.id,
      `expects ${table.shape.length} categories per cell; got ${indices.length}`,
    );
  }
  let cell = 0;
  for (let d = 0; d < indices.length; d++) {
    const i = indices[d] ?? -1;
    const n = table.shape[d] ?? 0;
    if (!Number.isInteger(i) || i < 0 || i >= n) {
      throw invalidParameter(
        `${table.id}.${table.dimensions[d]?.name ?? d}`,
        `category index ${i} is outside 0..${n - 1}`,
      );
    }
    cell += i * (table.strides[d] ?? 0);
  }
  return cell;
}

/** The category indices of a cell. */
export function cellIndices(table: CountTable, cell: number): number[] {
  return table.shape.map((n, d) => Math.floor(cell / (table.strides[d] ?? 1)) % n);
}

/** The category labels of a cell. */
export function cellCategories(table: CountTable, cell: number): string[] {
  return cellIndices(table, cell).map((i, d) => table.dimensions[d]?.categories[i] ?? "");
}

/** The count of a cell named by its category labels, e.g. `countOf(t, ["2023", "female"])`. */
export function countOf(table: CountTable, labels: readonly string[]): number {
  const indices = labels.map((label, d) => {
    const dimension = table.dimensions[d];
    if (!dimension)
      throw invalidParameter(
        table.id,
        `has ${table.dimensions.length} dimensions; got ${labels.length} labels`,
      );
    return categoryIndex(dimension, label);
  });
  return table.counts[cellIndex(table, indices)] ?? 0;
}

/** The grand total (sum of all cells), exact. */
export function tableTotal(table: CountTable): number {
  let total = 0;
  for (const c of table.counts) total += c;
  return total;
}

/**
 * The margin over the named dimensions (in the order given): every other dimension is summed
 * out. A person who touched C cells may now have all C in one margin cell, so the margin's
 * sensitivity grows accordingly (linf up to l1).
 */
export function marginalTable(
  table: CountTable,
  keep: readonly string[],
  id = `${table.id}|${keep.join("×")}`,
): CountTable {
  const positions = keep.map((name) => {
    const p = table.dimensions.findIndex((d) => d.name === name);
    if (p < 0) throw invalidParameter(`${table.id}.margin`, `has no dimension "${name}"`);
    return p;
  });
  let collapsed = 1;
  table.shape.forEach((n, d) => {
    if (!positions.includes(d)) collapsed *= n;
  });
  const s = table.sensitivity;
  const linf = s ? Math.min(s.l1, s.linf * collapsed) : 0;
  const margin = createCountTable(
    id,
    positions.map((p) => table.dimensions[p] as Dimension),
    // Σ c² ≤ max c · Σ c for the changes c a person makes to the margin's cells.
    { sensitivity: s ? { l0: s.l0, linf, l1: s.l1, l2Squared: linf * s.l1 } : null },
  );
  const target = positions.map((p) => table.strides[p] ?? 0);
  const { counts } = table;
  for (let cell = 0; cell < counts.length; cell++) {
    const value = counts[cell] ?? 0;
    if (value === 0) continue;
    let out = 0;
    for (let k = 0; k < positions.length; k++) {
      const d = positions[k] ?? 0;
      out += (Math.floor(cell / (target[k] ?? 1)) % (table.shape[d] ?? 1)) * (margin.strides[k] ?? 0);
    }
    margin.counts[out] = (margin.counts[out] ?? 0) + value;
  }
  return margin;
}

/** Every cell as labels and count, in layout order (for export and tests). */
export function* tableRows(
  table: CountTable,
): Generator<{ readonly categories: string[]; readonly count: number }> {
  for (let cell = 0; cell < table.counts.length; cell++) {
    yield { categories: cellCategories(table, cell), count: table.counts[cell] ?? 0 };
  }
}
