import { fmix32, hashSequence } from "./hash.ts";
import { SIMD_GROUP, simdMinHash } from "./minhash-simd.ts";

/**
 * MinHash over word shingles. Permutation i of a 32-bit shingle hash h is
 *   πᵢ(h) = xorshift(imul(h ⊕ aᵢ, bᵢ))  with bᵢ odd,
 * a composition of bijections on 32-bit integers (xor with a seed, multiplication by an odd
 * number, xor-shift), so each πᵢ is a permutation of the hash space. The seeds come from a fixed
 * splitmix32 stream: every thread computes the same signatures. P[min πᵢ(A) = min πᵢ(B)] ≈ J(A, B),
 * so the share of equal positions estimates the Jaccard similarity.
 */
export interface Permutations {
  k: number;
  a: Uint32Array;
  b: Uint32Array;
}

export function permutations(k: number, seed = 0x5eed): Permutations {
  const a = new Uint32Array(k);
  const b = new Uint32Array(k);
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    return fmix32(state);
  };
  for (let i = 0; i < k; i++) {
    a[i] = next();
    b[i] = (next() | 1) >>> 0;
  }
  return { k, a, b };
}

/** Word-shingle hashes of a token-hash sequence, distinct and sorted. */
export function shingles(tokenHashes: Uint32Array, size: number): Uint32Array {
  const out = new Uint32Array(Math.max(1, tokenHashes.length));
  return out.slice(0, shinglesInto(tokenHashes, tokenHashes.length, size, out));
}

/**
 * `shingles` of `tokenHashes[0..n)` written to `out` (at least `max(1, n)` long); returns how
 * many there are.
 */
export function shinglesInto(tokenHashes: Uint32Array, n: number, size: number, out: Uint32Array): number {
  if (n === 0) return 0;
  if (n < size) {
    out[0] = hashSequence(tokenHashes, 0, n, size);
    return 1;
  }
  const m = n - size + 1;
  for (let i = 0; i < m; i++) out[i] = hashSequence(tokenHashes, i, i + size, size);
  out.subarray(0, m).sort();
  let w = 0;
  for (let i = 0; i < m; i++) {
    if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i] ?? 0;
  }
  return w;
}

/**
 * Fills `out` with the MinHash signature of `set` minus the hashes in `stop`. When every shingle
 * is a stop shingle, the whole set is used, so such an ad is still compared with its copies.
 */
export function signature(
  set: Uint32Array,
  perms: Permutations,
  stop: ReadonlySet<number> | null,
  out: Uint32Array = new Uint32Array(perms.k),
): Uint32Array {
  const n = set.length;
  if (kept.length < n) kept = new Int32Array(Math.max(n, kept.length * 2));
  let used = 0;
  if (stop !== null && stop.size > 0) {
    for (let s = 0; s < n; s++) {
      const h = set[s] as number;
      if (!stop.has(h)) kept[used++] = h;
    }
  }
  if (used === 0) {
    for (let s = 0; s < n; s++) kept[s] = set[s] as number;
    used = n;
  }
  minHashes(kept, used, perms, out, false);
  return out;
}

/**
 * Folds `hashes` into the signature `out` (each value becomes the smaller of itself and the
 * permuted hashes): the signature of the union of its set and `hashes`.
 */
export function foldMinHashes(hashes: Uint32Array, perms: Permutations, out: Uint32Array): void {
  if (kept.length < hashes.length) kept = new Int32Array(Math.max(hashes.length, kept.length * 2));
  for (let s = 0; s < hashes.length; s++) kept[s] = hashes[s] as number;
  minHashes(kept, hashes.length, perms, out, true);
}

/** Shingles left once stop shingles are out (reused: signatures are computed millions of times). */
let kept = new Int32Array(256);

/**
 * `out[i]` = min over `hashes[0..n)` of πᵢ(h) (and of `out[i]` itself when `fold`), four
 * permutations per pass over the hashes. The minimum is kept with the sign bit flipped, so that
 * a signed comparison orders the unsigned values; an empty set gives 0xffffffff everywhere.
 */
