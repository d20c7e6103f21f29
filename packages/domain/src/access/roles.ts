import type { Permission } from "./permissions.ts";

/** How far a role's permissions reach: own records, the user's organisation, or everything. */
export const SCOPES = ["own", "organisation", "all"] as const;
export type Scope = (typeof SCOPES)[number];

export interface RoleDefinition {
  readonly key: string;
  readonly name: string;
  readonly scope: Scope;
  readonly permissions: readonly Permission[];
}

/** Roles every installation starts with. Administrators can add their own. */
export const BUILT_IN_ROLES = [
  {
    key: "administrator",
    name: "Administrator",
    scope: "all",
    permissions: [
      "organisation.read",
      "organisation.manage",
      "user.read",
      "user.manage",
      "role.manage",
      "audit.read",
      "token.manage",
      "demo.load",
      "screening.configure",
      "nrm.configure",
      "service.manage",
      "retention.manage",
    ],
  },
  {
    key: "case_worker",
    name: "Case worker",
    scope: "organisation",
    permissions: [
      "organisation.read",
      "token.manage",
      "screening.create",
      "screening.read",
      "case.read",
      "case.write",
      "case.exchange",
      "service.manage",
      "referral.create",
      "referral.respond",
      "stats.read",
    ],
  },
  {
    key: "first_responder",
    name: "First responder",
    scope: "own",
    permissions: ["organisation.read", "screening.create", "screening.read"],
  },
  {
    key: "analyst",
    name: "Online analyst",
    scope: "organisation",
    permissions: ["organisation.read", "token.manage", "online.ingest", "online.read", "online.review"],
  },
  {
    key: "statistician",
    name: "Statistician",
    scope: "all",
    permissions: ["organisation.read", "stats.read", "stats.exact", "stats.publish"],
  },
  {
    key: "auditor",
    name: "Auditor",
    scope: "all",
    permissions: ["organisation.read", "user.read", "audit.read"],
  },
  {
    key: "partner",
    name: "Partner organisation user",
    scope: "own",
    permissions: ["organisation.read", "case.read"],
  },
] as const satisfies readonly RoleDefinition[];

export type BuiltInRoleKey = (typeof BUILT_IN_ROLES)[number]["key"];
