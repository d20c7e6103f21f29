import { invalidParameter } from "../errors.ts";
import { type CountTable } from "../table/count-table.ts";
import { type PublishedTable, publishEntries, tableEntries, tableLines } from "./published-table.ts";

export interface SuppressionOptions {
  /**
   * Smallest count that may be published (an integer ≥ 2): counts 1 … threshold − 1 are
   * withheld. Eurostat's trafficking tables and many national offices use 3 or 5.
   */
  readonly threshold: number;
  /**
   * Add complementary (secondary) suppressions so no withheld value can be worked out from
   * the published ones. True by default; only one- and two-way tables support it. Turn it off
   * only for tables that are already differentially private, where the threshold is about
   * reliability, not protection.
   */
  readonly secondary?: boolean;
}

/** What suppression did. Internal: counts of withheld values say something about the data. */
export interface SuppressionReport {
  readonly threshold: number;
  /** Entries (cells and margins) withheld because their value was 1 … threshold − 1. */
  readonly primary: number;
  /** Entries withheld only to protect others. */
  readonly secondary: number;
  /** Entries published. */
  readonly published: number;
}

export interface SuppressionResult {
  readonly published: PublishedTable;
  readonly report: SuppressionReport;
}

const NONE = 0;
const PRIMARY = 1;
const SECONDARY = 2;

/** Refuses a threshold that is not an integer ≥ 2, saying why. */
export function checkThreshold(threshold: number, path = "threshold"): number {
  if (!Number.isSafeInteger(threshold) || threshold < 2) {
    throw invalidParameter(
      path,
      `must be an integer ≥ 2 (a threshold of ${threshold} would publish counts of 1, a single person); got ${threshold}`,
    );
  }
  return threshold;
}

/**
 * Small-cell suppression of a one- or two-way table with its margins.
 *
 * Primary: every cell, margin and total with a value 1 … threshold − 1 is withheld. Zeros
 * are published: a zero discloses no person, and structural zeros (categories that cannot
 * occur) must stay visible as such; withholding them would add no protection, since a reader
 * who knows a zero is structural recovers it anyway. For the same reason a zero is never
 * chosen as a complementary suppression.
 *
 * Secondary, until nothing changes:
 *  1. in every row and column (including the margins' row and column) whose total is
 *     published, the withheld values must sum to 0 or at least the threshold (that sum is
 *     known to the reader): the smallest non-zero published values are withheld until it does;
 *  2. every withheld value must lie on a cycle of withheld values in the (rows + total) ×
 *     (columns + total) grid. A withheld value on no cycle is a bridge of that bipartite graph
 *     and is exactly determined by the published margins; one on a cycle of non-zero values
 *     can move by ±1 around the cycle (all other values kept) without changing anything
 *     published, so no reader, whatever linear or integer reasoning they use, can pin it. A
 *     bridge is put on a cycle by the cheapest path between its row and column (Dijkstra; a
 *     withheld value costs nothing, a published one its value, a zero cannot be used).
 *
 * One-way tables: the withheld cells must be none, or at least two summing to ≥ threshold
 * (when the total is published). The hypercube/network methods of τ-ARGUS are the model;
 * this is the simple, provably safe end of them, not an optimal (least-loss) solver.
 */
export function suppressSmallCells(table: CountTable, options: SuppressionOptions): SuppressionResult {
  const threshold = checkThreshold(options.threshold);
  const secondary = options.secondary ?? true;
  const dims = table.shape.length;
  if (secondary && dims !== 1 && dims !== 2) {
    throw invalidParameter(
      "secondary",
      `complementary suppression supports one- and two-way tables; table "${table.id}" has ${dims} dimensions (publish two-way views, or add DP noise and suppress with secondary: false)`,
    );
  }
  const entries = tableEntries(table);
  const status = new Uint8Array(entries.length);
  entries.forEach((value, e) => {
    if (value >= 1 && value < threshold) status[e] = PRIMARY;
  });
  if (secondary && dims === 1) protectOneWay(entries, status, threshold);
  if (secondary && dims === 2) protectTwoWay(table.shape as [number, number], entries, status, threshold);
  let primary = 0;
  let complementary = 0;
  for (const s of status) {
    if (s === PRIMARY) primary++;
    else if (s === SECONDARY) complementary++;
  }
  return {
    published: publishEntries(table, entries, (e) => status[e] !== NONE),
    report: {
      threshold,
      primary,
      secondary: complementary,
      published: entries.length - primary - complementary,
    },
  };
}

/** Withholds the smallest non-zero published entries among `candidates` while `needMore()`. */
function withholdSmallest(
  candidates: readonly number[],
  entries: readonly number[],
  status: Uint8Array,
  needMore: () => boolean,
  onAdd: (entry: number) => void,
): void {
  const open = candidates
    .filter((e) => status[e] === NONE && (entries[e] ?? 0) > 0)
    .sort((a, b) => (entries[a] ?? 0) - (entries[b] ?? 0) || a - b);
  for (const e of open) {
    if (!needMore()) return;
    status[e] = SECONDARY;
    onAdd(e);
  }
  if (needMore())
    throw new Error("suppression: no published value left to withhold (cannot happen for counts)");
}

function protectOneWay(entries: readonly number[], status: Uint8Array, threshold: number): void {
  const totalEntry = entries.length - 1;
  if (status[totalEntry] !== NONE) return;
  const cells = Array.from({ length: totalEntry }, (_, e) => e);
  let count = 0;
  let sum = 0;
  for (const e of cells) {
    if (status[e] !== NONE) {
      count++;
      sum += entries[e] ?? 0;
    }
  }
  if (count === 0) return;
  withholdSmallest(
    cells,
    entries,
    status,
    () => count < 2 || sum < threshold,
    (e) => {
      count++;
      sum += entries[e] ?? 0;
    },
  );
}

