import { invalidParameter } from "../errors.ts";
import { type PublishedTable, publishedEntries, tableLines } from "./published-table.ts";

/** A withheld value a reader can work out. */
export interface Disclosure {
  /** Entry index (cells, then margins, then total; see `tableLines`). */
  readonly entry: number;
  /** Where it is, e.g. `cell 2023 × female`, `margin sex = female`, `total`. */
  readonly label: string;
  readonly value: number;
}

/** A group of withheld values (those of one row or column) whose sum a reader can work out. */
export interface GroupDisclosure {
  readonly entries: readonly number[];
  readonly label: string;
  readonly sum: number;
}

export interface DisclosureAudit {
  /** Withheld entries whose value follows from the published ones by linear algebra. */
  readonly determined: readonly Disclosure[];
  /**
   * Withheld entries whose interval collapses to one value once non-negativity is used too
   * (bounds propagated through every row and column until they stop moving).
   */
  readonly pinned: readonly Disclosure[];
  /** Rows or columns whose withheld values have a determinable sum of 1 … threshold − 1. */
  readonly smallGroups: readonly GroupDisclosure[];
  /** Interval of every withheld entry, [lower, upper]; upper is Infinity when unbounded. */
  readonly bounds: ReadonlyMap<number, readonly [number, number]>;
}

/**
 * Plays the reader who wants a withheld value back: from the published table alone, it
 * solves the margin constraints exactly (Gaussian elimination over the withheld entries; the
 * constraint matrix of a table with margins is totally unimodular, so the arithmetic stays in
 * small integers), propagates non-negative intervals through them, and checks each row's and
 * column's withheld sum. A release path can run it as a last check before publishing; the
 * tests use it against `suppressSmallCells`.
 */
export function auditDisclosure(published: PublishedTable, threshold: number): DisclosureAudit {
  const shape = published.dimensions.map((d) => d.categories.length);
  const lines = tableLines(shape);
  if (!lines)
    throw invalidParameter(
      "published",
      `audits one- and two-way tables; "${published.id}" has ${shape.length} dimensions`,
    );
  const values = publishedEntries(published);
  const unknowns = values.flatMap((v, e) => (v === null ? [e] : []));
  const column = new Map(unknowns.map((e, k) => [e, k]));
  const label = entryLabel(published, shape);
  // Each line as Σ a_k·u_k = rhs over the withheld entries u.
  const rows = lines.lines.map((line) => {
    const a = new Array<number>(unknowns.length).fill(0);
    let rhs = 0;
    line.entries.forEach((e, i) => {
      const coefficient = line.coefficients[i] ?? 0;
      const k = column.get(e);
      if (k === undefined) rhs -= coefficient * (values[e] ?? 0);
      else a[k] = (a[k] ?? 0) + coefficient;
    });
    return { a, rhs };
  });
  const reduced = reducedRowEchelon(
    rows.map((row) => ({ a: [...row.a], rhs: row.rhs })),
    unknowns.length,
  );

  const determined: Disclosure[] = [];
  for (const { a, rhs, pivot } of reduced) {
    if (a.every((x, k) => k === pivot || x === 0)) {
      const e = unknowns[pivot] ?? -1;
      determined.push({ entry: e, label: label(e), value: rhs });
    }
  }

  const smallGroups: GroupDisclosure[] = [];
  lines.lines.forEach((line, l) => {
    const totalEntry = line.entries[lines.totalPosition[l] ?? 0] ?? -1;
    const group = line.entries.filter((e) => e !== totalEntry && values[e] === null);
    if (group.length === 0) return;
    const sum = determinedSum(
      reduced,
      group.map((e) => column.get(e) ?? -1),
      unknowns.length,
    );
    if (sum !== null && sum > 0 && sum < threshold) {
      smallGroups.push({ entries: group, label: `withheld values beside ${label(totalEntry)}`, sum });
    }
  });

  const bounds = propagateBounds(rows, unknowns.length);
  const pinned: Disclosure[] = [];
  const boundMap = new Map<number, readonly [number, number]>();
  unknowns.forEach((e, k) => {
    const b = bounds[k] ?? ([0, Infinity] as const);
    boundMap.set(e, b);
    if (b[0] === b[1]) pinned.push({ entry: e, label: label(e), value: b[0] });
  });
  return { determined, pinned, smallGroups, bounds: boundMap };
}

interface ReducedRow {
  readonly a: number[];
  rhs: number;
  readonly pivot: number;
}

