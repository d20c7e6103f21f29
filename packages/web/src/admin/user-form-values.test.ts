import { describe, expect, it } from "vitest";
import type { User } from "../api/types.ts";
import { toCreateUserRequest, toUpdateUserRequest, toUserFormValues } from "./user-form-values.ts";

const user: User = {
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
  mfaEnabled: true,
  lockedUntil: null,
  lastLoginAt: null,
  createdAt: "2025-01-01T00:00:00Z",
  version: 4,
  language: "en",
};

const defaults = { organisationId: "org-1", language: "fr" };

describe("user form values", () => {
  it("creates with trimmed text and the chosen language", () => {
    const values = {
      ...toUserFormValues(undefined, defaults),
      email: " ana@example.org ",
      fullName: " Ana Silva ",
      roleId: "r-1",
      password: "a long initial password",
    };
    expect(toCreateUserRequest(values)).toEqual({
      email: "ana@example.org",
      fullName: "Ana Silva",
      organisationId: "org-1",
      roleId: "r-1",
      password: "a long initial password",
      language: "fr",
    });
  });

  it("leaves out a language the server does not offer", () => {
    const values = { ...toUserFormValues(undefined, defaults), roleId: "r-1", language: "pt" };
    expect(toCreateUserRequest(values)).not.toHaveProperty("language");
  });

  it("patches the language only when it changed to a supported one", () => {
    expect(toUpdateUserRequest({ ...toUserFormValues(user, defaults), language: "de" }, user)).toEqual({
      version: 4,
      language: "de",
    });
    const stored = { ...user, language: "pt" };
    expect(toUpdateUserRequest(toUserFormValues(stored, defaults), stored)).toEqual({ version: 4 });
  });
});
