import type { SessionView } from "../api/types.ts";
import type { Permission } from "../api/vocabulary.ts";

/** True when the session holds at least one of the permissions. The server still decides. */
export function hasAnyPermission(session: SessionView, anyOf: readonly Permission[]): boolean {
  return anyOf.some((permission) => session.user.permissions.includes(permission));
}

export function hasPermission(session: SessionView, permission: Permission): boolean {
  return session.user.permissions.includes(permission);
}
