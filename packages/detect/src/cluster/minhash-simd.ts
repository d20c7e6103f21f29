/**
 * The MinHash inner loop in WebAssembly SIMD: for each permutation, the minimum over a set of
 * shingle hashes of πᵢ(h) = xorshift(imul(h ⊕ aᵢ, bᵢ)), sixteen permutations per pass (four
 * i32x4 lanes). Same arithmetic as the JavaScript loop in minhash.ts — 32-bit wrapping multiply,
 * logical shift, unsigned minimum — so the same signatures, about four times faster. The module
 * is assembled here from named instructions (no binary blob); where WebAssembly or its SIMD
 * instructions are missing, `simdMinHash` is null and minhash.ts keeps its own loop.
 */

const uleb = (n: number): number[] => {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
};
const sleb = (n: number): number[] => {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
};
const section = (id: number, bytes: number[]): number[] => [id, ...uleb(bytes.length), ...bytes];
const name = (text: string): number[] => [...uleb(text.length), ...Array.from(text, (c) => c.charCodeAt(0))];

// Instructions (https://webassembly.github.io/spec/core/binary/instructions.html).
const get = (i: number) => [0x20, ...uleb(i)];
const set = (i: number) => [0x21, ...uleb(i)];
const tee = (i: number) => [0x22, ...uleb(i)];
const i32Const = (v: number) => [0x41, ...sleb(v)];
const I32_ADD = [0x6a];
const I32_SHL = [0x74];
const I32_LT_U = [0x49];
const I32_EQZ = [0x45];
const I32_LOAD = [0x28, 2, 0];
const simd = (op: number) => [0xfd, ...uleb(op)];
const v128Load = (offset: number) => [...simd(0x00), 4, ...uleb(offset)];
const v128Store = (offset: number) => [...simd(0x0b), 4, ...uleb(offset)];
const I32X4_SPLAT = simd(0x11);
const V128_XOR = simd(0x51);
const I32X4_SHR_U = simd(0xad);
const I32X4_MUL = simd(0xb5);
const I32X4_MIN_U = simd(0xb7);
const BLOCK = [0x02, 0x40];
const LOOP = [0x03, 0x40];
const IF = [0x04, 0x40];
const ELSE = [0x05];
const END = [0x0b];
const brIf = (depth: number) => [0x0d, ...uleb(depth)];
const br = (depth: number) => [0x0c, ...uleb(depth)];

const LANES = 4;
const VECTORS = 4;
/** Permutations per pass over the hashes. */
export const SIMD_GROUP = LANES * VECTORS;

/**
 * minhash(h, n, a, b, out, k, fold): for g in 0, 16, … k − 16, out[g … g+16) = the minima over
 * h[0 … n) (and over out[g …] itself when fold ≠ 0). All arguments are byte offsets or counts.
 */
