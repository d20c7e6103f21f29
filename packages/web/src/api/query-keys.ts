import type {
  AuditQuery,
  CaseQuery,
  ErasureRequestQuery,
  OrganisationQuery,
  ReferralQuery,
  ScreeningQuery,
  ServiceQuery,
  StatTablesQuery,
  UserQuery,
} from "./types.ts";
import type { NetworkQuery } from "./types.ts";

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
  /** Every case query (lists, one case, its history, the caseload): a case write invalidates them all. */
  cases: ["cases"] as const,
  caseList: (query: CaseQuery) => ["cases", "list", query] as const,
  case: (id: string) => ["cases", "one", id] as const,
  caseHistory: (id: string) => ["cases", "history", id] as const,
  caseload: ["cases", "caseload"] as const,
  nrmPathways: ["nrm-pathways"] as const,
  services: ["services"] as const,
  serviceList: (query: ServiceQuery) => ["services", "list", query] as const,
  referrals: ["referrals"] as const,
  referralList: (query: ReferralQuery) => ["referrals", "list", query] as const,
  retentionPolicy: (organisationId: string) => ["retention-policy", organisationId] as const,
  erasureRequests: ["erasure-requests"] as const,
  erasureRequestList: (query: ErasureRequestQuery) => ["erasure-requests", "list", query] as const,
  /** Disrupt: every networks and batches query; a decision or a batch invalidates them all. */
  online: ["online"] as const,
  networkList: (query: NetworkQuery) => ["online", "networks", query] as const,
  network: (id: string) => ["online", "network", id] as const,
  adBatches: ["online", "batches"] as const,
  onlineSettings: (organisationId?: string) => ["online", "settings", organisationId ?? "own"] as const,
  /** Datasets, tables and releases: a release or an import invalidates them all. */
  stats: ["stats"] as const,
  statDatasets: ["stats", "datasets"] as const,
  statTables: (query: StatTablesQuery) => ["stats", "tables", query] as const,
  statReleases: ["stats", "releases"] as const,
  statAggregates: (datasetId: string) => ["stats", "aggregates", datasetId] as const,
  statSynthetic: ["stats", "synthetic"] as const,
  /** Kept apart from "stats": each read is audited, so a release must not refetch it. */
  statSyntheticRisk: (id: string) => ["synthetic-risk", id] as const,
  /** The public page's releases (no session): kept apart from the signed-in lists. */
  publicReleases: ["public-stats"] as const,
};
