import { invalidParameter } from "../errors.ts";

/**
 * Where every random bit comes from. Production code uses `cryptoRandom()` (the platform's
 * Web Crypto CSPRNG); tests and reproducible synthetic data use `seededRandom(seed)`.
 * Releases never record a seed: a known seed would let anyone subtract the noise.
 */
export interface RandomSource {
  /** A uniform integer in [0, 2^32). */
  nextUint32(): number;
}

/** Words fetched per `getRandomValues` call (the API allows at most 65,536 bytes). */
const CRYPTO_BATCH = 4096;

/** The platform CSPRNG (`crypto.getRandomValues`), buffered. */
export function cryptoRandom(): RandomSource {
  const buffer = new Uint32Array(CRYPTO_BATCH);
  let next = CRYPTO_BATCH;
  return {
    nextUint32(): number {
      if (next === CRYPTO_BATCH) {
        crypto.getRandomValues(buffer);
        next = 0;
      }
      // In range by construction of `next`.
      return buffer[next++] ?? 0;
    },
  };
}

const rotl = (x: number, n: number): number => ((x << n) | (x >>> (32 - n))) >>> 0;

/** Murmur3's 32-bit finaliser: spreads every input bit over the output. */
function mix32(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b) >>> 0;
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}

/** Eight key words from the seed's UTF-8 bytes (FNV-1a per lane, then finalised). */
function keyFromSeed(seed: string): Uint32Array {
  const bytes = new TextEncoder().encode(seed);
  const key = new Uint32Array(8);
  for (let lane = 0; lane < 8; lane++) {
    let h = (0x811c9dc5 ^ Math.imul(lane + 1, 0x9e3779b9)) >>> 0;
    for (const byte of bytes) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
    key[lane] = mix32(h ^ bytes.length);
  }
  return key;
}

/**
 * A deterministic stream: ChaCha20 (RFC 8439 block function) keyed from `seed`, counter from 0.
 * Statistically indistinguishable from random, so sampler tests are meaningful; use it for
 * tests and for synthetic data that must be reproducible, never for a release.
 */
export function seededRandom(seed: string | number | bigint): RandomSource {
  return chacha20Random(keyFromSeed(String(seed)), new Uint32Array(4));
}

/**
 * The ChaCha20 keystream as 32-bit words: `key` is 8 words, `counterAndNonce` the last 4
 * state words (block counter first, incremented per 64-byte block with carry into the next).
 */
export function chacha20Random(key: Uint32Array, counterAndNonce: Uint32Array): RandomSource {
  const state = new Uint32Array(16);
  const block = new Uint32Array(16);
  state.set([0x61707865, 0x3320646e, 0x79622d32, 0x6b206574], 0);
  state.set(key.subarray(0, 8), 4);
  state.set(counterAndNonce.subarray(0, 4), 12);
  let next = 16;
  const quarter = (x: Uint32Array, a: number, b: number, c: number, d: number): void => {
    // Indices are 0..15 by construction of the calls below.
    let xa = x[a] ?? 0;
    let xb = x[b] ?? 0;
    let xc = x[c] ?? 0;
    let xd = x[d] ?? 0;
    xa = (xa + xb) >>> 0;
    xd = rotl(xd ^ xa, 16);
    xc = (xc + xd) >>> 0;
    xb = rotl(xb ^ xc, 12);
    xa = (xa + xb) >>> 0;
    xd = rotl(xd ^ xa, 8);
    xc = (xc + xd) >>> 0;
    xb = rotl(xb ^ xc, 7);
    x[a] = xa;
    x[b] = xb;
    x[c] = xc;
    x[d] = xd;
  };
  const refill = (): void => {
    block.set(state);
    for (let round = 0; round < 10; round++) {
      quarter(block, 0, 4, 8, 12);
      quarter(block, 1, 5, 9, 13);
      quarter(block, 2, 6, 10, 14);
      quarter(block, 3, 7, 11, 15);
      quarter(block, 0, 5, 10, 15);
      quarter(block, 1, 6, 11, 12);
      quarter(block, 2, 7, 8, 13);
      quarter(block, 3, 4, 9, 14);
    }
    for (let i = 0; i < 16; i++) block[i] = ((block[i] ?? 0) + (state[i] ?? 0)) >>> 0;
    state[12] = ((state[12] ?? 0) + 1) >>> 0;
    if (state[12] === 0) state[13] = ((state[13] ?? 0) + 1) >>> 0;
    next = 0;
  };
  return {
    nextUint32(): number {
      if (next === 16) refill();
      return block[next++] ?? 0;
    },
  };
}

const TWO_32 = 0x1_0000_0000;

/** A uniform integer in [0, n) for an integer 1 ≤ n ≤ 2^32, by rejection (no modulo bias). */
export function uniformInt(random: RandomSource, n: number): number {
  if (!Number.isInteger(n) || n < 1 || n > TWO_32) {
    throw invalidParameter("n", `must be an integer in [1, 2^32]; got ${n}`);
  }
  if ((n & (n - 1)) === 0 && n < TWO_32) return random.nextUint32() & (n - 1);
  if (n === TWO_32) return random.nextUint32();
  const limit = TWO_32 - (TWO_32 % n);
  for (;;) {
    const x = random.nextUint32();
    if (x < limit) return x % n;
  }
}

/** A uniform bigint in [0, n) for n ≥ 1, by rejection on the fewest whole 32-bit words. */
export function uniformBigInt(random: RandomSource, n: bigint): bigint {
  if (n < 1n) throw invalidParameter("n", `must be at least 1; got ${n}`);
  if (n <= 0x1_0000_0000n) return BigInt(uniformInt(random, Number(n)));
  const bits = (n - 1n).toString(2).length;
  const words = Math.ceil(bits / 32);
  const mask = (1n << BigInt(bits)) - 1n;
  for (;;) {
    let x = 0n;
    for (let i = 0; i < words; i++) x = (x << 32n) | BigInt(random.nextUint32());
    x &= mask;
    if (x < n) return x;
  }
}

/** True with probability num/den exactly (0 ≤ num ≤ den, den ≥ 1). */
export function bernoulliRational(random: RandomSource, num: bigint, den: bigint): boolean {
  if (num <= 0n) return false;
  if (num >= den) return true;
  return uniformBigInt(random, den) < num;
}
