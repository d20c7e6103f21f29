import { fmix32, hashSequence } from "./hash.ts";

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
  const n = tokenHashes.length;
  if (n === 0) return new Uint32Array(0);
  if (n < size) return Uint32Array.of(hashSequence(tokenHashes, 0, n, size));
  const out = new Uint32Array(n - size + 1);
  for (let i = 0; i + size <= n; i++) out[i] = hashSequence(tokenHashes, i, i + size, size);
  out.sort();
  let w = 0;
  for (let i = 0; i < out.length; i++) {
    if (i === 0 || out[i] !== out[w - 1]) out[w++] = out[i] ?? 0;
  }
  return out.slice(0, w);
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
  const { k, a, b } = perms;
  out.fill(0xffffffff);
  let used = 0;
  const n = set.length;
  for (let pass = 0; pass < 2 && used === 0; pass++) {
    const skip = pass === 0 && stop !== null && stop.size > 0;
    for (let s = 0; s < n; s++) {
      // Typed-array reads in this loop are in bounds by construction (`as number` avoids a check).
      const h = set[s] as number;
      if (skip && stop.has(h)) continue;
      used++;
      for (let i = 0; i < k; i++) {
        let v = Math.imul(h ^ (a[i] as number), b[i] as number);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < (out[i] as number)) out[i] = v;
      }
    }
    if (stop === null) break;
  }
  return out;
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
