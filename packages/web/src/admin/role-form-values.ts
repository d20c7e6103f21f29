import type { CreateRoleRequest, Role, UpdateRoleRequest } from "../api/types.ts";
import { isPermission, type RoleScope } from "../api/vocabulary.ts";

export interface RoleFormValues {
  key: string;
  name: string;
  scope: RoleScope;
  /** Keys as the checkboxes give them; only those the contract knows are sent. */
  permissions: string[];
}

export function toRoleFormValues(role?: Role): RoleFormValues {
  return {
    key: role?.key ?? "",
    name: role?.name ?? "",
    scope: role?.scope ?? "organisation",
    permissions: role === undefined ? [] : [...role.permissions],
  };
}

export function toCreateRoleRequest(values: RoleFormValues): CreateRoleRequest {
  return {
    key: values.key.trim(),
    name: values.name.trim(),
    scope: values.scope,
    permissions: values.permissions.filter(isPermission),
  };
}

function samePermissions(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((key) => b.includes(key));
}

export function toUpdateRoleRequest(values: RoleFormValues, role: Role): UpdateRoleRequest {
  const request: UpdateRoleRequest = { version: role.version };
  const name = values.name.trim();
  if (name !== role.name) request.name = name;
  if (values.scope !== role.scope) request.scope = values.scope;
  const permissions = values.permissions.filter(isPermission);
  if (!samePermissions(permissions, role.permissions)) request.permissions = permissions;
  return request;
}
