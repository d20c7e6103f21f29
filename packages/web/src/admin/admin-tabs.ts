import type { SessionView } from "../api/types.ts";
import type { Permission } from "../api/vocabulary.ts";
import { hasPermission } from "../auth/permissions.ts";

export interface AdminTab {
  key: "organisations" | "users" | "roles";
  path: "/admin/organisations" | "/admin/users" | "/admin/roles";
  permission: Permission;
}

export const ADMIN_TABS: readonly AdminTab[] = [
  { key: "organisations", path: "/admin/organisations", permission: "organisation.manage" },
  { key: "users", path: "/admin/users", permission: "user.manage" },
  { key: "roles", path: "/admin/roles", permission: "role.manage" },
];

export function visibleAdminTabs(session: SessionView): AdminTab[] {
  return ADMIN_TABS.filter((tab) => hasPermission(session, tab.permission));
}

export function firstAdminTab(session: SessionView): AdminTab | undefined {
  return visibleAdminTabs(session)[0];
}
