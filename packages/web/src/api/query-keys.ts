import type { AuditQuery, OrganisationQuery, ScreeningQuery, UserQuery } from "./types.ts";

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
  screenings: ["screenings"] as const,
  screeningList: (query: ScreeningQuery) => ["screenings", "list", query] as const,
  screening: (id: string) => ["screenings", "one", id] as const,
  /** Catalogue versions never change once loaded, so their cache never goes stale. */
  screeningCatalogue: (id: string, version: string) => ["screening-catalogue", id, version] as const,
};