function minHashes(
  hashes: Int32Array,
  n: number,
  perms: Permutations,
  out: Uint32Array,
  fold: boolean,
): void {
  const { k, a, b } = perms;
  if (simdMinHash && k % SIMD_GROUP === 0) {
    simdMinHash.run(hashes, n, a, b, out, fold);
    return;
  }
  // Typed-array reads in these loops are in bounds by construction (`as number` avoids a check).
  let i = 0;
  for (; i + 4 <= k; i += 4) {
    const a0 = (a[i] as number) | 0;
    const b0 = (b[i] as number) | 0;
    const a1 = (a[i + 1] as number) | 0;
    const b1 = (b[i + 1] as number) | 0;
    const a2 = (a[i + 2] as number) | 0;
    const b2 = (b[i + 2] as number) | 0;
    const a3 = (a[i + 3] as number) | 0;
    const b3 = (b[i + 3] as number) | 0;
    let m0 = fold ? (out[i] as number) ^ 0x80000000 : 0x7fffffff;
    let m1 = fold ? (out[i + 1] as number) ^ 0x80000000 : 0x7fffffff;
    let m2 = fold ? (out[i + 2] as number) ^ 0x80000000 : 0x7fffffff;
    let m3 = fold ? (out[i + 3] as number) ^ 0x80000000 : 0x7fffffff;
    for (let s = 0; s < n; s++) {
      const h = hashes[s] as number;
      let v = Math.imul(h ^ a0, b0);
      v = v ^ (v >>> 15) ^ 0x80000000;
      if (v < m0) m0 = v;
      v = Math.imul(h ^ a1, b1);
      v = v ^ (v >>> 15) ^ 0x80000000;
      if (v < m1) m1 = v;
      v = Math.imul(h ^ a2, b2);
      v = v ^ (v >>> 15) ^ 0x80000000;
      if (v < m2) m2 = v;
      v = Math.imul(h ^ a3, b3);
      v = v ^ (v >>> 15) ^ 0x80000000;
      if (v < m3) m3 = v;
    }
    out[i] = (m0 ^ 0x80000000) >>> 0;
    out[i + 1] = (m1 ^ 0x80000000) >>> 0;
    out[i + 2] = (m2 ^ 0x80000000) >>> 0;
    out[i + 3] = (m3 ^ 0x80000000) >>> 0;
  }
  for (; i < k; i++) {
    const ai = (a[i] as number) | 0;
    const bi = (b[i] as number) | 0;
    let m = fold ? (out[i] as number) ^ 0x80000000 : 0x7fffffff;
    for (let s = 0; s < n; s++) {
      let v = Math.imul((hashes[s] as number) ^ ai, bi);
      v = v ^ (v >>> 15) ^ 0x80000000;
      if (v < m) m = v;
    }
    out[i] = (m ^ 0x80000000) >>> 0;
  }
}

/** The share of equal positions of two signatures stored at `i·k` and `j·k`: estimated Jaccard. */
export function estimatedJaccard(
  sa: Uint32Array,
  ia: number,
  sb: Uint32Array,
  ib: number,
  k: number,
): number {
  let equal = 0;
  for (let t = 0; t < k; t++) if (sa[ia + t] === sb[ib + t]) equal++;
  return equal / k;
}

/** Exact Jaccard of two sorted distinct hash sets (used for evaluation and tests). */
export function exactJaccard(x: Uint32Array, y: Uint32Array): number {
  if (x.length === 0 && y.length === 0) return 1;
  let i = 0;
  let j = 0;
  let both = 0;
  while (i < x.length && j < y.length) {
    const u = x[i] ?? 0;
    const v = y[j] ?? 0;
    if (u === v) {
      both++;
      i++;
      j++;
    } else if (u < v) i++;
    else j++;
  }
  return both / (x.length + y.length - both);
}
