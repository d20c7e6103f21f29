import type { AuditQuery, OrganisationQuery, UserQuery } from "./types.ts";

/** TanStack Query keys; the first element names the list that writes invalidate. */
export const queryKeys = {
  setupStatus: ["setup-status"] as const,
  mfaEnrolment: ["mfa-enrolment"] as const,
  tokens: ["tokens"] as const,
  organisations: ["organisations"] as const,
  organisationList: (query: OrganisationQuery) => ["organisations", "list", query] as const,
  users: ["users"] as const,
  userList: (query: UserQuery) => ["users", "list", query] as const,
  roles: ["roles"] as const,
  permissions: ["permissions"] as const,
  audit: ["audit"] as const,
  auditList: (query: AuditQuery) => ["audit", "list", query] as const,
};
