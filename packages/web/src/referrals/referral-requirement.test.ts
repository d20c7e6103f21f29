import { describe, expect, it } from "vitest";
import type { Consent } from "../api/types.ts";
import { liveReferralConsent, referralRequirement } from "./referral-requirement.ts";

function consent(overrides: Partial<Consent>): Consent {
  return {
    id: "c",
    con_Consent: true,
    purposes: ["case_management", "referral"],
    givenOn: "2025-01-10",
    recordedBy: null,
    withdrawnOn: null,
    withdrawnBy: null,
    version: 1,
    ...overrides,
  };
}

describe("what a referral rests on", () => {
  it("is the latest given consent that covers referral and is not withdrawn", () => {
    const consents = [
      consent({ id: "old", givenOn: "2024-05-01" }),
      consent({ id: "withdrawn", givenOn: "2025-02-01", withdrawnOn: "2025-02-03" }),
      consent({ id: "refused", givenOn: "2025-03-01", con_Consent: false }),
      consent({ id: "no-referral", givenOn: "2025-03-02", purposes: ["statistics"] }),
      consent({ id: "live", givenOn: "2025-01-10" }),
    ];
    expect(liveReferralConsent(consents)?.id).toBe("live");
    expect(liveReferralConsent(null)).toBeNull();
  });

  it("is the best-interests override for a child without consent, if the role allows it", () => {
    const child = { consents: [], person: { id: "p", version: 1, prs_Birthdate: "2010-06-01" } };
    expect(referralRequirement(child, true, "2025-06-01")).toEqual({
      kind: "childOverride",
      mayOverride: true,
    });
    expect(referralRequirement(child, false, "2025-06-01")).toEqual({
      kind: "childOverride",
      mayOverride: false,
    });
  });

  it("is missing for an adult without consent, or when no birth date says the person is a child", () => {
    const adult = { consents: [], person: { id: "p", version: 1, prs_Birthdate: "1990-06-01" } };
    expect(referralRequirement(adult, true, "2025-06-01").kind).toBe("missing");
    expect(referralRequirement({ consents: [], person: null }, true, "2025-06-01").kind).toBe("missing");
  });
});
