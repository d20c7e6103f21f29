import { describe, expect, it } from "vitest";
import { PrivacyError } from "../errors.ts";
import { compare, formatRational, parseRational, rational } from "../numeric/rational.ts";
import { createCountTable, type CountTable } from "../table/count-table.ts";
import { defineDimension } from "../table/dimension.ts";
import {
  checkRelease,
  chargeRelease,
  createLedger,
  ledgerRemaining,
  ledgerSpend,
  openLedger,
  parseLedgerState,
  zcdpToEpsilon,
} from "./ledger.ts";
import { planDiscreteGaussian, planGeometric, planThresholded, type ReleaseRecord } from "./release.ts";

const AT = "2026-02-01T09:30:00Z";
const table: CountTable = createCountTable("sex-year", [defineDimension("sex", ["female", "male"])], {
  counts: [4, 7, 1],
  sensitivity: { l0: 1, linf: 1, l1: 1, l2Squared: 1 },
});
const geometric = (id: string, epsilon: string): ReleaseRecord =>
  planGeometric(table, { id, at: AT, epsilon });

describe("createLedger", () => {
  it("refuses a budget with ε ≤ 0 or δ outside [0, 1), naming which", () => {
    expect(() => createLedger("d", { epsilon: "0", delta: "0" })).toThrow(
      /^budget\.epsilon: must be greater than 0; got 0$/,
    );
    expect(() => createLedger("d", { epsilon: "1", delta: "1" })).toThrow(
      /^budget\.delta: must be at least 0 and below 1; got 1$/,
    );
    expect(() => createLedger("d", { epsilon: "1", delta: "-1/10" })).toThrow(/^budget\.delta:/);
    expect(() => createLedger("", { epsilon: "1", delta: "0" })).toThrow(/^dataset:/);
  });

  it("stores rationals in canonical text so the state is plain JSON", () => {
    expect(createLedger("victims-2025", { epsilon: "0.50", delta: "1e-6" })).toEqual({
      version: 1,
      dataset: "victims-2025",
      budget: { epsilon: "1/2", delta: "1/1000000" },
      releases: [],
    });
  });
});

describe("basic composition", () => {
  it("accepts releases that add up exactly to the budget and refuses the next, however small", () => {
    let state = createLedger("d", { epsilon: "1", delta: "0" });
    for (const id of ["a", "b", "c"]) state = chargeRelease(state, geometric(id, "1/3"));
    expect(formatRational(ledgerSpend(state).epsilon)).toBe("1");
    expect(formatRational(ledgerRemaining(state).epsilon)).toBe("0");
    const verdict = checkRelease(state, geometric("d", "1/1000000000"));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.code).toBe("budget_exceeded");
    expect(verdict.issues).toEqual([
      {
        path: "epsilon",
        message:
          'release "d" would bring ε to 1000000001/1000000000 (≈ 1.000000001), beyond the budget 1 of dataset "d" (0 left)',
      },
    ]);
    expect(() => chargeRelease(state, geometric("d", "1/1000000000"))).toThrow(PrivacyError);
  });

  it("is exact where floating point would refuse: 0.1 + 0.2 fits a budget of 0.3", () => {
    expect(0.1 + 0.2 <= 0.3).toBe(false);
    let state = createLedger("d", { epsilon: "0.3", delta: "0" });
    state = chargeRelease(state, geometric("a", "0.1"));
    expect(checkRelease(state, geometric("b", "0.2")).ok).toBe(true);
  });

  it("adds δ of thresholded releases and refuses past the δ budget", () => {
    let state = createLedger("d", { epsilon: "10", delta: "1e-6" });
    const thresholded = (id: string): ReleaseRecord =>
      planThresholded(table, { id, at: AT, epsilon: "1", delta: "5e-7" });
    state = chargeRelease(state, [thresholded("a"), thresholded("b")]);
    expect(formatRational(ledgerSpend(state).delta)).toBe("1/1000000");
    const verdict = checkRelease(state, thresholded("c"));
    expect(verdict.ok ? [] : verdict.issues.map((i) => i.path)).toEqual(["delta"]);
  });

  it("is pure: charging returns a new state and leaves the old one as it was", () => {
    const before = createLedger("d", { epsilon: "1", delta: "0" });
    const ledger = openLedger(before);
    const after = ledger.charge(geometric("a", "1/2"));
    expect(before.releases).toHaveLength(0);
    expect(after.releases).toHaveLength(1);
    expect(openLedger(after).check(geometric("b", "1/2")).ok).toBe(true);
    expect(formatRational(openLedger(after).remaining().epsilon)).toBe("1/2");
  });

  it("refuses an id already charged and a malformed record, as validation", () => {
    const state = chargeRelease(createLedger("d", { epsilon: "1", delta: "0" }), geometric("a", "1/4"));
    const verdict = checkRelease(state, geometric("a", "1/4"));
    expect(verdict).toEqual({
      ok: false,
      code: "validation_failed",
      issues: [{ path: "release.id", message: '"a" was already charged to dataset "d"' }],
    });
    const bad = { ...geometric("b", "1/4"), epsilon: "-1" } as ReleaseRecord;
    const refused = checkRelease(state, bad);
    expect(refused.ok ? [] : refused.issues).toEqual([
      { path: "release.epsilon", message: "must be greater than 0; got -1" },
    ]);
  });
});

