import { type TableSpec } from "@ariadne/privacy";

/**
 * The obvious way to write the same aggregation: string keys built per record and table,
 * a Map of counts, and per person a Map of the cell keys already counted. Same semantics
 * as `aggregate` (once per cell, first C cells per person), for comparison only.
 */
export function naiveAggregate(
  n: number,
  specs: readonly TableSpec<number>[],
  person: (i: number) => number,
  bound: number,
): Map<string, number>[] {
  const counts = specs.map(() => new Map<string, number>());
  const taken = specs.map(() => new Map<number, string[]>());
  for (let i = 0; i < n; i++) {
    const who = person(i);
    specs.forEach((spec, t) => {
      let keys = [""];
      for (const { dimension, value } of spec.dimensions) {
        const raw = value(i);
        const list =
          typeof raw === "number" || raw === null || raw === undefined
            ? [raw ?? -1]
            : raw.length > 0
              ? raw
              : [-1];
        const labels = list.map((v) => (v === -1 ? "unknown" : (dimension.categories[v] ?? "?")));
        keys = keys.flatMap((k) => labels.map((l) => (k === "" ? l : `${k}|${l}`)));
      }
      const tableCounts = counts[t];
      const tableTaken = taken[t];
      if (!tableCounts || !tableTaken) return;
      const mine = tableTaken.get(who) ?? [];
      for (const key of keys) {
        if (mine.includes(key) || mine.length >= bound) continue;
        mine.push(key);
        tableCounts.set(key, (tableCounts.get(key) ?? 0) + 1);
      }
      tableTaken.set(who, mine);
    });
  }
  return counts;
}

/**
 * Laplace noise the textbook way: inverse CDF on Math.random() in floating point, rounded.
 * Not differentially private as implemented (Mironov 2012); here only as a speed baseline.
 */
export function floatLaplace(scale: number): number {
  const u = Math.random() - 0.5;
  return Math.round(-scale * Math.sign(u) * Math.log(1 - 2 * Math.abs(u)));
}
