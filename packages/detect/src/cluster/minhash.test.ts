import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  estimatedJaccard,
  exactJaccard,
  foldMinHashes,
  permutations,
  shingles,
  shinglesInto,
  signature,
  type Permutations,
} from "./minhash.ts";
import { sortPairs } from "./radix.ts";
import { DocumentFrequency } from "./doc-frequency.ts";
import { UnionFind } from "./union-find.ts";

function setWithOverlap(shared: number, own: number, seed: number): Uint32Array {
  const out: number[] = [];
  for (let i = 0; i < shared; i++) out.push((i * 2654435761) >>> 0);
  for (let i = 0; i < own; i++) out.push(((seed + 1) * 1000003 + i * 40503) >>> 0);
  return Uint32Array.from(new Set(out)).sort();
}

describe("MinHash", () => {
  const perms = permutations(128);

  it("estimates Jaccard similarity within a few points", () => {
    for (const [shared, own] of [
      [90, 10],
      [60, 40],
      [30, 70],
      [10, 90],
    ] as const) {
      const a = setWithOverlap(shared, own, 1);
      const b = setWithOverlap(shared, own, 2);
      const exact = exactJaccard(a, b);
      const estimate = estimatedJaccard(signature(a, perms, null), 0, signature(b, perms, null), 0, 128);
      expect(Math.abs(estimate - exact), `J=${exact}`).toBeLessThan(0.12);
    }
  });

  it("leaves stop shingles out, unless nothing else is left", () => {
    const set = Uint32Array.of(1, 2, 3);
    const without = signature(set, perms, new Set([3]));
    expect(Array.from(without)).toEqual(Array.from(signature(Uint32Array.of(1, 2), perms, null)));
    expect(Array.from(signature(set, perms, new Set([1, 2, 3])))).toEqual(
      Array.from(signature(set, perms, null)),
    );
  });

  /** The definition, one shingle and one permutation at a time. */
  function reference(set: Uint32Array, p: Permutations, stop: ReadonlySet<number> | null): number[] {
    const kept = Array.from(set).filter((h) => !stop?.has(h));
    const used = kept.length > 0 ? kept : Array.from(set);
    return Array.from({ length: p.k }, (_, i) => {
      let min = 0xffffffff;
      for (const h of used) {
        let v = Math.imul(h ^ (p.a[i] ?? 0), p.b[i] ?? 0);
        v = (v ^ (v >>> 15)) >>> 0;
        if (v < min) min = v;
      }
      return min;
    });
  }

  it("computes the signature of the definition, with or without stop shingles", () => {
    const odd = permutations(7);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 0xffffffff }), { maxLength: 60 }),
        fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 10 }),
        fc.boolean(),
        (values, extra, useStop) => {
          const set = Uint32Array.from(values).sort();
          const stop = useStop ? new Set([...values.filter((_, i) => i % 3 === 0), ...extra]) : null;
          expect(Array.from(signature(set, perms, stop))).toEqual(reference(set, perms, stop));
          expect(Array.from(signature(set, odd, stop))).toEqual(reference(set, odd, stop));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("folds more shingles into a signature: the signature of the union", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.nat({ max: 0xffffffff }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 39 }),
        (values, cut) => {
          const all = Uint32Array.from(values).sort();
          const first = Uint32Array.from(values.slice(0, cut)).sort();
          const rest = Uint32Array.from(values.slice(cut));
          if (first.length === 0) return;
          const sig = signature(first, perms, null);
          foldMinHashes(rest, perms, sig);
          expect(Array.from(sig)).toEqual(Array.from(signature(all, perms, null)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("writes shingles into a given array as `shingles` returns them", () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 20 }), { maxLength: 50 }),
        fc.integer({ min: 1, max: 4 }),
        (t, size) => {
          const tokens = Uint32Array.from(t);
          const out = new Uint32Array(Math.max(1, tokens.length));
          const n = shinglesInto(tokens, tokens.length, size, out);
          expect(Array.from(out.subarray(0, n))).toEqual(Array.from(shingles(tokens, size)));
        },
      ),
      { numRuns: 100 },
    );
  });

  it("makes sorted distinct word shingles", () => {
    const s = shingles(Uint32Array.of(5, 6, 5, 6, 5), 2);
    expect(s.length).toBe(2);
    expect(shingles(Uint32Array.of(7), 2).length).toBe(1);
    expect(shingles(new Uint32Array(0), 2).length).toBe(0);
  });
});

describe("building blocks", () => {
  it("radix-sorts pairs stably by key", () => {
    const { keys, values } = sortPairs(
      Uint32Array.of(3, 0x10000, 1, 3, 0xffffffff),
      Int32Array.of(0, 1, 2, 3, 4),
    );
    expect(Array.from(keys)).toEqual([1, 3, 3, 0x10000, 0xffffffff]);
    expect(Array.from(values)).toEqual([2, 0, 3, 1, 4]);
  });

  it("counts document frequencies exactly and lists shingles above a threshold", () => {
    const df = new DocumentFrequency(2, 4);
    for (let d = 0; d < 10; d++) df.addDocument(Uint32Array.of(0, 7, 100 + d));
    expect(df.count(7)).toBe(10);
    expect(df.count(0)).toBe(10);
    expect(df.count(105)).toBe(1);
    expect(Array.from(df.above(5))).toEqual([0, 7]);
  });

  it("keeps component members in a ring and can reset them", () => {
    const uf = new UnionFind();
    for (let i = 0; i < 5; i++) uf.add();
    uf.union(0, 1);
    uf.union(3, 1);
    expect(uf.members(0).sort()).toEqual([0, 1, 3]);
    uf.reset(uf.members(0));
    expect(uf.find(3)).toBe(3);
    expect(uf.members(1)).toEqual([1]);
  });
});

describe("MinHash in WebAssembly SIMD", () => {
  it("gives the signatures and folds of the JavaScript loop", async () => {
    const { simdMinHash } = await import("./minhash-simd.ts");
    if (!simdMinHash) return; // A runtime without WebAssembly SIMD uses the JavaScript loop only.
    const perms = permutations(128);
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 80 }),
        fc.array(fc.nat({ max: 0xffffffff }), { maxLength: 8 }),
        (values, extra) => {
          const hashes = Int32Array.from(values);
          const out = new Uint32Array(128);
          simdMinHash.run(hashes, hashes.length, perms.a, perms.b, out, false);
          const expected = Array.from({ length: 128 }, (_, i) => {
            let min = 0xffffffff;
            for (const h of values) {
              let v = Math.imul(h ^ (perms.a[i] ?? 0), perms.b[i] ?? 0);
              v = (v ^ (v >>> 15)) >>> 0;
              if (v < min) min = v;
            }
            return min;
          });
          expect(Array.from(out)).toEqual(expected);
          simdMinHash.run(Int32Array.from(extra), extra.length, perms.a, perms.b, out, true);
          const folded = expected.map((m, i) => {
            for (const h of extra) {
              let v = Math.imul(h ^ (perms.a[i] ?? 0), perms.b[i] ?? 0);
              v = (v ^ (v >>> 15)) >>> 0;
              if (v < m) m = v;
            }
            return m;
          });
          expect(Array.from(out)).toEqual(folded);
        },
      ),
      { numRuns: 200 },
    );
  });
});