/** Reduced row echelon form with integer arithmetic; refuses entries outside {−1, 0, 1}. */
function reducedRowEchelon(rows: { a: number[]; rhs: number }[], width: number): ReducedRow[] {
  const out: ReducedRow[] = [];
  let pending = rows;
  for (let col = 0; col < width && pending.length > 0; col++) {
    const index = pending.findIndex((row) => row.a[col] !== 0);
    if (index < 0) continue;
    const chosen = pending[index];
    if (!chosen) continue;
    const sign = chosen.a[col] ?? 1;
    // Pivots are ±1 in a totally unimodular matrix; scale the row so the pivot is 1.
    const pivotRow: ReducedRow = { a: chosen.a.map((x) => x * sign), rhs: chosen.rhs * sign, pivot: col };
    const eliminate = (row: { a: number[]; rhs: number }): void => {
      const factor = row.a[col] ?? 0;
      if (factor === 0) return;
      for (let k = 0; k < width; k++) {
        const v = (row.a[k] ?? 0) - factor * (pivotRow.a[k] ?? 0);
        if (v < -1 || v > 1) throw new Error("disclosure audit: constraint matrix is not totally unimodular");
        row.a[k] = v;
      }
      row.rhs -= factor * pivotRow.rhs;
    };
    pending = pending.filter((_, i) => i !== index);
    pending.forEach(eliminate);
    out.forEach(eliminate);
    out.push(pivotRow);
  }
  return out;
}

/** The value of Σ u_k over `group` if the equations fix it, else null. */
function determinedSum(
  reduced: readonly ReducedRow[],
  group: readonly number[],
  width: number,
): number | null {
  const residual = new Array<number>(width).fill(0);
  for (const k of group) residual[k] = 1;
  let sum = 0;
  for (const row of reduced) {
    const factor = residual[row.pivot] ?? 0;
    if (factor === 0) continue;
    for (let k = 0; k < width; k++) residual[k] = (residual[k] ?? 0) - factor * (row.a[k] ?? 0);
    sum += factor * row.rhs;
  }
  return residual.every((x) => x === 0) ? sum : null;
}

/** Interval propagation of u ≥ 0 through Σ a_k·u_k = rhs, to a fixed point. */
function propagateBounds(
  rows: readonly { a: readonly number[]; rhs: number }[],
  width: number,
): [number, number][] {
  const lo = new Array<number>(width).fill(0);
  const hi = new Array<number>(width).fill(Infinity);
  for (let pass = 0, changed = true; changed && pass < 10 * (width + 1); pass++) {
    changed = false;
    for (const { a, rhs } of rows) {
      const terms = a.flatMap((x, k) => (x === 0 ? [] : [k]));
      for (const k of terms) {
        let min = 0;
        let max = 0;
        for (const j of terms) {
          if (j === k) continue;
          const x = a[j] ?? 0;
          min += x > 0 ? x * (lo[j] ?? 0) : x * (hi[j] ?? Infinity);
          max += x > 0 ? x * (hi[j] ?? Infinity) : x * (lo[j] ?? 0);
        }
        const x = a[k] ?? 1;
        // x·u_k = rhs − (others), with x = ±1.
        const low = x > 0 ? rhs - max : min - rhs;
        const high = x > 0 ? rhs - min : max - rhs;
        if (low > (lo[k] ?? 0)) {
          lo[k] = low;
          changed = true;
        }
        if (high < (hi[k] ?? Infinity)) {
          hi[k] = high;
          changed = true;
        }
      }
    }
  }
  return lo.map((l, k) => [l, hi[k] ?? Infinity]);
}

function entryLabel(published: PublishedTable, shape: readonly number[]): (entry: number) => string {
  const [d0, d1] = published.dimensions;
  if (shape.length === 1) {
    const n = shape[0] ?? 0;
    return (e) => (e === n ? "total" : `cell ${d0?.categories[e] ?? e}`);
  }
  const c = shape[1] ?? 0;
  const r = shape[0] ?? 0;
  return (e) => {
    const i = Math.floor(e / (c + 1));
    const j = e % (c + 1);
    if (i === r && j === c) return "total";
    if (i === r) return `margin ${d1?.name ?? ""} = ${d1?.categories[j] ?? j}`;
    if (j === c) return `margin ${d0?.name ?? ""} = ${d0?.categories[i] ?? i}`;
    return `cell ${d0?.categories[i] ?? i} × ${d1?.categories[j] ?? j}`;
  };
}
