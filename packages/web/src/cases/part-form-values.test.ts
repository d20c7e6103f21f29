import { describe, expect, it } from "vitest";
import {
  chronological,
  toEventFormValues,
  toEventRequest,
  toProceedingFormValues,
  toProceedingRequest,
} from "./part-form-values.ts";

describe("events", () => {
  it("are ordered by date, undated ones last in the order recorded", () => {
    const events = [
      { id: "a", hte_Date: null },
      { id: "b", hte_Date: "2024-10-15" },
      { id: "c", hte_Date: "2024-09-02" },
      { id: "d" },
    ];
    expect(chronological(events).map((e) => e.id)).toEqual(["c", "b", "a", "d"]);
  });

  it("send coordinates as numbers and empty fields as null", () => {
    const request = toEventRequest({ ...toEventFormValues(), hte_Latitude: "44.43", hte_Longitude: 26.1 });
    expect(request.hte_Latitude).toBe(44.43);
    expect(request.hte_Longitude).toBe(26.1);
    expect(request.hte_City).toBeNull();
  });
});

describe("criminal proceedings", () => {
  it("send amounts in cents and the currency in capitals", () => {
    const request = toProceedingRequest({
      ...toProceedingFormValues(),
      stage: "verdict",
      verdict: "convicted",
      compensationAwarded: 1250.5,
      currency: "eur",
      charges: ["forced_labour", "trafficking_in_human_beings"],
    });
    expect(request.compensationAwardedCents).toBe(125050);
    expect(request.compensationClaimedCents).toBeNull();
    expect(request.currency).toBe("EUR");
    expect(request.charges).toEqual(["trafficking_in_human_beings", "forced_labour"]);
  });

  it("read cents back as the currency's units", () => {
    const values = toProceedingFormValues({
      id: "p",
      casePersonId: null,
      stage: "trial",
      investigationOpenedOn: null,
      chargedOn: null,
      charges: [],
      prosecutedOn: null,
      trialStartedOn: "2025-02-01",
      verdict: null,
      verdictOn: null,
      sentenceMonths: null,
      compensationClaimedCents: 500000,
      compensationAwardedCents: null,
      currency: "EUR",
      victimIsWitness: true,
      protectionMeasures: ["video_testimony"],
      notes: null,
      version: 2,
    });
    expect(values.compensationClaimed).toBe(5000);
    expect(values.compensationAwarded).toBe("");
    expect(toProceedingRequest(values).protectionMeasures).toEqual(["video_testimony"]);
  });
});