function minhashModule(): Uint8Array<ArrayBuffer> {
  const P = { h: 0, n: 1, a: 2, b: 3, out: 4, k: 5, fold: 6 };
  const L = { g: 7, s: 8, base: 9, hv: 10, v: 11, a: 12, b: 16, m: 20 };
  const offsetOf = (pointer: number) => [...get(pointer), ...get(L.base), ...I32_ADD];
  const code: number[] = [...i32Const(0), ...set(L.g), ...BLOCK, ...LOOP];
  // while (g < k)
  code.push(...get(L.g), ...get(P.k), ...I32_LT_U, ...I32_EQZ, ...brIf(1));
  code.push(...get(L.g), ...i32Const(2), ...I32_SHL, ...set(L.base));
  for (let v = 0; v < VECTORS; v++) {
    code.push(...offsetOf(P.a), ...v128Load(16 * v), ...set(L.a + v));
    code.push(...offsetOf(P.b), ...v128Load(16 * v), ...set(L.b + v));
  }
  code.push(...get(P.fold), ...IF);
  for (let v = 0; v < VECTORS; v++) code.push(...offsetOf(P.out), ...v128Load(16 * v), ...set(L.m + v));
  code.push(...ELSE);
  for (let v = 0; v < VECTORS; v++) code.push(...i32Const(-1), ...I32X4_SPLAT, ...set(L.m + v));
  code.push(...END);
  // for (s = 0; s < n; s++)
  code.push(...i32Const(0), ...set(L.s), ...BLOCK, ...LOOP);
  code.push(...get(L.s), ...get(P.n), ...I32_LT_U, ...I32_EQZ, ...brIf(1));
  code.push(...get(P.h), ...get(L.s), ...i32Const(2), ...I32_SHL, ...I32_ADD, ...I32_LOAD, ...I32X4_SPLAT);
  code.push(...set(L.hv));
  for (let v = 0; v < VECTORS; v++) {
    // x = (h ^ a) * b; x ^= x >>> 15; m = min_u(m, x)
    code.push(...get(L.hv), ...get(L.a + v), ...V128_XOR, ...get(L.b + v), ...I32X4_MUL, ...tee(L.v));
    code.push(...get(L.v), ...i32Const(15), ...I32X4_SHR_U, ...V128_XOR, ...set(L.v));
    code.push(...get(L.m + v), ...get(L.v), ...I32X4_MIN_U, ...set(L.m + v));
  }
  code.push(...get(L.s), ...i32Const(1), ...I32_ADD, ...set(L.s), ...br(0), ...END, ...END);
  for (let v = 0; v < VECTORS; v++) code.push(...offsetOf(P.out), ...get(L.m + v), ...v128Store(16 * v));
  code.push(...get(L.g), ...i32Const(SIMD_GROUP), ...I32_ADD, ...set(L.g), ...br(0), ...END, ...END, ...END);
  // Local declarations: 3 × i32 (g, s, base), then 2 + 3 × VECTORS × v128 (hv, v, a[], b[], m[]).
  const locals = [...uleb(2), ...uleb(3), 0x7f, ...uleb(2 + 3 * VECTORS), 0x7b];
  const body = [...locals, ...code];
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00,
    ...section(1, [1, 0x60, 7, ...Array<number>(7).fill(0x7f), 0]),
    ...section(3, [1, 0]),
    ...section(5, [1, 0x00, 1]),
    ...section(7, [2, ...name("minhash"), 0x00, 0, ...name("memory"), 0x02, 0]),
    ...section(10, [1, ...uleb(body.length), ...body]),
  ];
  return new Uint8Array(bytes);
}

export interface SimdMinHash {
  /** `out[i]` = min over `hashes[0 … n)` of πᵢ(h) (and of `out[i]` when `fold`); k % 16 = 0. */
  run(hashes: Int32Array, n: number, a: Uint32Array, b: Uint32Array, out: Uint32Array, fold: boolean): void;
}

/** The parts of the WebAssembly API used here (typed locally: not every lib declares it). */
interface WasmApi {
  validate(bytes: Uint8Array): boolean;
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: unknown };
}
interface WasmMemory {
  buffer: ArrayBuffer;
  grow(pages: number): number;
}

function create(): SimdMinHash | null {
  const wasm = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!wasm) return null;
  try {
    const bytes = minhashModule();
    if (!wasm.validate(bytes)) return null;
    const instance = new wasm.Instance(new wasm.Module(bytes));
    const exports = instance.exports as {
      minhash: (h: number, n: number, a: number, b: number, out: number, k: number, fold: number) => void;
      memory: WasmMemory;
    };
    const memory = exports.memory;
    let words = new Uint32Array(memory.buffer);
    let loaded: Uint32Array | undefined;
    return {
      run(hashes, n, a, b, out, fold) {
        const k = a.length;
        // Layout (in 32-bit words): a, b, out, then the hashes.
        const need = (3 * k + n) * 4;
        if (need > memory.buffer.byteLength) {
          memory.grow(Math.ceil((need - memory.buffer.byteLength) / 65536));
          words = new Uint32Array(memory.buffer);
          loaded = undefined;
        }
        if (loaded !== a) {
          words.set(a, 0);
          words.set(b, k);
          loaded = a;
        }
        if (fold) words.set(out, 2 * k);
        words.set(hashes.subarray(0, n), 3 * k);
        exports.minhash(12 * k, n, 0, 4 * k, 8 * k, k, fold ? 1 : 0);
        out.set(words.subarray(2 * k, 3 * k));
      },
    };
  } catch {
    return null;
  }
}

/** The SIMD kernel, or null where this runtime has no WebAssembly SIMD. */
export const simdMinHash: SimdMinHash | null = create();