describe("zCDP releases", () => {
  it("converts ρ with a bound that is never below ρ + 2√(ρ ln 1/δ) and close to it", () => {
    for (const [rho, delta] of [
      ["1/100", "1e-6"],
      ["1/2", "1e-9"],
      ["3", "1/100"],
    ] as const) {
      const bound = zcdpToEpsilon(parseRational(rho, "rho"), parseRational(delta, "delta"));
      const r = Number(parseRational(rho, "r").num) / Number(parseRational(rho, "r").den);
      const d = Number(parseRational(delta, "d").num) / Number(parseRational(delta, "d").den);
      const approx = r + 2 * Math.sqrt(r * Math.log(1 / d));
      const value = Number((bound.num * 10n ** 15n) / bound.den) / 1e15;
      expect(value).toBeGreaterThanOrEqual(approx - 1e-12);
      expect(value - approx).toBeLessThan(1e-12);
    }
  });

  it("refuses a Gaussian release on a pure-ε budget", () => {
    const state = createLedger("d", { epsilon: "1", delta: "0" });
    const verdict = checkRelease(state, planDiscreteGaussian(table, { id: "g", at: AT, rho: "1/100" }));
    expect(verdict.ok ? [] : verdict.issues.map((i) => i.path)).toEqual(["budget.delta"]);
  });

  it("composes ρ by addition and converts the sum with the δ left over", () => {
    let state = createLedger("d", { epsilon: "1", delta: "1e-6" });
    const gaussian = (id: string): ReleaseRecord => planDiscreteGaussian(table, { id, at: AT, rho: "1/100" });
    // ρ = 0.01 → ε ≈ 0.01 + 2√(0.01 · 13.8155) ≈ 0.75339; ρ = 0.02 → ≈ 1.0713 > 1.
    state = chargeRelease(state, gaussian("g1"));
    const total = ledgerSpend(state).totalEpsilon;
    expect(total && compare(total, rational(75338n, 100000n))).toBe(1);
    expect(total && compare(total, rational(75339n, 100000n))).toBe(-1);
    const verdict = checkRelease(state, gaussian("g2"));
    expect(verdict.ok ? [] : verdict.issues.map((i) => i.path)).toEqual(["epsilon"]);
    // A pure release still fits beside it while ε lasts.
    expect(checkRelease(state, geometric("p", "0.2")).ok).toBe(true);
    expect(checkRelease(state, geometric("p", "0.25")).ok).toBe(false);
  });

  it("refuses a thresholded release that would use up the δ the Gaussian ones convert with", () => {
    const state = chargeRelease(
      createLedger("d", { epsilon: "100", delta: "1e-6" }),
      planDiscreteGaussian(table, { id: "g", at: AT, rho: "1/100" }),
    );
    const verdict = checkRelease(
      state,
      planThresholded(table, { id: "t", at: AT, epsilon: "1", delta: "1e-6" }),
    );
    expect(verdict.ok ? [] : verdict.issues.map((i) => i.path)).toEqual(["delta"]);
  });
});

describe("parseLedgerState", () => {
  const state = chargeRelease(createLedger("d", { epsilon: "2", delta: "1e-6" }), [
    geometric("a", "1/2"),
    planThresholded(table, { id: "t", at: AT, epsilon: "1/2", delta: "1e-7" }),
    planDiscreteGaussian(table, { id: "g", at: AT, sigmaSquared: "50" }),
  ]);

  it("round-trips through JSON", () => {
    const parsed = parseLedgerState(JSON.parse(JSON.stringify(state)));
    expect(parsed).toEqual({ ok: true, value: state });
  });

  it("refuses a tampered threshold, ρ, version or budget", () => {
    const json = JSON.parse(JSON.stringify(state)) as {
      releases: Record<string, unknown>[];
      version: number;
    };
    const tamper = (index: number, field: string, value: unknown): unknown => ({
      ...json,
      releases: json.releases.map((r, i) => (i === index ? { ...r, [field]: value } : r)),
    });
    const paths = (input: unknown): string[] => {
      const result = parseLedgerState(input);
      return result.ok ? [] : result.issues.map((i) => i.path);
    };
    expect(paths(tamper(1, "threshold", 1))).toEqual(["releases[1].threshold"]);
    expect(paths(tamper(2, "rho", "1/1000000"))).toEqual(["releases[2].rho"]);
    expect(paths(tamper(0, "epsilon", 5))).toEqual(["releases[0].epsilon"]);
    expect(paths({ ...json, version: 2 })).toEqual(["version"]);
    expect(paths({ ...json, budget: { epsilon: "1", delta: "0" } })).not.toEqual([]);
    expect(paths(null)).toEqual([""]);
  });
});
