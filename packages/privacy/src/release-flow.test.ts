import { describe, expect, it } from "vitest";
import {
  aggregate,
  applyNoise,
  auditDisclosure,
  categoryIndexer,
  clampedCounts,
  createLedger,
  defineDimension,
  marginalTable,
  openLedger,
  planGeometric,
  publishAll,
  seededRandom,
  suppressSmallCells,
  tableTotal,
} from "./index.ts";

/** The README's release, end to end, through the package index. */
describe("a release through the public API", () => {
  const year = defineDimension("year", ["2023", "2024"]);
  const sex = defineDimension("sex", ["female", "male"]);
  const yearOf = categoryIndexer(year);
  const sexOf = categoryIndexer(sex);
  const victims = Array.from({ length: 400 }, (_, i) => ({
    personId: `p${i % 350}`,
    year: i % 3 === 0 ? "2023" : "2024",
    sex: i % 7 === 0 ? null : i % 4 === 0 ? "male" : "female",
  }));

  it("aggregates, charges the ledger, adds noise, suppresses and passes the audit", () => {
    const { tables } = aggregate(
      victims,
      [
        {
          id: "sex-by-year",
          dimensions: [
            { dimension: year, value: (v) => yearOf(v.year) },
            { dimension: sex, value: (v) => sexOf(v.sex) },
          ],
        },
      ],
      { person: (v) => v.personId, contributionBound: 2 },
    );
    const [table] = tables;
    if (!table) throw new Error("one spec, one table");
    const release = planGeometric(table, {
      id: "2025/sex-by-year",
      at: "2026-01-15T10:00:00Z",
      epsilon: "0.5",
    });
    const ledger = openLedger(createLedger("victims", { epsilon: "2", delta: "1e-6" }));
    expect(ledger.check(release).ok).toBe(true);
    const state = ledger.charge(release);
    expect(state.releases).toEqual([release]);

    const noisy = clampedCounts(applyNoise(table, release, seededRandom("release-flow")));
    const all = publishAll(noisy);
    expect(all.total).toBe(tableTotal(noisy));
    expect(all.margins[0]).toEqual([...marginalTable(noisy, ["year"]).counts]);
    const { published } = suppressSmallCells(noisy, { threshold: 5 });
    const audit = auditDisclosure(published, 5);
    expect([audit.determined, audit.pinned, audit.smallGroups]).toEqual([[], [], []]);
  });
});
