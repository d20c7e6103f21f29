import { afterEach, describe, expect, it } from "vitest";
import type { SessionView } from "../api/types.ts";
import { clearSession, getSessionState, recordActivity, storeSession } from "./session-store.ts";

function buildSession(overrides: Partial<SessionView> = {}): SessionView {
  return {
    stage: "active",
    user: {
      id: "u1",
      email: "ana@example.org",
      fullName: "Ana Example",
      organisationId: "o1",
      organisationName: "Safe Harbour",
      roleKey: "case_worker",
      roleName: "Case worker",
      scope: "organisation",
      permissions: ["case.read"],
      mfaEnabled: true,
      language: "en",
    },
    csrfToken: "csrf",
    idleExpiresAt: "2025-01-01T10:15:00.000Z",
    absoluteExpiresAt: "2025-01-01T18:00:00.000Z",
    idleTimeoutSeconds: 900,
    ...overrides,
  };
}

function deadlines() {
  const state = getSessionState();
  if (state.status !== "signed-in") throw new Error("expected a session");
  return { idle: state.idleDeadline, absolute: state.absoluteDeadline };
}

describe("session store", () => {
  afterEach(() => {
    clearSession();
  });

  it("moves the server's deadlines onto the client's clock", () => {
    // The server's "now" was 10:00; the client's clock reads 10:02 when the answer arrives.
    const receivedAt = Date.parse("2025-01-01T10:02:00.000Z");
    storeSession(buildSession(), receivedAt);
    expect(deadlines()).toEqual({
      idle: Date.parse("2025-01-01T10:17:00.000Z"),
      absolute: Date.parse("2025-01-01T18:02:00.000Z"),
    });
  });

  it("slides the idle deadline on activity, never past the absolute end", () => {
    const receivedAt = Date.parse("2025-01-01T10:00:00.000Z");
    storeSession(buildSession(), receivedAt);
    recordActivity(Date.parse("2025-01-01T10:05:00.000Z"));
    expect(deadlines().idle).toBe(Date.parse("2025-01-01T10:20:00.000Z"));
    recordActivity(Date.parse("2025-01-01T17:55:00.000Z"));
    expect(deadlines().idle).toBe(Date.parse("2025-01-01T18:00:00.000Z"));
  });

  it("ignores activity when nobody is signed in", () => {
    clearSession();
    recordActivity();
    expect(getSessionState()).toEqual({ status: "anonymous" });
  });
});
