import { describe, expect, it } from "vitest";
import { HTCDS_CASE_ROW_FIELDS } from "./case-row.ts";
import { readHtcdsRows } from "./read-rows.ts";
import { syntheticHtcdsRows } from "./synthetic-rows.ts";
import { TODAY } from "./test-support.ts";

describe("syntheticHtcdsRows", () => {
  it("gives the same rows for the same seed and other rows for another", () => {
    expect(syntheticHtcdsRows(20, 11)).toEqual(syntheticHtcdsRows(20, 11));
    expect(syntheticHtcdsRows(20, 11)).not.toEqual(syntheticHtcdsRows(20, 12));
    expect(syntheticHtcdsRows(0, 1)).toEqual([]);
  });

  it("gives rows that pass every check, across all case-row fields", async () => {
    const rows = syntheticHtcdsRows(300, 5);
    const read = await readHtcdsRows(Buffer.from(JSON.stringify(rows)), "json", { today: TODAY });
    expect(read.errors).toEqual([]);
    expect(read.rows).toHaveLength(300);
    const filled = new Set(rows.flatMap((row) => Object.keys(row)));
    expect([...filled].sort()).toEqual([...HTCDS_CASE_ROW_FIELDS].sort());
  });

  it("uses only reserved e-mail domains and fictional telephone ranges", () => {
    for (const row of syntheticHtcdsRows(200, 9)) {
      expect(row.prs_Email).toMatch(/@example\.invalid$/);
      expect(row.prs_MobilePhone).toMatch(/^\+44 7700 900\d{3}$/);
      expect(row.prs_HomePhone).toMatch(/^\+44 20 7946 0\d{3}$/);
    }
  });
});
