import { describe, expect, it } from "vitest";
import type { User } from "../api/types.ts";
import { isLocked, userMenuActions } from "./user-menu-actions.ts";

const NOW = Date.parse("2025-06-01T12:00:00Z");

function buildUser(overrides: Partial<User> = {}): User {
  return {
    id: "u-1",
    email: "ana@example.org",
    fullName: "Ana Silva",
    organisationId: "org-1",
    organisationName: "Safe Harbour",
    roleId: "r-1",
    roleKey: "case_worker",
    roleName: "Case worker",
    scope: "organisation",
    active: true,
    mfaEnabled: false,
    lockedUntil: null,
    lastLoginAt: null,
    createdAt: "2025-01-01T00:00:00Z",
    version: 1,
    language: "en",
    ...overrides,
  };
}

const context = { now: NOW, sessionUserId: "admin-1" };

describe("userMenuActions", () => {
  it("offers deactivation and a password reset for an active user", () => {
    expect(userMenuActions(buildUser(), context)).toEqual(["deactivate", "resetPassword"]);
  });

  it("offers reactivation instead of deactivation for an inactive user", () => {
    expect(userMenuActions(buildUser({ active: false }), context)).toEqual(["reactivate", "resetPassword"]);
  });

  it("does not offer administrators a reset of their own password", () => {
    expect(userMenuActions(buildUser({ id: "admin-1" }), context)).not.toContain("resetPassword");
  });

  it("offers a second-factor reset only to users who have one, and unlocking only while locked", () => {
    const user = buildUser({ mfaEnabled: true, lockedUntil: "2025-06-01T12:05:00Z" });
    expect(userMenuActions(user, context)).toEqual([
      "deactivate",
      "resetPassword",
      "resetSecondFactor",
      "unlock",
    ]);
  });
});

describe("isLocked", () => {
  it("treats a lock that has run out as no lock", () => {
    expect(isLocked(buildUser({ lockedUntil: "2025-06-01T11:59:00Z" }), NOW)).toBe(false);
    expect(isLocked(buildUser({ lockedUntil: "2025-06-01T12:01:00Z" }), NOW)).toBe(true);
  });
});
