/**
 * MurmurHash3 (x86, 32-bit) written for this package: seeded, allocation-free, and identical
 * in every thread, so worker threads and the main thread hash tokens the same way.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;

/** The murmur3 finaliser: a bijection on 32-bit integers that mixes every input bit. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function mixK(k: number): number {
  k = Math.imul(k, C1);
  k = (k << 15) | (k >>> 17);
  return Math.imul(k, C2);
}

function mixH(h: number, k: number): number {
  h ^= mixK(k);
  h = (h << 13) | (h >>> 19);
  return (Math.imul(h, 5) + 0xe6546b64) | 0;
}

/**
 * Hashes the UTF-16 code units of `text[start, end)`, two units per 32-bit block. Strings that
 * are equal hash equally; the result is an unsigned 32-bit integer.
 */
export function murmur3(text: string, seed = 0, start = 0, end = text.length): number {
  let h = seed | 0;
  let i = start;
  for (; i + 1 < end; i += 2) h = mixH(h, text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16));
  if (i < end) h ^= mixK(text.charCodeAt(i));
  h ^= (end - start) * 2;
  return fmix32(h);
}

/** Hashes a short sequence of 32-bit values (a word shingle from its token hashes). */
export function hashSequence(values: ArrayLike<number>, start: number, end: number, seed = 0): number {
  let h = seed | 0;
  for (let i = start; i < end; i++) h = mixH(h, values[i] ?? 0);
  h ^= (end - start) * 4;
  return fmix32(h);
}

/** `hashSequence` of exactly four values (a band of four rows), without a loop. */
export function hash4(v0: number, v1: number, v2: number, v3: number, seed: number): number {
  let h = seed | 0;
  h = mixH(h, v0);
  h = mixH(h, v1);
  h = mixH(h, v2);
  h = mixH(h, v3);
  h ^= 16;
  return fmix32(h);
}
