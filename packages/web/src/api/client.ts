import type { RequestBody } from "./contract.ts";
import { call, callNoContent, href } from "./typed-http.ts";
import type { AuditExportQuery, AuditQuery, OrganisationQuery, ScreeningQuery, UserQuery } from "./types.ts";

/** The `{ version }` body of the user account actions. */
type VersionBody = RequestBody<"/api/users/{id}/deactivate", "post">;

/**
 * One function per endpoint of the server's HTTP API. Paths, bodies, queries and results are
 * typed from the generated contract (`schema.d.ts`) through `call`.
 */
export const api = {
  // Setup
  getSetupStatus: () => call("get", "/api/setup", {}),
  setup: (body: RequestBody<"/api/setup", "post">) => call("post", "/api/setup", { body }),
  loadDemoData: () => call("post", "/api/demo", { body: {} }),

  // Authentication and session
  login: (body: RequestBody<"/api/auth/login", "post">) =>
    call("post", "/api/auth/login", { body, authFailureExpected: true }),
  /** Also slides the session's idle timer. A 401 before any session is known just means "signed out". */
  getSession: () => call("get", "/api/auth/session", {}),
  answerMfaChallenge: (body: RequestBody<"/api/auth/mfa/challenge", "post">) =>
    call("post", "/api/auth/mfa/challenge", { body, authFailureExpected: true }),
  startMfaEnrolment: () => call("post", "/api/auth/mfa/enrolment", { body: {} }),
  confirmMfaEnrolment: (body: RequestBody<"/api/auth/mfa/enrolment/confirm", "post">) =>
    call("post", "/api/auth/mfa/enrolment/confirm", { body, authFailureExpected: true }),
  changePassword: (body: RequestBody<"/api/auth/password", "post">) =>
    call("post", "/api/auth/password", { body, authFailureExpected: true }),
  logout: () => callNoContent("post", "/api/auth/logout", { authFailureExpected: true }),
  logoutEverywhere: () => callNoContent("post", "/api/auth/logout-all", {}),

  // Personal API tokens
  listTokens: () => call("get", "/api/auth/tokens", {}),
  createToken: (body: RequestBody<"/api/auth/tokens", "post">) => call("post", "/api/auth/tokens", { body }),
  revokeToken: (tokenId: string) =>
    callNoContent("delete", "/api/auth/tokens/{id}", { path: { id: tokenId } }),

  // Organisations
  listOrganisations: (query: OrganisationQuery = {}) => call("get", "/api/organisations", { query }),
  getOrganisation: (organisationId: string) =>
    call("get", "/api/organisations/{id}", { path: { id: organisationId } }),
  createOrganisation: (body: RequestBody<"/api/organisations", "post">) =>
    call("post", "/api/organisations", { body }),
  updateOrganisation: (organisationId: string, body: RequestBody<"/api/organisations/{id}", "patch">) =>
    call("patch", "/api/organisations/{id}", { path: { id: organisationId }, body }),

  // Users
  listUsers: (query: UserQuery = {}) => call("get", "/api/users", { query }),
  getUser: (userId: string) => call("get", "/api/users/{id}", { path: { id: userId } }),
  createUser: (body: RequestBody<"/api/users", "post">) => call("post", "/api/users", { body }),
  updateUser: (userId: string, body: RequestBody<"/api/users/{id}", "patch">) =>
    call("patch", "/api/users/{id}", { path: { id: userId }, body }),
  /** Sets a new initial password, to be changed at next sign-in; ends the user's sessions. */
  resetUserPassword: (userId: string, body: RequestBody<"/api/users/{id}/reset-password", "post">) =>
    call("post", "/api/users/{id}/reset-password", { path: { id: userId }, body }),
  deactivateUser: (userId: string, body: VersionBody) =>
    call("post", "/api/users/{id}/deactivate", { path: { id: userId }, body }),
  reactivateUser: (userId: string, body: VersionBody) =>
    call("post", "/api/users/{id}/reactivate", { path: { id: userId }, body }),
  resetUserSecondFactor: (userId: string, body: VersionBody) =>
    call("post", "/api/users/{id}/reset-second-factor", { path: { id: userId }, body }),
  unlockUser: (userId: string, body: VersionBody) =>
    call("post", "/api/users/{id}/unlock", { path: { id: userId }, body }),

  // Roles and permissions
  listRoles: () => call("get", "/api/roles", {}),
  createRole: (body: RequestBody<"/api/roles", "post">) => call("post", "/api/roles", { body }),
  updateRole: (roleId: string, body: RequestBody<"/api/roles/{id}", "patch">) =>
    call("patch", "/api/roles/{id}", { path: { id: roleId }, body }),
  listPermissions: () => call("get", "/api/permissions", {}),

  // Audit log
  listAudit: (query: AuditQuery) => call("get", "/api/audit", { query }),
  /** A plain link target: the browser downloads the CSV itself (a GET needs no CSRF token). */
  auditExportUrl: (query: AuditExportQuery) => href("/api/audit/export", { query }),
  verifyAudit: () => call("post", "/api/audit/verify", { body: {} }),

  // Identify: screening catalogues and screenings
  listScreeningCatalogues: () => call("get", "/api/screening/catalogues", {}),
  getScreeningCatalogue: (id: string, version: string) =>
    call("get", "/api/screening/catalogues/{id}/{version}", { path: { id, version } }),
  listScreenings: (query: ScreeningQuery = {}) => call("get", "/api/screenings", { query }),
  getScreening: (screeningId: string) => call("get", "/api/screenings/{id}", { path: { id: screeningId } }),
  /** Starts an anonymous draft on the active catalogue. */
  createScreening: (body: RequestBody<"/api/screenings", "post">) =>
    call("post", "/api/screenings", { body }),
  /** Saves a step: merges what is sent; 409 when `version` is stale. */
  saveScreening: (screeningId: string, body: RequestBody<"/api/screenings/{id}", "patch">) =>
    call("patch", "/api/screenings/{id}", { path: { id: screeningId }, body }),
  /** The server decides and fixes the outcome. */
  completeScreening: (screeningId: string, body: RequestBody<"/api/screenings/{id}/complete", "post">) =>
    call("post", "/api/screenings/{id}/complete", { path: { id: screeningId }, body }),
};
