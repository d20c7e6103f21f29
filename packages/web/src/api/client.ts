import { requestJson, requestNoContent } from "./http.ts";
import { toQueryString } from "./query-string.ts";
import type {
  ApiToken,
  AuditPage,
  AuditQuery,
  AuditVerifyResult,
  ChangePasswordRequest,
  CreatedToken,
  CreateOrganisationRequest,
  CreateRoleRequest,
  CreateTokenRequest,
  CreateUserRequest,
  DemoDataResult,
  ItemList,
  LoginRequest,
  MfaChallengeRequest,
  MfaEnrolment,
  MfaEnrolmentConfirmation,
  Organisation,
  OrganisationQuery,
  PermissionInfo,
  Role,
  SessionView,
  SetupRequest,
  SetupStatus,
  UpdateOrganisationRequest,
  UpdateRoleRequest,
  UpdateUserRequest,
  User,
  UserQuery,
  VersionRequest,
} from "./types.ts";

const id = (value: string): string => encodeURIComponent(value);

/** One function per endpoint of the server's HTTP API. */
export const api = {
  // Setup
  getSetupStatus: () => requestJson<SetupStatus>("/api/setup"),
  setup: (body: SetupRequest) => requestJson<SessionView>("/api/setup", { method: "POST", body }),
  loadDemoData: () => requestJson<DemoDataResult>("/api/demo", { method: "POST", body: {} }),

  // Authentication and session
  login: (body: LoginRequest) =>
    requestJson<SessionView>("/api/auth/login", { method: "POST", body, authFailureExpected: true }),
  /** Also slides the session's idle timer. A 401 before any session is known just means "signed out". */
  getSession: () => requestJson<SessionView>("/api/auth/session"),
  answerMfaChallenge: (body: MfaChallengeRequest) =>
    requestJson<SessionView>("/api/auth/mfa/challenge", { method: "POST", body, authFailureExpected: true }),
  startMfaEnrolment: () => requestJson<MfaEnrolment>("/api/auth/mfa/enrolment", { method: "POST", body: {} }),
  confirmMfaEnrolment: (body: { code: string }) =>
    requestJson<MfaEnrolmentConfirmation>("/api/auth/mfa/enrolment/confirm", {
      method: "POST",
      body,
      authFailureExpected: true,
    }),
  changePassword: (body: ChangePasswordRequest) =>
    requestJson<SessionView>("/api/auth/password", { method: "POST", body, authFailureExpected: true }),
  logout: () => requestNoContent("/api/auth/logout", { method: "POST", authFailureExpected: true }),
  logoutEverywhere: () => requestNoContent("/api/auth/logout-all", { method: "POST" }),

  // Personal API tokens
  listTokens: () => requestJson<ItemList<ApiToken>>("/api/auth/tokens"),
  createToken: (body: CreateTokenRequest) =>
    requestJson<CreatedToken>("/api/auth/tokens", { method: "POST", body }),
  revokeToken: (tokenId: string) => requestNoContent(`/api/auth/tokens/${id(tokenId)}`, { method: "DELETE" }),

  // Organisations
  listOrganisations: (query: OrganisationQuery = {}) =>
    requestJson<ItemList<Organisation>>(`/api/organisations${toQueryString(query)}`),
  getOrganisation: (organisationId: string) =>
    requestJson<Organisation>(`/api/organisations/${id(organisationId)}`),
  createOrganisation: (body: CreateOrganisationRequest) =>
    requestJson<Organisation>("/api/organisations", { method: "POST", body }),
  updateOrganisation: (organisationId: string, body: UpdateOrganisationRequest) =>
    requestJson<Organisation>(`/api/organisations/${id(organisationId)}`, { method: "PATCH", body }),

  // Users
  listUsers: (query: UserQuery = {}) => requestJson<ItemList<User>>(`/api/users${toQueryString(query)}`),
  getUser: (userId: string) => requestJson<User>(`/api/users/${id(userId)}`),
  createUser: (body: CreateUserRequest) => requestJson<User>("/api/users", { method: "POST", body }),
  updateUser: (userId: string, body: UpdateUserRequest) =>
    requestJson<User>(`/api/users/${id(userId)}`, { method: "PATCH", body }),
  deactivateUser: (userId: string, body: VersionRequest) =>
    requestJson<User>(`/api/users/${id(userId)}/deactivate`, { method: "POST", body }),
  reactivateUser: (userId: string, body: VersionRequest) =>
    requestJson<User>(`/api/users/${id(userId)}/reactivate`, { method: "POST", body }),
  resetUserSecondFactor: (userId: string, body: VersionRequest) =>
    requestJson<User>(`/api/users/${id(userId)}/reset-second-factor`, { method: "POST", body }),
  unlockUser: (userId: string, body: VersionRequest) =>
    requestJson<User>(`/api/users/${id(userId)}/unlock`, { method: "POST", body }),

  // Roles and permissions
  listRoles: () => requestJson<ItemList<Role>>("/api/roles"),
  createRole: (body: CreateRoleRequest) => requestJson<Role>("/api/roles", { method: "POST", body }),
  updateRole: (roleId: string, body: UpdateRoleRequest) =>
    requestJson<Role>(`/api/roles/${id(roleId)}`, { method: "PATCH", body }),
  listPermissions: () => requestJson<ItemList<PermissionInfo>>("/api/permissions"),

  // Audit log
  listAudit: (query: AuditQuery) => requestJson<AuditPage>(`/api/audit${toQueryString(query)}`),
  /** A plain link target: the browser downloads the CSV itself (a GET needs no CSRF token). */
  auditExportUrl: (query: Omit<AuditQuery, "limit" | "before">) => `/api/audit/export${toQueryString(query)}`,
  verifyAudit: () => requestJson<AuditVerifyResult>("/api/audit/verify", { method: "POST", body: {} }),
};
