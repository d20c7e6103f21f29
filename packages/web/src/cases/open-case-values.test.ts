import { describe, expect, it } from "vitest";
import { emptyOpenCaseValues, toOpenCaseRequest } from "./open-case-values.ts";

const SCREENING = "7c9e6679-7425-40de-944b-e07fc1f90ae7";

describe("the open-case request", () => {
  it("sends the filled fields, the screening, and no consent unless asked to", () => {
    const values = emptyOpenCaseValues("2025-03-01", SCREENING);
    values.person.prs_FirstName = "Ioana";
    expect(toOpenCaseRequest(values, false)).toEqual({
      person: { prs_FirstName: "Ioana" },
      registeredOn: "2025-03-01",
      screeningId: SCREENING,
    });
  });

  it("records the consent with its purposes, and a refusal as such", () => {
    const values = emptyOpenCaseValues("2025-03-01", null);
    values.recordConsent = true;
    values.consent.purposes = ["referral", "case_management", "gossip"];
    expect(toOpenCaseRequest(values, false).consent).toEqual({
      con_Consent: true,
      purposes: ["case_management", "referral"],
      givenOn: "2025-03-01",
    });
    values.consent.given = "no";
    expect(toOpenCaseRequest(values, false).consent?.con_Consent).toBe(false);
  });

  it("confirms that the matches found are someone else only when told so", () => {
    const values = emptyOpenCaseValues("2025-03-01", null);
    expect(toOpenCaseRequest(values, false)).not.toHaveProperty("confirmNoMatch");
    expect(toOpenCaseRequest(values, true).confirmNoMatch).toBe(true);
  });

  it("sends a victim context only when something of it is known", () => {
    const values = emptyOpenCaseValues("2025-03-01", null);
    expect(toOpenCaseRequest(values, false)).not.toHaveProperty("victim");
    values.victim.vic_TraffickingStatus = "PossibleVictimOfTrafficking";
    expect(toOpenCaseRequest(values, false).victim).toEqual({
      vic_TraffickingStatus: "PossibleVictimOfTrafficking",
    });
  });
});
