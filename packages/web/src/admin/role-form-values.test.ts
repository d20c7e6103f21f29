import { describe, expect, it } from "vitest";
import type { Role } from "../api/types.ts";
import { toCreateRoleRequest, toRoleFormValues, toUpdateRoleRequest } from "./role-form-values.ts";

const role: Role = {
  id: "r1",
  key: "case_worker",
  name: "Case worker",
  scope: "organisation",
  permissions: ["case.read", "case.write"],
  builtIn: false,
  requiresSecondFactor: true,
  userCount: 2,
  version: 7,
};

describe("role form values", () => {
  it("creates with trimmed key and name", () => {
    const values = {
      ...toRoleFormValues(),
      key: " analyst ",
      name: " Analyst ",
      permissions: ["stats.read"],
    };
    expect(toCreateRoleRequest(values)).toEqual({
      key: "analyst",
      name: "Analyst",
      scope: "organisation",
      permissions: ["stats.read"],
    });
  });

  it("does not send permissions whose order alone changed", () => {
    const values = { ...toRoleFormValues(role), permissions: ["case.write", "case.read"] };
    expect(toUpdateRoleRequest(values, role)).toEqual({ version: 7 });
  });

  it("sends changed scope and permissions with the version", () => {
    const values = { ...toRoleFormValues(role), scope: "own" as const, permissions: ["case.read"] };
    expect(toUpdateRoleRequest(values, role)).toEqual({
      version: 7,
      scope: "own",
      permissions: ["case.read"],
    });
  });

  it("sends only permission keys the contract knows", () => {
    const values = {
      ...toRoleFormValues(),
      key: "analyst",
      name: "Analyst",
      permissions: ["stats.read", "stats.invent"],
    };
    expect(toCreateRoleRequest(values).permissions).toEqual(["stats.read"]);
    expect(
      toUpdateRoleRequest({ ...toRoleFormValues(role), permissions: [...role.permissions, "x.y"] }, role),
    ).toEqual({
      version: 7,
    });
  });
});
