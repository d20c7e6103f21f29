import { invalidParameter } from "../errors.ts";
import { type RationalInput, div, formatRational, rational } from "../numeric/rational.ts";
import { type RandomSource } from "../random/random-source.ts";
import {
  applyThresholded,
  parseDelta,
  parseEpsilon,
  planThresholded,
  type ThresholdedRelease,
} from "../dp/release.ts";
import { checkThreshold } from "../suppression/small-cells.ts";
import { type CountTable, createCountTable } from "../table/count-table.ts";
import { type Dimension } from "../table/dimension.ts";

/** Records reduced to category indices: one row per person, `attributes.length` columns. */
export interface Microdata {
  readonly attributes: readonly Dimension[];
  /** Row-major: the category index of attribute `a` of row `i` is `rows[i · m + a]`. */
  readonly rows: Int32Array;
  readonly count: number;
}

/** Most attributes a synthesis may use (subsets are bitmasks). */
export const MAX_ATTRIBUTES = 20;

/**
 * Encodes records for synthesis, keeping the first record of each person: one person, one
 * row, so each marginal table has sensitivity 1. `values` gives a category index per
 * attribute (null, undefined or −1 for unknown).
 */
export function microdata<R>(
  records: Iterable<R>,
  attributes: readonly Dimension[],
  options: {
    readonly person: (record: R) => string | number;
    readonly values: (record: R) => readonly (number | null | undefined)[];
  },
): Microdata {
  const m = attributes.length;
  if (m < 1 || m > MAX_ATTRIBUTES)
    throw invalidParameter("attributes", `must number 1 to ${MAX_ATTRIBUTES}; got ${m}`);
  const seen = new Set<string | number>();
  let rows = new Int32Array(1024 * m);
  let count = 0;
  for (const record of records) {
    const id = options.person(record);
    if (seen.has(id)) continue;
    seen.add(id);
    const values = options.values(record);
    if (values.length !== m)
      throw invalidParameter("values", `must give ${m} category indices per record; got ${values.length}`);
    if ((count + 1) * m > rows.length) {
      const grown = new Int32Array(rows.length * 2);
      grown.set(rows);
      rows = grown;
    }
    for (let a = 0; a < m; a++) {
      const dimension = attributes[a] as Dimension;
      const raw = values[a];
      const index = raw === null || raw === undefined || raw === -1 ? dimension.unknownIndex : raw;
      if (index !== index >>> 0 || index >= dimension.categories.length) {
        throw invalidParameter(
          dimension.name,
          `category index ${index} is outside 0..${dimension.categories.length - 1}`,
        );
      }
      rows[count * m + a] = index;
    }
    count++;
  }
  return { attributes, rows: rows.slice(0, count * m), count };
}

/**
 * Counts of every combination of up to `k` attributes: one table per attribute subset
 * (a bitmask; bit a = attribute a), its dimensions in attribute order. The empty subset
 * (mask 0) holds the number of records.
 */
export interface Marginals {
  readonly attributes: readonly Dimension[];
  readonly k: number;
  readonly tables: ReadonlyMap<number, CountTable>;
}

/** The attribute subsets of size 0 … k, smallest first, then by mask. */
export function subsetMasks(m: number, k: number): number[] {
  const masks: number[] = [];
  for (let mask = 0; mask < 1 << m; mask++) if (popcount(mask) <= k) masks.push(mask);
  return masks.sort((a, b) => popcount(a) - popcount(b) || a - b);
}

export function popcount(mask: number): number {
  let n = 0;
  for (let x = mask; x !== 0; x &= x - 1) n++;
  return n;
}

/** Stride of each attribute within the table of `mask` (0 for attributes outside it). */
export function maskStrides(attributes: readonly Dimension[], mask: number): Int32Array {
  const strides = new Int32Array(attributes.length);
  let stride = 1;
  for (let a = attributes.length - 1; a >= 0; a--) {
    if ((mask & (1 << a)) === 0) continue;
    strides[a] = stride;
    stride *= attributes[a]?.categories.length ?? 1;
  }
  return strides;
}

function emptyTable(attributes: readonly Dimension[], mask: number, counts?: Uint32Array): CountTable {
  const dimensions = attributes.filter((_, a) => (mask & (1 << a)) !== 0);
  const id = mask === 0 ? "total" : dimensions.map((d) => d.name).join("×");
  return createCountTable(id, dimensions, {
    sensitivity: { l0: 1, linf: 1, l1: 1, l2Squared: 1 },
    ...(counts ? { counts } : {}),
  });
}

/** Exact marginals of the microdata for every subset of up to `k` attributes. */
export function computeMarginals(data: Microdata, k: number): Marginals {
  const m = data.attributes.length;
  if (!Number.isSafeInteger(k) || k < 1 || k > m) {
    throw invalidParameter("k", `must be an integer from 1 to the number of attributes (${m}); got ${k}`);
  }
  const masks = subsetMasks(m, k);
  const tables = new Map<number, CountTable>();
  for (const mask of masks) {
    const table = emptyTable(data.attributes, mask);
    const strides = maskStrides(data.attributes, mask);
    const { counts } = table;
    for (let i = 0; i < data.count; i++) {
      let cell = 0;
      for (let a = 0; a < m; a++) cell += (data.rows[i * m + a] ?? 0) * (strides[a] ?? 0);
      counts[cell] = (counts[cell] ?? 0) + 1;
    }
    tables.set(mask, table);
  }
  return { attributes: data.attributes, k, tables };
}

/**
 * Marginals with every combination counted fewer than `threshold` times removed (set to 0,
 * i.e. absent): the "reporting threshold" of aggregate-seeded synthesis. Not differential
 * privacy, and no complementary suppression across the overlapping tables: use it as
 * internal input to synthesis, and publish tables through `suppressSmallCells` or DP.
 */
export function protectBySuppression(marginals: Marginals, threshold: number): Marginals {
  checkThreshold(threshold);
  const tables = new Map<number, CountTable>();
  for (const [mask, table] of marginals.tables) {
    const counts = table.counts.map((c) => (c >= threshold ? c : 0));
    tables.set(mask, { ...table, counts, sensitivity: null });
  }
  return { ...marginals, tables };
}

/**
 * Differentially private marginals: the thresholded geometric mechanism on every subset
 * table, the budget split evenly (basic composition): each of the T tables gets ε/T and δ/T.
 * A combination is kept only if its noisy count passed its table's threshold. Returns the
 * releases to charge to the dataset's ledger (check and charge them before using the result).
 */
export function protectByDp(
  marginals: Marginals,
  options: {
    readonly epsilon: RationalInput;
    readonly delta: RationalInput;
    readonly random: RandomSource;
    readonly id: string;
    readonly at: string;
  },
): { readonly marginals: Marginals; readonly releases: readonly ThresholdedRelease[] } {
  const epsilon = parseEpsilon(options.epsilon);
  const delta = parseDelta(options.delta);
  const share = rational(BigInt(marginals.tables.size));
  const tables = new Map<number, CountTable>();
  const releases: ThresholdedRelease[] = [];
  for (const [mask, table] of marginals.tables) {
    const release = planThresholded(table, {
      id: `${options.id}/${table.id}`,
      at: options.at,
      epsilon: formatRational(div(epsilon, share)),
      delta: formatRational(div(delta, share)),
    });
    const selected = applyThresholded(table, release, options.random);
    const counts = new Uint32Array(table.counts.length);
    for (const cell of selected.cells) counts[cell.cell] = cell.value;
    tables.set(mask, { ...table, counts, sensitivity: null });
    releases.push(release);
  }
  return { marginals: { ...marginals, tables }, releases };
}
