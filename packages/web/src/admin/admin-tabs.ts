import type { SessionView } from "../api/types.ts";
import type { Permission } from "../api/vocabulary.ts";
import { hasPermission } from "../auth/permissions.ts";

export interface AdminTab {
  key: "organisations" | "users" | "roles" | "pathways" | "retention";
  path: "/admin/organisations" | "/admin/users" | "/admin/roles" | "/admin/pathways" | "/admin/retention";
  permission: Permission;
}

export const ADMIN_TABS: readonly AdminTab[] = [
  { key: "organisations", path: "/admin/organisations", permission: "organisation.manage" },
  { key: "users", path: "/admin/users", permission: "user.manage" },
  { key: "roles", path: "/admin/roles", permission: "role.manage" },
  { key: "pathways", path: "/admin/pathways", permission: "nrm.configure" },
  { key: "retention", path: "/admin/retention", permission: "retention.manage" },
];

export function visibleAdminTabs(session: SessionView): AdminTab[] {
  return ADMIN_TABS.filter((tab) => hasPermission(session, tab.permission));
}

export function firstAdminTab(session: SessionView): AdminTab | undefined {
  return visibleAdminTabs(session)[0];
}