function protectTwoWay(
  shape: readonly [number, number],
  entries: readonly number[],
  status: Uint8Array,
  threshold: number,
): void {
  const [r, c] = shape;
  const width = c + 1;
  const lines = tableLines(shape);
  if (!lines) return;
  for (;;) {
    let changed = false;
    // 1. Known sums of withheld values are 0 or ≥ threshold.
    for (const [l, line] of lines.lines.entries()) {
      const totalEntry = line.entries[lines.totalPosition[l] ?? 0] ?? 0;
      if (status[totalEntry] !== NONE) continue;
      const inner = line.entries.filter((e) => e !== totalEntry);
      let sum = 0;
      for (const e of inner) if (status[e] !== NONE) sum += entries[e] ?? 0;
      if (sum === 0 || sum >= threshold) continue;
      withholdSmallest(
        inner,
        entries,
        status,
        () => sum < threshold,
        (e) => {
          sum += entries[e] ?? 0;
        },
      );
      changed = true;
    }
    // 2. No withheld value is a bridge of the withheld graph.
    const bridge = firstBridge(r, c, status);
    if (bridge !== -1) {
      const row = Math.floor(bridge / width);
      const col = bridge % width;
      const path = cheapestPath(r, c, entries, status, r + 1 + col, row, bridge);
      if (path.length === 0) throw new Error("suppression: no complementary path (cannot happen for counts)");
      for (const e of path) if (status[e] === NONE) status[e] = SECONDARY;
      changed = true;
    }
    if (!changed) return;
  }
}

/**
 * The lowest-numbered withheld entry that is a bridge of the bipartite graph whose nodes are
 * the r + 1 rows and c + 1 columns of the grid and whose edges are the withheld entries;
 * −1 if none (Tarjan's low-link, iterative).
 */
function firstBridge(r: number, c: number, status: Uint8Array): number {
  const width = c + 1;
  const nodes = r + 1 + width;
  const adjacency: number[][] = Array.from({ length: nodes }, () => []);
  for (let e = 0; e < status.length; e++) {
    if (status[e] === NONE) continue;
    adjacency[Math.floor(e / width)]?.push(e);
    adjacency[r + 1 + (e % width)]?.push(e);
  }
  const other = (node: number, e: number): number => {
    const row = Math.floor(e / width);
    return node === row ? r + 1 + (e % width) : row;
  };
  const order = new Int32Array(nodes).fill(-1);
  const low = new Int32Array(nodes);
  let clock = 0;
  let best = -1;
  for (let root = 0; root < nodes; root++) {
    if (order[root] !== -1) continue;
    // Stack frames: node, the edge that reached it, position in its adjacency list.
    const stack: { node: number; via: number; next: number }[] = [{ node: root, via: -1, next: 0 }];
    order[root] = low[root] = clock++;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const edges = adjacency[frame.node] ?? [];
      if (frame.next < edges.length) {
        const e = edges[frame.next++] ?? -1;
        if (e === frame.via) continue;
        const to = other(frame.node, e);
        if (order[to] === -1) {
          order[to] = low[to] = clock++;
          stack.push({ node: to, via: e, next: 0 });
        } else {
          low[frame.node] = Math.min(low[frame.node] ?? 0, order[to] ?? 0);
        }
        continue;
      }
      stack.pop();
      const parent = stack[stack.length - 1];
      if (parent) {
        low[parent.node] = Math.min(low[parent.node] ?? 0, low[frame.node] ?? 0);
        if ((low[frame.node] ?? 0) > (order[parent.node] ?? 0) && (best === -1 || frame.via < best))
          best = frame.via;
      }
    }
  }
  return best;
}

/**
 * Entries on the cheapest path from node `from` to node `to` in the complete bipartite
 * rows × columns graph, not using entry `banned`: withheld entries cost 0, published ones
 * their value (then one more per entry, so fewer cells win ties), zeros are not usable.
 * Dense Dijkstra; ties go to the lower node number, so the result is deterministic.
 */
function cheapestPath(
  r: number,
  c: number,
  entries: readonly number[],
  status: Uint8Array,
  from: number,
  to: number,
  banned: number,
): number[] {
  const width = c + 1;
  const rows = r + 1;
  const nodes = rows + width;
  const scale = nodes + 1;
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const previous = new Int32Array(nodes).fill(-1);
  const viaEntry = new Int32Array(nodes).fill(-1);
  const done = new Uint8Array(nodes);
  distance[from] = 0;
  for (;;) {
    let u = -1;
    for (let v = 0; v < nodes; v++) {
      if (
        !done[v] &&
        (distance[v] ?? Infinity) < Infinity &&
        (u === -1 || (distance[v] ?? 0) < (distance[u] ?? 0))
      )
        u = v;
    }
    if (u === -1 || u === to) break;
    done[u] = 1;
    const isRow = u < rows;
    const span = isRow ? width : rows;
    for (let k = 0; k < span; k++) {
      const v = isRow ? rows + k : k;
      const e = isRow ? u * width + k : k * width + (u - rows);
      if (e === banned || done[v]) continue;
      const value = entries[e] ?? 0;
      const withheld = status[e] !== NONE;
      if (!withheld && value === 0) continue;
      const cost = withheld ? 0 : value * scale + 1;
      const d = (distance[u] ?? 0) + cost;
      if (d < (distance[v] ?? Infinity)) {
        distance[v] = d;
        previous[v] = u;
        viaEntry[v] = e;
      }
    }
  }
  if (distance[to] === Number.POSITIVE_INFINITY) return [];
  const path: number[] = [];
  for (let v = to; v !== from; v = previous[v] ?? from) path.push(viaEntry[v] ?? -1);
  return path;
}
