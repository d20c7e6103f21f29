import { invalidParameter } from "../errors.ts";
import { type CountTable, marginalTable, tableTotal } from "../table/count-table.ts";
import { type Dimension } from "../table/dimension.ts";

/**
 * A table as it leaves the building: cells and margins, with `null` wherever a value is
 * withheld. It holds no withheld value, so passing it on cannot leak one. Primary and
 * secondary suppressions look the same here on purpose: marking which cells are small would
 * itself disclose that they are small.
 */
export interface PublishedTable {
  readonly id: string;
  readonly dimensions: readonly Dimension[];
  /** Cell values in the `CountTable` layout (row-major); null where withheld. */
  readonly cells: readonly (number | null)[];
  /**
   * One-dimensional margins, one list per dimension (the sum over every other dimension), in
   * category order; null where withheld. Empty for a one-way table, whose cells are its margin.
   */
  readonly margins: readonly (readonly (number | null)[])[];
  /** The grand total; null where withheld. */
  readonly total: number | null;
}

/** Every value of a table and its margins, in the entry order of `tableLines`. */
export function tableEntries(table: CountTable): number[] {
  const cells = [...table.counts];
  const total = tableTotal(table);
  if (table.dimensions.length === 1) return [...cells, total];
  if (table.dimensions.length === 2) {
    const [rows, cols] = table.shape as [number, number];
    const rowTotals = [...marginalTable(table, [table.dimensions[0]?.name ?? ""]).counts];
    const colTotals = [...marginalTable(table, [table.dimensions[1]?.name ?? ""]).counts];
    const entries: number[] = [];
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) entries.push(cells[i * cols + j] ?? 0);
      entries.push(rowTotals[i] ?? 0);
    }
    entries.push(...colTotals, total);
    return entries;
  }
  const margins = table.dimensions.flatMap((d) => [...marginalTable(table, [d.name]).counts]);
  return [...cells, ...margins, total];
}

/**
 * The linear constraints that tie a published table together, over its entries: each line
 * says Σ (coefficient · entry) = 0. For a one-way table the entries are the cells then the
 * total, and the one line is "cells − total = 0". For a two-way table of r × c cells the
 * entries are the (r + 1) × (c + 1) grid of cells with the row totals as last column and the
 * column totals (and grand total) as last row; every row and column of that grid sums, with
 * its last entry counted negative, to zero. Higher-way tables have no lines here (null).
 */
export interface TableLines {
  readonly entryCount: number;
  readonly lines: readonly {
    readonly entries: readonly number[];
    readonly coefficients: readonly number[];
  }[];
  /** For each line, the index (in `entries`) of its total entry. */
  readonly totalPosition: readonly number[];
}

export function tableLines(shape: readonly number[]): TableLines | null {
  if (shape.length === 1) {
    const n = shape[0] ?? 0;
    const entries = Array.from({ length: n + 1 }, (_, i) => i);
    return {
      entryCount: n + 1,
      lines: [{ entries, coefficients: entries.map((i) => (i === n ? -1 : 1)) }],
      totalPosition: [n],
    };
  }
  if (shape.length !== 2) return null;
  const [r, c] = shape as [number, number];
  const width = c + 1;
  const lines: { entries: number[]; coefficients: number[] }[] = [];
  for (let i = 0; i <= r; i++) {
    const entries = Array.from({ length: width }, (_, j) => i * width + j);
    lines.push({ entries, coefficients: entries.map((_, j) => (j === c ? -1 : 1)) });
  }
  for (let j = 0; j <= c; j++) {
    const entries = Array.from({ length: r + 1 }, (_, i) => i * width + j);
    lines.push({ entries, coefficients: entries.map((_, i) => (i === r ? -1 : 1)) });
  }
  return {
    entryCount: (r + 1) * width,
    lines,
    totalPosition: lines.map((line) => line.entries.length - 1),
  };
}

/** Assembles a published table from entry values (in `tableEntries` order) and a withheld mask. */
export function publishEntries(
  table: Pick<CountTable, "id" | "dimensions" | "shape">,
  entries: readonly number[],
  withheld: (entry: number) => boolean,
): PublishedTable {
  const value = (e: number): number | null => (withheld(e) ? null : (entries[e] ?? 0));
  const { shape } = table;
  if (shape.length === 2) {
    const [r, c] = shape as [number, number];
    const width = c + 1;
    const cells: (number | null)[] = [];
    const rowTotals: (number | null)[] = [];
    for (let i = 0; i < r; i++) {
      for (let j = 0; j < c; j++) cells.push(value(i * width + j));
      rowTotals.push(value(i * width + c));
    }
    const colTotals = Array.from({ length: c }, (_, j) => value(r * width + j));
    return {
      id: table.id,
      dimensions: table.dimensions,
      cells,
      margins: [rowTotals, colTotals],
      total: value(r * width + c),
    };
  }
  const cellCount = shape.reduce((a, b) => a * b, 1);
  const cells = Array.from({ length: cellCount }, (_, e) => value(e));
  if (shape.length === 1)
    return { id: table.id, dimensions: table.dimensions, cells, margins: [], total: value(cellCount) };
  const margins: (number | null)[][] = [];
  let offset = cellCount;
  for (const n of shape) {
    margins.push(Array.from({ length: n }, (_, k) => value(offset + k)));
    offset += n;
  }
  return { id: table.id, dimensions: table.dimensions, cells, margins, total: value(offset) };
}

/** The entries of a published table (null where withheld), in `tableEntries` order. */
export function publishedEntries(published: PublishedTable): (number | null)[] {
  const shape = published.dimensions.map((d) => d.categories.length);
  if (shape.length === 1) return [...published.cells, published.total];
  if (shape.length === 2) {
    const [r, c] = shape as [number, number];
    const out: (number | null)[] = [];
    for (let i = 0; i < r; i++) {
      for (let j = 0; j < c; j++) out.push(published.cells[i * c + j] ?? null);
      out.push(published.margins[0]?.[i] ?? null);
    }
    for (let j = 0; j < c; j++) out.push(published.margins[1]?.[j] ?? null);
    out.push(published.total);
    return out;
  }
  if (published.margins.length !== shape.length) {
    throw invalidParameter(published.id, "margins do not match the dimensions");
  }
  return [...published.cells, ...published.margins.flat(), published.total];
}

/** The table with its margins, everything published (for DP output that needs no suppression). */
export function publishAll(table: CountTable): PublishedTable {
  return publishEntries(table, tableEntries(table), () => false);
}
