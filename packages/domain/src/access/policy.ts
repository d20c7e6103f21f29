import type { AuditResourceType } from "../audit-vocabulary.ts";
import type { Permission } from "./permissions.ts";
import type { Scope } from "./roles.ts";

/** A per-record grant: a named user or organisation may do `permissions` on one record. */
export interface Grant {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly permissions: readonly Permission[];
  /** Parts of the record the grant covers; undefined means the whole record. */
  readonly parts?: readonly string[];
}

/** Who is asking, as the policy sees them. Built by the server from the session or API token. */
export interface Actor {
  readonly userId: string;
  readonly organisationId: string;
  readonly active: boolean;
  readonly scope: Scope;
  readonly permissions: ReadonlySet<Permission>;
  readonly grants: readonly Grant[];
}

/** What is asked about: the whole system (lists, creation) or one record. */
export type Resource =
  | { readonly kind: "system" }
  | {
      readonly kind: "record";
      readonly type: AuditResourceType;
      readonly id: string;
      readonly organisationId: string | null;
      readonly ownerId: string | null;
    };

export const SYSTEM: Resource = { kind: "system" };

export type Decision =
  | { readonly allow: true; readonly via: "scope" | "grant"; readonly parts?: readonly string[] }
  | { readonly allow: false; readonly reason: string };

const deny = (reason: string): Decision => ({ allow: false, reason });

/**
 * The one access decision. Deny by default: an inactive actor, a missing permission, or a
 * record outside the actor's scope and grants is refused, with the reason.
 */
export function can(actor: Actor, action: Permission, resource: Resource): Decision {
  if (!actor.active) return deny("the account is deactivated");

  if (resource.kind === "system") {
    return actor.permissions.has(action)
      ? { allow: true, via: "scope" }
      : deny(`the role lacks the permission ${action}`);
  }

  if (actor.permissions.has(action) && inScope(actor, resource)) return { allow: true, via: "scope" };

  const grant = actor.grants.find(
    (g) => g.resourceType === resource.type && g.resourceId === resource.id && g.permissions.includes(action),
  );
  if (grant)
    return grant.parts ? { allow: true, via: "grant", parts: grant.parts } : { allow: true, via: "grant" };

  return actor.permissions.has(action)
    ? deny(`the ${resource.type} is outside the role's ${actor.scope} scope`)
    : deny(`the role lacks the permission ${action}`);
}

function inScope(actor: Actor, resource: Extract<Resource, { kind: "record" }>): boolean {
  switch (actor.scope) {
    case "all":
      return true;
    case "organisation":
      return resource.organisationId !== null && resource.organisationId === actor.organisationId;
    case "own":
      return resource.ownerId !== null && resource.ownerId === actor.userId;
  }
}

/**
 * The same scope rule as `can`, as a filter for listing queries, so that a list never shows
 * a record that `can` would refuse. `null` means the action is not allowed at all.
 */
export type ScopeFilter =
  | { readonly all: true }
  | { readonly organisationId: string; readonly grantedIds: readonly string[] }
  | { readonly ownerId: string; readonly grantedIds: readonly string[] }
  | { readonly grantedIds: readonly string[] };

export function scopeFilter(
  actor: Actor,
  action: Permission,
  resourceType: AuditResourceType,
): ScopeFilter | null {
  if (!actor.active) return null;
  const grantedIds = actor.grants
    .filter((g) => g.resourceType === resourceType && g.permissions.includes(action))
    .map((g) => g.resourceId);
  if (!actor.permissions.has(action)) return grantedIds.length > 0 ? { grantedIds } : null;
  switch (actor.scope) {
    case "all":
      return { all: true };
    case "organisation":
      return { organisationId: actor.organisationId, grantedIds };
    case "own":
      return { ownerId: actor.userId, grantedIds };
  }
}
