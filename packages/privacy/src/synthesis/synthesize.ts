import { invalidParameter } from "../errors.ts";
import { type RandomSource, uniformBigInt, uniformInt } from "../random/random-source.ts";
import { type Marginals, type Microdata, maskStrides, popcount, subsetMasks } from "./marginals.ts";

export interface SynthesisOptions {
  /** Seeded for reproducible output; the platform CSPRNG otherwise. */
  readonly random: RandomSource;
  /** Records to generate; the protected total (the empty combination's count) by default. */
  readonly count?: number;
  /** Fresh starts allowed for one record that reaches a dead end; 50 by default. */
  readonly maxAttempts?: number;
}

export interface SynthesisResult {
  readonly data: Microdata;
  /** Records abandoned after `maxAttempts` dead ends (each attempt met an attribute with no allowed value). */
  readonly abandoned: number;
}

/**
 * Aggregate-seeded synthesis (after Microsoft's Synthetic Data Showcase): records are built
 * one attribute at a time, in a fresh random attribute order per record. A value v of the
 * next attribute a is allowed only if, for every subset T of the attributes already chosen
 * with |T| ≤ k − 1, the combination T ∪ {a = v} has a positive count in the protected
 * marginals. By induction every combination of up to k values in a finished record is one
 * the protected aggregates show: the synthesis never invents a combination.
 *
 * Among allowed values the choice is weighted by the smallest remaining count over those
 * combinations (protected count minus synthetic records already using it), so the synthetic
 * marginals track the protected ones; when every allowed value's remaining count is used up,
 * by the smallest protected count instead. A record that reaches an attribute with no
 * allowed value starts over. All weights are integers; the result depends only on the
 * protected marginals and the random source.
 */
export function synthesize(marginals: Marginals, options: SynthesisOptions): SynthesisResult {
  const { attributes, k } = marginals;
  const m = attributes.length;
  const masks = subsetMasks(m, k);
  for (const mask of masks) {
    if (!marginals.tables.has(mask))
      throw invalidParameter("marginals", `lack the table of attribute subset ${mask}`);
  }
  const total = marginals.tables.get(0)?.counts[0] ?? 0;
  const oneWay = Array.from(
    { length: m },
    (_, a) => marginals.tables.get(1 << a)?.counts.reduce((s, c) => s + c, 0) ?? 0,
  );
  const fallback = Math.round(oneWay.reduce((s, c) => s + c, 0) / m);
  const count = options.count ?? (total > 0 ? total : fallback);
  if (!Number.isSafeInteger(count) || count < 0)
    throw invalidParameter("count", `must be an integer ≥ 0; got ${count}`);
  const maxAttempts = options.maxAttempts ?? 50;
  if (!Number.isSafeInteger(maxAttempts) || maxAttempts < 1) {
    throw invalidParameter("maxAttempts", `must be an integer ≥ 1; got ${maxAttempts}`);
  }
  const { random } = options;

  // Views indexed by subset mask (only subsets of size ≤ k are ever looked up): protected
  // counts, the remaining budget of each combination, and the attributes' strides.
  const protectedCounts: Uint32Array[] = [];
  const remaining: Int32Array[] = [];
  const strides: Int32Array[] = [];
  for (const mask of masks) {
    const counts = marginals.tables.get(mask)?.counts ?? new Uint32Array(0);
    protectedCounts[mask] = counts;
    remaining[mask] = Int32Array.from(counts, (c) => Math.min(c, 0x7fffffff));
    strides[mask] = maskStrides(attributes, mask);
  }
  const sizes = attributes.map((d) => d.categories.length);
  const maxSize = Math.max(...sizes);
  const weights = new Array<number>(maxSize).fill(0);
  const fallbackWeights = new Array<number>(maxSize).fill(0);
  const rows = new Int32Array(count * m);
  const values = new Int32Array(m);
  const order = Array.from({ length: m }, (_, a) => a);
  // Subsets of the chosen attributes (as masks) of size ≤ k − 1, grown as attributes are chosen.
  let subsets: number[];
  const bases: number[] = [];
  const steps: number[] = [];
  const shownTables: Uint32Array[] = [];
  const remainingTables: Int32Array[] = [];
  let produced = 0;
  let abandoned = 0;

  const pick = (w: readonly number[], n: number, sum: number): number => {
    let target = sum <= 0x1_0000_0000 ? uniformInt(random, sum) : Number(uniformBigInt(random, BigInt(sum)));
    for (let v = 0; v < n; v++) {
      target -= w[v] ?? 0;
      if (target < 0) return v;
    }
    return n - 1;
  };

  for (let r = 0; r < count; r++) {
    let done = false;
    for (let attempt = 0; attempt < maxAttempts && !done; attempt++) {
      // Fisher–Yates shuffle of the attribute order.
      for (let i = m - 1; i > 0; i--) {
        const j = uniformInt(random, i + 1);
        [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
      }
      subsets = [0];
      let chosenMask = 0;
      let dead = false;
      for (const a of order) {
        const n = sizes[a] ?? 0;
        // Per subset T: the cell of T ∪ {a = 0} and the step of a in that table.
        const span = subsets.length;
        for (let i = 0; i < span; i++) {
          const t = subsets[i] ?? 0;
          const mask = t | (1 << a);
          const st = strides[mask] as Int32Array;
          let base = 0;
          for (let b = 0; b < m; b++) if (t & (1 << b)) base += (values[b] ?? 0) * (st[b] ?? 0);
          bases[i] = base;
          steps[i] = st[a] ?? 0;
          shownTables[i] = protectedCounts[mask] as Uint32Array;
          remainingTables[i] = remaining[mask] as Int32Array;
        }
        let sum = 0;
        let fallbackSum = 0;
        for (let v = 0; v < n; v++) {
          let least = 0x7fffffff;
          let leastShown = 0xffffffff;
          for (let i = 0; i < span; i++) {
            const cell = (bases[i] ?? 0) + v * (steps[i] ?? 0);
            const shown = shownTables[i]?.[cell] ?? 0;
            if (shown < leastShown) leastShown = shown;
            if (shown === 0) break;
            const left = remainingTables[i]?.[cell] ?? 0;
            if (left < least) least = left;
          }
          const w = leastShown === 0 || least < 0 ? 0 : least;
          const f = leastShown;
          weights[v] = w;
          fallbackWeights[v] = f;
          sum += w;
          fallbackSum += f;
        }
        if (fallbackSum === 0) {
          dead = true;
          break;
        }
        values[a] = sum > 0 ? pick(weights, n, sum) : pick(fallbackWeights, n, fallbackSum);
        // Subsets of the new chosen set with size ≤ k − 1: the old ones, plus those with a.
        const grown = subsets.flatMap((t) => (popcount(t) + 1 <= k - 1 ? [t, t | (1 << a)] : [t]));
        subsets = grown;
        chosenMask |= 1 << a;
      }
      if (dead || chosenMask !== (1 << m) - 1) continue;
      for (const mask of masks) {
        if (mask === 0) continue;
        const s = strides[mask] as Int32Array;
        let cell = 0;
        for (let b = 0; b < m; b++) if (mask & (1 << b)) cell += (values[b] ?? 0) * (s[b] ?? 0);
        const rem = remaining[mask] as Int32Array;
        rem[cell] = (rem[cell] ?? 0) - 1;
      }
      rows.set(values, produced * m);
      produced++;
      done = true;
    }
    if (!done) abandoned++;
  }
  return { data: { attributes, rows: rows.slice(0, produced * m), count: produced }, abandoned };
}
