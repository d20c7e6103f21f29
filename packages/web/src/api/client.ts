import type { RequestBody } from "./contract.ts";
import { call, callForFile, callNoContent, callWithFile, href } from "./typed-http.ts";
import type {
  AuditExportQuery,
  CaseImportQuery,
  ErasureRequestQuery,
  AuditQuery,
  CaseQuery,
  OrganisationQuery,
  ReferralQuery,
  ScreeningQuery,
  ServiceQuery,
  StatImportQuery,
  StatTablesQuery,
  UserQuery,
} from "./types.ts";
import type { AdUploadQuery, NetworkQuery } from "./types.ts";
import type { StatExportFormat } from "./vocabulary.ts";

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

  // Protect: cases
  listCases: (query: CaseQuery = {}) => call("get", "/api/cases", { query }),
  /** Possible existing records of the person as typed so far; audited, never shows another organisation's case. */
  searchBeforeCreate: (body: RequestBody<"/api/cases/search-before-create", "post">) =>
    call("post", "/api/cases/search-before-create", { body }),
  /** 409 when matches exist and `confirmNoMatch` is not set. */
  openCase: (body: RequestBody<"/api/cases", "post">) => call("post", "/api/cases", { body }),
  /** An audited read of the parts the session may see. */
  getCase: (caseId: string) => call("get", "/api/cases/{id}", { path: { id: caseId } }),
  updateCase: (caseId: string, body: RequestBody<"/api/cases/{id}", "patch">) =>
    call("patch", "/api/cases/{id}", { path: { id: caseId }, body }),
  changeCaseStatus: (caseId: string, body: RequestBody<"/api/cases/{id}/status", "post">) =>
    call("post", "/api/cases/{id}/status", { path: { id: caseId }, body }),
  changeCaseStage: (caseId: string, body: RequestBody<"/api/cases/{id}/stage", "post">) =>
    call("post", "/api/cases/{id}/stage", { path: { id: caseId }, body }),
  /** Only for the organisation holding the case (403 for a referral's recipient). */
  getCaseHistory: (caseId: string) => call("get", "/api/cases/{id}/history", { path: { id: caseId } }),
  getCaseload: () => call("get", "/api/caseload", {}),
  listNrmPathways: () => call("get", "/api/nrm-pathways", {}),
  /** `*` is the pathway of countries without their own. */
  setNrmPathway: (country: string, body: RequestBody<"/api/nrm-pathways/{country}", "put">) =>
    callNoContent("put", "/api/nrm-pathways/{country}", { path: { country }, body }),

  // Protect: the parts of a case
  addEvent: (caseId: string, body: RequestBody<"/api/cases/{id}/events", "post">) =>
    call("post", "/api/cases/{id}/events", { path: { id: caseId }, body }),
  updateEvent: (
    caseId: string,
    partId: string,
    body: RequestBody<"/api/cases/{id}/events/{partId}", "patch">,
  ) => call("patch", "/api/cases/{id}/events/{partId}", { path: { id: caseId, partId }, body }),
  addSupportPlan: (caseId: string, body: RequestBody<"/api/cases/{id}/support-plans", "post">) =>
    call("post", "/api/cases/{id}/support-plans", { path: { id: caseId }, body }),
  updateSupportPlan: (
    caseId: string,
    partId: string,
    body: RequestBody<"/api/cases/{id}/support-plans/{partId}", "patch">,
  ) => call("patch", "/api/cases/{id}/support-plans/{partId}", { path: { id: caseId, partId }, body }),
  addConsent: (caseId: string, body: RequestBody<"/api/cases/{id}/consents", "post">) =>
    call("post", "/api/cases/{id}/consents", { path: { id: caseId }, body }),
  /** Ends the referrals resting on the consent. */
  withdrawConsent: (caseId: string, partId: string, version: number) =>
    call("patch", "/api/cases/{id}/consents/{partId}", {
      path: { id: caseId, partId },
      body: { version, withdraw: true },
    }),
  addConnectedPerson: (caseId: string, body: RequestBody<"/api/cases/{id}/people", "post">) =>
    call("post", "/api/cases/{id}/people", { path: { id: caseId }, body }),
  addComment: (caseId: string, body: RequestBody<"/api/cases/{id}/comments", "post">) =>
    call("post", "/api/cases/{id}/comments", { path: { id: caseId }, body }),
  addTask: (caseId: string, body: RequestBody<"/api/cases/{id}/tasks", "post">) =>
    call("post", "/api/cases/{id}/tasks", { path: { id: caseId }, body }),
  setTaskDone: (
    caseId: string,
    partId: string,
    body: RequestBody<"/api/cases/{id}/tasks/{partId}", "patch">,
  ) => call("patch", "/api/cases/{id}/tasks/{partId}", { path: { id: caseId, partId }, body }),
  addProceeding: (caseId: string, body: RequestBody<"/api/cases/{id}/proceedings", "post">) =>
    call("post", "/api/cases/{id}/proceedings", { path: { id: caseId }, body }),
  updateProceeding: (
    caseId: string,
    partId: string,
    body: RequestBody<"/api/cases/{id}/proceedings/{partId}", "patch">,
  ) => call("patch", "/api/cases/{id}/proceedings/{partId}", { path: { id: caseId, partId }, body }),

  // Protect: services directory and referrals
  listServices: (query: ServiceQuery = {}) => call("get", "/api/services", { query }),
  createService: (body: RequestBody<"/api/services", "post">) => call("post", "/api/services", { body }),
  updateService: (serviceId: string, body: RequestBody<"/api/services/{id}", "patch">) =>
    callNoContent("patch", "/api/services/{id}", { path: { id: serviceId }, body }),
  /** Needs a live consent to referral (or, for a child, a best-interests reason and the override permission). */
  referCase: (caseId: string, body: RequestBody<"/api/cases/{id}/referrals", "post">) =>
    call("post", "/api/cases/{id}/referrals", { path: { id: caseId }, body }),
  listReferrals: (query: ReferralQuery) => call("get", "/api/referrals", { query }),
  respondToReferral: (referralId: string, body: RequestBody<"/api/referrals/{id}/respond", "post">) =>
    call("post", "/api/referrals/{id}/respond", { path: { id: referralId }, body }),
  /** The access the referral gave ends at once. */
  revokeReferral: (referralId: string, version: number) =>
    call("post", "/api/referrals/{id}/revoke", { path: { id: referralId }, body: { version } }),

  // Protect: HTCDS import and export
  /** Every row is checked first; any problem rejects the file with each one named, and nothing is written. */
  importCases: (query: CaseImportQuery, file: Blob, contentType: string) =>
    callWithFile("/api/cases/import", { query }, { data: file, contentType }),
  /** A POST so that the password never appears in an address; answers with the file. */
  exportCases: (body: RequestBody<"/api/cases/export", "post">) =>
    callForFile("post", "/api/cases/export", { body }),

  // Protect: retention, legal hold and erasure
  getRetentionPolicy: (organisationId?: string) =>
    call("get", "/api/retention-policy", { query: organisationId === undefined ? {} : { organisationId } }),
  setRetentionPolicy: (body: RequestBody<"/api/retention-policy", "put">) =>
    callNoContent("put", "/api/retention-policy", { body }),
  setLegalHold: (caseId: string, body: RequestBody<"/api/cases/{id}/legal-hold", "post">) =>
    callNoContent("post", "/api/cases/{id}/legal-hold", { path: { id: caseId }, body }),
  requestErasure: (caseId: string, body: RequestBody<"/api/cases/{id}/erasure-requests", "post">) =>
    call("post", "/api/cases/{id}/erasure-requests", { path: { id: caseId }, body }),
  listErasureRequests: (query: ErasureRequestQuery = {}) => call("get", "/api/erasure-requests", { query }),
  /** Approving erases the case at once. */
  decideErasure: (requestId: string, body: RequestBody<"/api/erasure-requests/{id}/decide", "post">) =>
    callNoContent("post", "/api/erasure-requests/{id}/decide", { path: { id: requestId }, body }),

  // Disrupt: online ads, networks and the analyst's decisions
  listAdBatches: () => call("get", "/api/online/batches", {}),
  /** The file goes as the body, streamed; rows that are not ads are skipped and reported by number. */
  uploadAdBatch: (query: AdUploadQuery, file: Blob, contentType: string) =>
    callWithFile("/api/online/batches/upload", { query }, { data: file, contentType }),
  listNetworks: (query: NetworkQuery = {}) => call("get", "/api/online/networks", { query }),
  /** An audited read: the network with its member ads' text. */
  getNetwork: (networkId: string) => call("get", "/api/online/networks/{id}", { path: { id: networkId } }),
  /** 409 when the network changed since it was read (a decision, or ads that joined it). */
  decideNetwork: (networkId: string, body: RequestBody<"/api/online/networks/{id}/decision", "post">) =>
    call("post", "/api/online/networks/{id}/decision", { path: { id: networkId }, body }),
  /** The evidence package (audited export): JSON, or a printable HTML report. */
  exportEvidence: (networkId: string, format: "json" | "html") =>
    callForFile("get", "/api/online/networks/{id}/evidence", { path: { id: networkId }, query: { format } }),
  /** Your organisation's, or (retention managers) another organisation's. */
  getOnlineSettings: (organisationId?: string) =>
    call("get", "/api/online/settings", { query: organisationId === undefined ? {} : { organisationId } }),
  setOnlineSettings: (body: RequestBody<"/api/online/settings", "put">) =>
    call("put", "/api/online/settings", { body }),

  // Know: statistics
  listStatDatasets: () => call("get", "/api/stats/datasets", {}),
  /** Exact figures need stats.exact (and are audited); otherwise protected by suppression. */
  getStatTables: (query: StatTablesQuery) => call("get", "/api/stats/tables", { query }),
  /** 409 when a DP release would go beyond the dataset's privacy budget (the server says why). */
  createRelease: (body: RequestBody<"/api/stats/releases", "post">) =>
    call("post", "/api/stats/releases", { body }),
  listReleases: () => call("get", "/api/stats/releases", {}),
  exportRelease: (releaseId: string, format: StatExportFormat) =>
    callForFile("get", "/api/stats/releases/{id}/export", { path: { id: releaseId }, query: { format } }),
  /** The raw CSV as the body; every problem comes back at once (400) unless unknown codes are accepted. */
  importStatDataset: (query: StatImportQuery, file: Blob) =>
    callWithFile("/api/stats/datasets/import", { query }, { data: file, contentType: "text/csv" }),
  /** The published figures of an imported aggregate dataset (GLOTIP, Eurostat). */
  getStatAggregates: (datasetId: string) =>
    call("get", "/api/stats/datasets/{id}/aggregates", { path: { id: datasetId } }),
  /** 409 when DP marginals would go beyond the dataset's privacy budget (the server says why). */
  createSynthetic: (body: RequestBody<"/api/stats/synthetic", "post">) =>
    call("post", "/api/stats/synthetic", { body }),
  listSynthetic: () => call("get", "/api/stats/synthetic", {}),
  /** The records as CSV, or the utility report as JSON, as files. */
  exportSynthetic: (id: string, file: "records" | "utility") =>
    file === "records"
      ? callForFile("get", "/api/stats/synthetic/{id}/records", { path: { id } })
      : callForFile("get", "/api/stats/synthetic/{id}/utility", { path: { id } }),
  /** Internal: stats.exact only, and every read is audited. */
  getSyntheticRisk: (id: string) => call("get", "/api/stats/synthetic/{id}/risk", { path: { id } }),
  /** Public releases, for anyone: no session needed. */
  listPublicReleases: () => call("get", "/api/public/stats", {}),
  /** A plain link target for a public release's file (no session, no CSRF token). */
  publicReleaseExportUrl: (releaseId: string, format: StatExportFormat) =>
    href("/api/public/stats/{id}/export", { path: { id: releaseId }, query: { format } }),
};
