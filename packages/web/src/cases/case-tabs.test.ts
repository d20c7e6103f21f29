import { describe, expect, it } from "vitest";
import type { SessionView } from "../api/types.ts";
import { CASE_PARTS } from "../api/protect-vocabulary.ts";
import { canWriteCase, CASE_TABS, visibleCaseTabs } from "./case-tabs.ts";

function session(permissions: string[]): SessionView {
  return {
    stage: "active",
    user: {
      id: "0b5f3a1e-1111-4c55-9d1f-0d6c1b8b2c11",
      email: "worker@example.org",
      fullName: "Worker Example",
      organisationId: "0b5f3a1e-2222-4c55-9d1f-0d6c1b8b2c11",
      organisationName: "Example",
      roleKey: "case_worker",
      roleName: "Case worker",
      scope: "organisation",
      permissions,
      mfaEnabled: true,
      language: "en",
    },
    csrfToken: "x",
    idleExpiresAt: "2025-01-01T00:00:00Z",
    absoluteExpiresAt: "2025-01-01T00:00:00Z",
    idleTimeoutSeconds: 900,
  };
}

const worker = session(["case.read", "case.write", "referral.create"]);

describe("the tabs of a case", () => {
  it("shows the holder every tab", () => {
    expect(visibleCaseTabs({ parts: [...CASE_PARTS], via: "scope" }, worker)).toEqual([...CASE_TABS]);
  });

  it("hides the referrals tab from a holder who may not refer", () => {
    const reader = session(["case.read"]);
    expect(visibleCaseTabs({ parts: [...CASE_PARTS], via: "scope" }, reader)).not.toContain("referrals");
  });

  it("shows a referral's recipient exactly the tabs of the parts shared", () => {
    expect(visibleCaseTabs({ parts: ["identity", "victim"], via: "grant" }, worker)).toEqual([
      "person",
      "victim",
    ]);
    expect(visibleCaseTabs({ parts: ["contact", "tasks"], via: "grant" }, worker)).toEqual([
      "person",
      "tasks",
    ]);
    expect(visibleCaseTabs({ parts: [], via: "grant" }, worker)).toEqual([]);
  });

  it("lets only the holding organisation change the case", () => {
    expect(canWriteCase({ via: "scope" }, worker)).toBe(true);
    expect(canWriteCase({ via: "grant" }, worker)).toBe(false);
    expect(canWriteCase({ via: "scope" }, session(["case.read"]))).toBe(false);
  });
});
