import {
  type AuditResourceType,
  can,
  DomainError,
  forbidden,
  type Actor,
  type Permission,
  type Resource,
  type ScopeFilter,
  scopeFilter,
} from "@ariadne/domain";
import type { AuditService } from "../audit/audit-service.ts";
import type { RequestContext } from "../request-context.ts";

/**
 * Asks the one policy function and, on refusal, audits the attempt and throws `forbidden`.
 * Every use-case that touches a record goes through here.
 */
export async function authorize(
  audit: AuditService,
  ctx: RequestContext,
  permission: Permission,
  resource: Resource,
): Promise<Actor> {
  const actor = requireActor(ctx);
  const decision = can(actor, permission, resource);
  if (decision.allow) return actor;
  await audit.record(ctx, {
    action: "access.denied",
    outcome: "denied",
    ...(resource.kind === "record" ? { resourceType: resource.type, resourceId: resource.id } : {}),
    details: { permission, reason: decision.reason },
  });
  throw forbidden(decision.reason);
}

/** The list filter for `permission`, or `forbidden` when the actor may not list at all. */
export async function authorizeList(
  audit: AuditService,
  ctx: RequestContext,
  permission: Permission,
  resourceType: AuditResourceType,
): Promise<ScopeFilter> {
  const actor = requireActor(ctx);
  const filter = scopeFilter(actor, permission, resourceType);
  if (filter) return filter;
  await authorize(audit, ctx, permission, { kind: "system" });
  throw forbidden(`the role lacks the permission ${permission}`);
}

export function requireActor(ctx: RequestContext): Actor {
  if (!ctx.actor) throw new DomainError("unauthenticated", "Sign in first");
  return ctx.actor;
}

/**
 * Like `authorize`, and says which parts of the record the actor may see: `null` for the
 * whole record (in scope), or the parts a per-record grant names.
 */
export async function authorizeParts(
  audit: AuditService,
  ctx: RequestContext,
  permission: Permission,
  resource: Resource,
): Promise<{ actor: Actor; parts: readonly string[] | null }> {
  const actor = await authorize(audit, ctx, permission, resource);
  const decision = can(actor, permission, resource);
  return { actor, parts: decision.allow && decision.parts ? decision.parts : null };
}
