import { describe, expect, it } from "vitest";
import { EMPTY_PREFERENCES, EMPTY_SAFETY, nextSteps, pathwayFor, setFor } from "./intake.ts";

describe("the immediate-safety intake", () => {
  it("takes the child pathway when the person may be a child, or nobody knows", () => {
    expect(pathwayFor({ ...EMPTY_SAFETY, possiblyChild: "yes" })).toBe("child");
    expect(pathwayFor({ ...EMPTY_SAFETY, possiblyChild: "unknown" })).toBe("child");
    expect(pathwayFor({ ...EMPTY_SAFETY, possiblyChild: "no" })).toBe("adult");
    expect(pathwayFor(EMPTY_SAFETY)).toBe("adult");
  });

  it("names the indicator set from pathway and form, or none before the form is chosen", () => {
    expect(setFor("child", "sexual")).toBe("child_sexual");
    expect(setFor("adult", null)).toBeNull();
  });

  it("puts danger and medical need first, and sends a possible child to child protection", () => {
    const steps = nextSteps(
      null,
      { dangerNow: "yes", urgentMedical: "yes", possiblyChild: "unknown", interpreterNeeded: "yes" },
      {
        ...EMPTY_PREFERENCES,
        interviewerGender: "female",
      },
    );
    expect(steps).toEqual([
      "call_emergency_services",
      "urgent_medical_care",
      "child_protection_referral",
      "appoint_guardian",
      "presume_minority",
      "arrange_interpreter",
      "respect_gender_preference",
    ]);
  });
});
