import { describe, expect, it } from "vitest";
import { rationals } from "@ariadne/privacy";
import { DP_TABLE_WEIGHTS, splitEpsilon, TABLE_IDS } from "./tables.ts";

const COUNTRY_TABLES = ["victims.citizenship", "victims.exploitation_country"];

describe("splitEpsilon: a DP release's ε over its tables", () => {
  it.each(["1", "3", "0.5", "1/3", "2.75", "4/7"])(
    "gives shares that sum to exactly ε = %s, the country tables the larger ones",
    (text) => {
      const total = rationals.parseRational(text, "epsilon");
      const shares = splitEpsilon(total, TABLE_IDS);
      expect(shares.map((s) => s.id)).toEqual(TABLE_IDS);
      expect(rationals.equals(rationals.sum(shares.map((s) => s.epsilon)), total)).toBe(true);
      const country = shares.filter((s) => COUNTRY_TABLES.includes(s.id));
      const others = shares.filter((s) => !COUNTRY_TABLES.includes(s.id));
      expect(country).toHaveLength(2);
      expect(others).toHaveLength(TABLE_IDS.length - 2);
      for (const c of country)
        for (const o of others) expect(rationals.compare(c.epsilon, o.epsilon), `${c.id} > ${o.id}`).toBe(1);
    },
  );

  it("is the documented weighting: 4/19 for each country table and 1/19 for the eleven others", () => {
    expect(TABLE_IDS).toHaveLength(13);
    const shares = splitEpsilon(rationals.ONE, TABLE_IDS);
    const byId = Object.fromEntries(shares.map((s) => [s.id, rationals.formatRational(s.epsilon)]));
    for (const id of COUNTRY_TABLES) expect(byId[id]).toBe("4/19");
    expect(byId["victims.sex"]).toBe("1/19");
    expect(Object.keys(DP_TABLE_WEIGHTS).sort()).toEqual([...COUNTRY_TABLES].sort());
    // Deterministic: the same tables, the same shares.
    expect(splitEpsilon(rationals.ONE, TABLE_IDS)).toEqual(shares);
  });

  it("still sums to ε when only some tables are released", () => {
    const total = rationals.parseRational("2", "epsilon");
    const shares = splitEpsilon(total, ["victims.sex", "victims.citizenship"]);
    expect(shares.map((s) => rationals.formatRational(s.epsilon))).toEqual(["2/5", "8/5"]);
    expect(splitEpsilon(total, [])).toEqual([]);
  });
});
