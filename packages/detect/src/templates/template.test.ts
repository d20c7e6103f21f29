import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chooseSample, TEMPLATE_SAMPLE } from "./template.ts";

/** The medoid by summed pairwise similarities in floating point, member by member. */
function referenceMedoid(members: number[], rows: Map<number, Uint32Array>, k: number): number {
  const sample: number[] = [];
  const step = Math.max(1, members.length / TEMPLATE_SAMPLE);
  for (let x = 0; x < members.length && sample.length < TEMPLATE_SAMPLE; x += step) {
    const m = members[Math.floor(x)] ?? 0;
    if (sample[sample.length - 1] !== m) sample.push(m);
  }
  let medoid = sample[0] ?? 0;
  let best = -1;
  for (const a of sample) {
    let sum = 0;
    for (const b of sample) {
      if (a === b) continue;
      let equal = 0;
      for (let t = 0; t < k; t++) if (rows.get(a)?.[t] === rows.get(b)?.[t]) equal++;
      sum += equal / k;
    }
    if (sum > best) {
      best = sum;
      medoid = a;
    }
  }
  return medoid;
}

describe("template sample", () => {
  it("picks the medoid that summed pairwise similarities pick", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.constantFrom(128, 64, 100),
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (size, k, values, seed) => {
          // Few distinct values per position, so that members share many and ties happen.
          let state = seed >>> 0;
          const next = () => {
            state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
            return state;
          };
          const members = Array.from({ length: size }, (_, i) => i * 3 + 1);
          const rows = new Map(
            members.map((m) => [m, Uint32Array.from({ length: k }, () => next() % values)] as const),
          );
          const { sample, medoid } = chooseSample(members, (a) => rows.get(a) ?? new Uint32Array(k));
          expect(sample.length).toBe(Math.min(size, TEMPLATE_SAMPLE));
          expect(members[medoid]).toBe(referenceMedoid(members, rows, k));
        },
      ),
      { numRuns: 200 },
    );
  });
});
