import { HTCDS_FIELDS } from "@ariadne/domain";
import { describe, expect, it } from "vitest";
import {
  HTCDS_CASE_ROW_FIELDS,
  HTCDS_LOOKUP_TARGETS,
  IOM_TEMPLATE_FIELDS,
  matchFieldKey,
  matchFieldLabel,
} from "./case-row.ts";
import { ISO_3166_ALPHA2, isCountryCode } from "./country-codes.ts";

describe("case-row fields", () => {
  it("are every non-deprecated prs_, vic_, cas_ and con_ field, each once", () => {
    const expected = HTCDS_FIELDS.filter(
      (f) => ["prs_", "vic_", "cas_", "con_"].includes(f.prefix) && !f.deprecated,
    ).map((f) => f.key);
    expect([...HTCDS_CASE_ROW_FIELDS].sort()).toEqual([...expected].sort());
    expect(new Set(HTCDS_CASE_ROW_FIELDS).size).toBe(HTCDS_CASE_ROW_FIELDS.length);
  });

  it("start with the IOM template's 38 columns in its order", () => {
    expect(IOM_TEMPLATE_FIELDS).toHaveLength(38);
    expect(HTCDS_CASE_ROW_FIELDS.slice(0, 38)).toEqual(IOM_TEMPLATE_FIELDS);
  });

  it("name every lookup field of the standard with its target", () => {
    const lookups = HTCDS_FIELDS.filter(
      (f) => f.type.startsWith("Lookup") && HTCDS_CASE_ROW_FIELDS.includes(f.key as never),
    ).map((f) => f.key);
    expect(Object.keys(HTCDS_LOOKUP_TARGETS).sort()).toEqual([...lookups].sort());
  });
});

describe("matchFieldKey", () => {
  it("accepts the key misspelt in IOM's template", () => {
    expect(matchFieldKey("vic_TraffickinStatusDecisionMakingOrg")).toEqual({
      ok: true,
      field: "vic_TraffickingStatusDecisionMakingOrg",
    });
  });

  it("ignores case and surrounding spaces", () => {
    expect(matchFieldKey(" PRS_firstname ")).toEqual({ ok: true, field: "prs_FirstName" });
  });

  it("tells deprecated, other-table and unknown keys apart", () => {
    expect(matchFieldKey("vic_Vulnerabilities")).toEqual({ ok: false, reason: "deprecated" });
    expect(matchFieldKey("hte_City")).toEqual({ ok: false, reason: "other_table" });
    expect(matchFieldKey("prs_FristName")).toEqual({ ok: false, reason: "unknown" });
  });
});

describe("matchFieldLabel", () => {
  it("maps a label only one case field carries", () => {
    expect(matchFieldLabel("Reason for Outgoing Referral")).toBe("cas_ReasonForOutgoingReferral");
    expect(matchFieldLabel("reason  for outgoing referral")).toBe("cas_ReasonForOutgoingReferral");
    expect(matchFieldLabel("Something else")).toBeUndefined();
  });
});

describe("country codes", () => {
  it("hold the 249 assigned ISO 3166-1 codes, each a region Intl knows", () => {
    expect(ISO_3166_ALPHA2.size).toBe(249);
    const names = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
    const unknown = [...ISO_3166_ALPHA2].filter((code) => names.of(code) === undefined);
    expect(unknown).toEqual([]);
  });

  it("accept XK and refuse unassigned or reserved codes", () => {
    expect(isCountryCode("XK")).toBe(true);
    expect(isCountryCode("UK")).toBe(false);
    expect(isCountryCode("EU")).toBe(false);
    expect(isCountryCode("ZZ")).toBe(false);
  });
});
