import { checkThreshold } from "../suppression/small-cells.ts";
import { type Marginals, type Microdata, computeMarginals, maskStrides, popcount } from "./marginals.ts";

/** How the synthetic data reproduce the combinations of one length. */
export interface LengthUtility {
  /** Number of attributes in the combinations. */
  readonly length: number;
  /** Combinations in the sensitive data. */
  readonly sensitive: number;
  /** Combinations shown by the protected aggregates. */
  readonly published: number;
  /** Sensitive combinations the protection removed. */
  readonly suppressed: number;
  /** Combinations in the synthetic data. */
  readonly synthetic: number;
  /** Synthetic combinations the protected aggregates do not show. Always 0 by construction. */
  readonly invented: number;
  /** Synthetic combinations absent from the sensitive data (possible only through DP noise). */
  readonly fabricated: number;
  /** Sensitive combinations also present in the synthetic data. */
  readonly preserved: number;
  /** Mean |synthetic − sensitive| count over combinations present in either. */
  readonly meanAbsoluteError: number;
  /** Mean |synthetic − sensitive| / sensitive over sensitive combinations. */
  readonly meanRelativeError: number;
}

export interface UtilityReport {
  readonly sensitiveRecords: number;
  readonly syntheticRecords: number;
  readonly byLength: readonly LengthUtility[];
  /** Σ invented over lengths; 0 unless something is badly wrong. */
  readonly invented: number;
}

/**
 * Utility of synthetic data against the sensitive marginals they stand in for. Internal: it
 * compares with the unprotected counts, so it must not be published as is.
 */
export function utilityReport(
  sensitive: Marginals,
  protectedMarginals: Marginals,
  synthetic: Microdata,
): UtilityReport {
  const k = sensitive.k;
  const syntheticMarginals = computeMarginals(synthetic, k);
  const rows: LengthUtility[] = [];
  for (let length = 1; length <= k; length++) {
    let sens = 0;
    let pub = 0;
    let suppressed = 0;
    let syn = 0;
    let invented = 0;
    let fabricated = 0;
    let preserved = 0;
    let absolute = 0;
    let union = 0;
    let relative = 0;
    for (const [mask, table] of sensitive.tables) {
      if (popcount(mask) !== length) continue;
      const shown = protectedMarginals.tables.get(mask)?.counts;
      const made = syntheticMarginals.tables.get(mask)?.counts;
      table.counts.forEach((s, cell) => {
        const p = shown?.[cell] ?? 0;
        const y = made?.[cell] ?? 0;
        if (s > 0) sens++;
        if (p > 0) pub++;
        if (s > 0 && p === 0) suppressed++;
        if (y > 0) syn++;
        if (y > 0 && p === 0) invented++;
        if (y > 0 && s === 0) fabricated++;
        if (y > 0 && s > 0) preserved++;
        if (s > 0 || y > 0) {
          union++;
          absolute += Math.abs(y - s);
        }
        if (s > 0) relative += Math.abs(y - s) / s;
      });
    }
    rows.push({
      length,
      sensitive: sens,
      published: pub,
      suppressed,
      synthetic: syn,
      invented,
      fabricated,
      preserved,
      meanAbsoluteError: union > 0 ? absolute / union : 0,
      meanRelativeError: sens > 0 ? relative / sens : 0,
    });
  }
  return {
    sensitiveRecords: sensitive.tables.get(0)?.counts[0] ?? 0,
    syntheticRecords: synthetic.count,
    byLength: rows,
    invented: rows.reduce((s, r) => s + r.invented, 0),
  };
}

export interface LengthRisk {
  readonly length: number;
  /** Combinations seen 1 … threshold − 1 times. */
  readonly rareCombinations: number;
  /** Records holding at least one such combination. */
  readonly recordsWithRare: number;
}

/** Re-identification risk of the sensitive data; internal, never for publication. */
export interface RiskReport {
  readonly threshold: number;
  readonly records: number;
  readonly byLength: readonly LengthRisk[];
  /** Records holding a rare combination of any length up to k. */
  readonly recordsWithRare: number;
  /** Records whose full combination of attributes is unique. */
  readonly uniqueRecords: number;
  /** Synthetic records equal, on every attribute, to a unique sensitive record (when given). */
  readonly syntheticMatchingUnique: number | null;
}

export function riskReport(
  sensitive: Microdata,
  k: number,
  threshold: number,
  synthetic?: Microdata,
): RiskReport {
  checkThreshold(threshold);
  const marginals = computeMarginals(sensitive, k);
  const m = sensitive.attributes.length;
  const rare = new Uint8Array(sensitive.count);
  const byLength: LengthRisk[] = [];
  for (let length = 1; length <= k; length++) {
    let rareCombinations = 0;
    const rareHere = new Uint8Array(sensitive.count);
    for (const [mask, table] of marginals.tables) {
      if (popcount(mask) !== length) continue;
      for (const c of table.counts) if (c >= 1 && c < threshold) rareCombinations++;
      const strides = maskStrides(sensitive.attributes, mask);
      for (let i = 0; i < sensitive.count; i++) {
        let cell = 0;
        for (let a = 0; a < m; a++) cell += (sensitive.rows[i * m + a] ?? 0) * (strides[a] ?? 0);
        const c = table.counts[cell] ?? 0;
        if (c < threshold) rareHere[i] = 1;
      }
    }
    let recordsWithRare = 0;
    rareHere.forEach((flag, i) => {
      if (flag) {
        recordsWithRare++;
        rare[i] = 1;
      }
    });
    byLength.push({ length, rareCombinations, recordsWithRare });
  }
  const key = (rows: Int32Array, i: number): string => rows.subarray(i * m, i * m + m).join(",");
  const full = new Map<string, number>();
  for (let i = 0; i < sensitive.count; i++) {
    const id = key(sensitive.rows, i);
    full.set(id, (full.get(id) ?? 0) + 1);
  }
  let uniqueRecords = 0;
  for (const n of full.values()) if (n === 1) uniqueRecords++;
  let syntheticMatchingUnique: number | null = null;
  if (synthetic) {
    syntheticMatchingUnique = 0;
    for (let i = 0; i < synthetic.count; i++)
      if (full.get(key(synthetic.rows, i)) === 1) syntheticMatchingUnique++;
  }
  return {
    threshold,
    records: sensitive.count,
    byLength,
    recordsWithRare: rare.reduce((s, f) => s + f, 0),
    uniqueRecords,
    syntheticMatchingUnique,
  };
}
