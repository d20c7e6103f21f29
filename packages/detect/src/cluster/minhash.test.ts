import { describe, expect, it } from "vitest";
import { estimatedJaccard, exactJaccard, permutations, shingles, signature } from "./minhash.ts";
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
