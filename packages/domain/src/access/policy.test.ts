import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS, type Permission } from "./permissions.ts";
import { can, scopeFilter, SYSTEM, type Actor, type Resource } from "./policy.ts";
import { BUILT_IN_ROLES, type BuiltInRoleKey } from "./roles.ts";

const actorFor = (key: BuiltInRoleKey, overrides: Partial<Actor> = {}): Actor => {
  const role = BUILT_IN_ROLES.find((r) => r.key === key);
  if (!role) throw new Error(key);
  return {
    userId: "u-1",
    organisationId: "org-1",
    active: true,
    scope: role.scope,
    permissions: new Set<Permission>(role.permissions),
    grants: [],
    ...overrides,
  };
};

/**
 * The role × permission matrix, written out by hand: a change to a built-in role must change
 * this table too, on purpose. `x` = allowed on the system resource.
 */
const MATRIX: Record<BuiltInRoleKey, string> = {
  //                organisation.read/manage user.read/manage role audit token demo screening.c/r/conf case.r/w/exchange nrm service retention referral.c/respond/override online.i/r/rev stats.r/exact/pub prevent
  administrator: "x x x x x x x x . . x . . . x x x . . . . . . . . . .",
  case_worker: "x . . . . . x . x x . x x x . x . x x . . . . x . . .",
  first_responder: "x . . . . . . . x x . . . . . . . . . . . . . . . . .",
  analyst: "x . . . . . x . . . . . . . . . . . . . x x x . . . .",
  statistician: "x . . . . . . . . . . . . . . . . . . . . . . x x x .",
  auditor: "x . x . . x . . . . . . . . . . . . . . . . . . . . .",
  partner: "x . . . . . . . . . . x . . . . . . . . . . . . . . .",
};

describe("the role × permission matrix", () => {
  it("lists every permission once, in catalogue order", () => {
    expect(ALL_PERMISSIONS).toHaveLength(27);
  });

  for (const role of BUILT_IN_ROLES) {
    const expected = MATRIX[role.key].split(" ");
    it.each(ALL_PERMISSIONS.map((p, i) => [p, expected[i] === "x"] as const))(
      `${role.key}: %s → %s`,
      (permission, allowed) => {
        expect(can(actorFor(role.key), permission, SYSTEM).allow).toBe(allowed);
      },
    );
  }
});

const record = (over: Partial<Extract<Resource, { kind: "record" }>> = {}): Resource => ({
  kind: "record",
  type: "case",
  id: "case-1",
  organisationId: "org-1",
  ownerId: "u-1",
  ...over,
});

describe("can", () => {
  it("refuses everything to a deactivated account, whatever its role", () => {
    const actor = actorFor("administrator", { active: false });
    for (const p of ALL_PERMISSIONS)
      expect(can(actor, p, SYSTEM)).toEqual({ allow: false, reason: "the account is deactivated" });
  });

  it("lets organisation scope reach its own organisation's records and no others", () => {
    const worker = actorFor("case_worker");
    expect(can(worker, "case.read", record()).allow).toBe(true);
    const other = can(worker, "case.read", record({ organisationId: "org-2", ownerId: "u-9" }));
    expect(other).toEqual({ allow: false, reason: "the case is outside the role's organisation scope" });
  });

  it("lets own scope reach only records the actor owns", () => {
    const responder = actorFor("first_responder");
    expect(can(responder, "screening.read", record({ type: "screening", ownerId: "u-1" })).allow).toBe(true);
    expect(can(responder, "screening.read", record({ type: "screening", ownerId: "u-2" })).allow).toBe(false);
  });

  it("treats a record without an organisation as outside organisation scope", () => {
    expect(can(actorFor("case_worker"), "case.read", record({ organisationId: null })).allow).toBe(false);
  });

  it("lets a per-record grant open exactly that record, for exactly the granted permissions and parts", () => {
    const partner = actorFor("partner", {
      grants: [
        { resourceType: "case", resourceId: "case-7", permissions: ["case.read"], parts: ["support_plan"] },
      ],
    });
    const granted = record({ id: "case-7", organisationId: "org-2", ownerId: "u-9" });
    expect(can(partner, "case.read", granted)).toEqual({
      allow: true,
      via: "grant",
      parts: ["support_plan"],
    });
    expect(can(partner, "case.write", granted).allow).toBe(false);
    expect(
      can(partner, "case.read", record({ id: "case-8", organisationId: "org-2", ownerId: "u-9" })).allow,
    ).toBe(false);
  });

  it("names the missing permission when refusing", () => {
    expect(can(actorFor("analyst"), "case.read", SYSTEM)).toEqual({
      allow: false,
      reason: "the role lacks the permission case.read",
    });
  });

  it("never allows what neither the role nor a grant gives (property)", () => {
    fc.assert(
      fc.property(
        fc.subarray([...ALL_PERMISSIONS]),
        fc.constantFrom("own" as const, "organisation" as const, "all" as const),
        fc.constantFrom(...ALL_PERMISSIONS),
        fc.boolean(),
        (held, scope, asked, sameOrg) => {
          const actor: Actor = {
            userId: "u",
            organisationId: "o",
            active: true,
            scope,
            permissions: new Set(held),
            grants: [],
          };
          const decision = can(actor, asked, record({ organisationId: sameOrg ? "o" : "p", ownerId: "x" }));
          if (!held.includes(asked)) expect(decision.allow).toBe(false);
        },
      ),
    );
  });
});

describe("scopeFilter", () => {
  it("matches can: all, organisation, own, grants only, or nothing", () => {
    expect(scopeFilter(actorFor("auditor"), "user.read", "user")).toEqual({ all: true });
    expect(scopeFilter(actorFor("case_worker"), "case.read", "case")).toEqual({
      organisationId: "org-1",
      grantedIds: [],
    });
    expect(scopeFilter(actorFor("first_responder"), "screening.read", "screening")).toEqual({
      ownerId: "u-1",
      grantedIds: [],
    });
    const partner = actorFor("partner", {
      grants: [{ resourceType: "case", resourceId: "c9", permissions: ["case.write"] }],
    });
    expect(scopeFilter(partner, "case.write", "case")).toEqual({ grantedIds: ["c9"] });
    expect(scopeFilter(actorFor("analyst"), "case.read", "case")).toBeNull();
    expect(scopeFilter(actorFor("case_worker", { active: false }), "case.read", "case")).toBeNull();
  });
});
