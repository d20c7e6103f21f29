import { describe, expect, it } from "vitest";
import {
  bernoulliRational,
  chacha20Random,
  cryptoRandom,
  seededRandom,
  uniformBigInt,
  uniformInt,
} from "./random-source.ts";

describe("seededRandom", () => {
  it("is deterministic per seed and differs between seeds", () => {
    const a = seededRandom("ariadne");
    const b = seededRandom("ariadne");
    const c = seededRandom("ariadne2");
    const first = Array.from({ length: 40 }, () => a.nextUint32());
    expect(Array.from({ length: 40 }, () => b.nextUint32())).toEqual(first);
    expect(Array.from({ length: 40 }, () => c.nextUint32())).not.toEqual(first);
  });

  it("produces words with balanced bits", () => {
    const random = seededRandom(7);
    const ones = new Array<number>(32).fill(0);
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const x = random.nextUint32();
      for (let bit = 0; bit < 32; bit++) if ((x >>> bit) & 1) ones[bit] = (ones[bit] ?? 0) + 1;
    }
    // Each bit is Binomial(n, 1/2): sd ≈ 158; 6 sd is a wide, deterministic margin.
    for (const count of ones) expect(Math.abs(count - n / 2)).toBeLessThan(6 * Math.sqrt(n / 4));
  });
});

describe("uniform integers", () => {
  it("covers [0, n) evenly, including sizes that are not powers of two", () => {
    const random = seededRandom("uniform");
    for (const n of [1, 2, 3, 7, 10]) {
      const counts = new Array<number>(n).fill(0);
      const draws = 20_000 * n;
      for (let i = 0; i < draws; i++) {
        const x = uniformInt(random, n);
        counts[x] = (counts[x] ?? 0) + 1;
      }
      for (const c of counts) expect(Math.abs(c - 20_000)).toBeLessThan(6 * Math.sqrt(20_000));
    }
  });

  it("draws bigints below bounds wider than 32 bits", () => {
    const random = seededRandom("big");
    const n = (1n << 70n) + 12345n;
    let high = 0;
    for (let i = 0; i < 2000; i++) {
      const x = uniformBigInt(random, n);
      expect(x >= 0n && x < n).toBe(true);
      if (x >= n / 2n) high++;
    }
    expect(Math.abs(high - 1000)).toBeLessThan(6 * Math.sqrt(500));
  });

  it("refuses an empty range", () => {
    expect(() => uniformInt(seededRandom(1), 0)).toThrow(/^n: must be an integer/);
    expect(() => uniformBigInt(seededRandom(1), 0n)).toThrow(/^n: must be at least 1/);
  });

  it("returns Bernoulli(num/den) with certainty at the edges", () => {
    const random = seededRandom(3);
    expect(bernoulliRational(random, 0n, 5n)).toBe(false);
    expect(bernoulliRational(random, 5n, 5n)).toBe(true);
  });
});

describe("cryptoRandom", () => {
  it("draws from the platform CSPRNG across buffer refills", () => {
    const random = cryptoRandom();
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(random.nextUint32());
    expect(seen.size).toBeGreaterThan(9_990);
  });
});

describe("chacha20Random", () => {
  it("matches the RFC 8439 §2.3.2 block test vector", () => {
    const key = new Uint32Array(8);
    const view = new DataView(key.buffer);
    for (let i = 0; i < 32; i++) view.setUint8(i, i);
    // Counter 1, nonce 00:00:00:09:00:00:00:4a:00:00:00:00 read as little-endian words.
    const stream = chacha20Random(key, Uint32Array.of(1, 0x09000000, 0x4a000000, 0));
    const words = Array.from({ length: 16 }, () => stream.nextUint32());
    expect(words.map((w) => w.toString(16).padStart(8, "0"))).toEqual([
      "e4e7f110",
      "15593bd1",
      "1fdd0f50",
      "c47120a3",
      "c7f4d1c7",
      "0368c033",
      "9aaa2204",
      "4e6cd4c3",
      "466482d2",
      "09aa9f07",
      "05d7c214",
      "a2028bd9",
      "d19c12b5",
      "b94e16de",
      "e883d0cb",
      "4e3c50a2",
    ]);
  });
});
