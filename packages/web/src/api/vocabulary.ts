/**
 * Closed vocabularies of the API contract that the UI needs at runtime (to render pickers and
 * checkboxes). The matching TypeScript types are derived from these lists, and checked against
 * the generated contract at the end of this file.
 */
import type { QueryParams, RequestBody, Schemas } from "./contract.ts";

/** HTCDS 2.0 `org_Type` picklist. */
export const ORGANISATION_TYPES = [
  "NGO",
  "LawEnforcement",
  "HealthServiceOrganisation",
  "CentralGovernmentOrganisation",
  "LocalGovernmentOrganisation",
  "ImmigrationService",
  "LegalService",
  "CorporateBusiness",
  "SchoolOrCollege",
] as const;
export type OrganisationType = (typeof ORGANISATION_TYPES)[number];

export const ROLE_SCOPES = ["own", "organisation", "all"] as const;
export type RoleScope = (typeof ROLE_SCOPES)[number];

/** Every permission the server knows, in the order the UI lists them. */
export const PERMISSIONS = [
  "organisation.read",
  "organisation.manage",
  "user.read",
  "user.manage",
  "role.manage",
  "audit.read",
  "token.manage",
  "demo.load",
  "screening.create",
  "screening.read",
  "screening.configure",
  "case.read",
  "case.write",
  "case.exchange",
  "nrm.configure",
  "service.manage",
  "retention.manage",
  "referral.create",
  "referral.respond",
  "referral.override_consent",
  "online.ingest",
  "online.read",
  "online.review",
  "stats.read",
  "stats.exact",
  "stats.publish",
  "prevent.manage",
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export function isPermission(value: string): value is Permission {
  return (PERMISSIONS as readonly string[]).includes(value);
}

export const SESSION_STAGES = ["mfa_challenge", "mfa_enrolment", "password_change", "active"] as const;
export type SessionStage = (typeof SESSION_STAGES)[number];

export const AUDIT_OUTCOMES = ["success", "denied", "failure"] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

export const USER_STATUSES = ["active", "inactive", "all"] as const;
export type UserStatusFilter = (typeof USER_STATUSES)[number];

export const API_ERROR_CODES = [
  "validation_failed",
  "unauthenticated",
  "second_factor_required",
  "forbidden",
  "not_found",
  "conflict",
  "locked",
  "rate_limited",
  "payload_too_large",
] as const;
export type KnownApiErrorCode = (typeof API_ERROR_CODES)[number];

// ---- Know: statistics ---------------------------------------------------------------------

/** How a release is protected: small-cell suppression, or differential privacy (geometric noise). */
export const STAT_RELEASE_METHODS = ["suppression", "dp-geometric"] as const;
export type StatReleaseMethod = (typeof STAT_RELEASE_METHODS)[number];

/** The files a release can be downloaded as. */
export const STAT_EXPORT_FORMATS = ["csv", "sdmx", "xlsx", "html", "pdf"] as const;
export type StatExportFormat = (typeof STAT_EXPORT_FORMATS)[number];

/** The outside datasets the server imports. */
export const STAT_IMPORT_FORMATS = ["ctdc-2017", "ctdc-synthetic", "glotip", "eurostat"] as const;
export type StatImportFormat = (typeof STAT_IMPORT_FORMATS)[number];

/** The attributes a synthetic record can carry, in the order they are offered. */
export const STAT_SYNTHETIC_ATTRIBUTES = [
  "year",
  "status",
  "sex",
  "age_group",
  "age_band",
  "citizenship_group",
  "citizenship",
  "form",
  "exploitation_country_group",
  "exploitation_country",
] as const;
export type StatSyntheticAttribute = (typeof STAT_SYNTHETIC_ATTRIBUTES)[number];

/** How a table's figures are protected (exact: internal view only). */
export const STAT_PROTECTION_METHODS = ["exact", "suppression", "dp-geometric"] as const;
export type StatProtectionMethod = (typeof STAT_PROTECTION_METHODS)[number];

/** `true` when the two unions have exactly the same members. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;

// A server change to one of these vocabularies fails compilation here, not at run time.
type _VocabulariesFollowTheContract = [
  Assert<Same<OrganisationType, Schemas["Organisation"]["org_Type"]>>,
  Assert<Same<RoleScope, Schemas["Role"]["scope"]>>,
  Assert<Same<Permission, Schemas["CreateRole"]["permissions"][number]>>,
  Assert<Same<SessionStage, Schemas["Session"]["stage"]>>,
  Assert<Same<AuditOutcome, Schemas["AuditEntry"]["outcome"]>>,
  Assert<Same<UserStatusFilter, NonNullable<QueryParams<"/api/users">["status"]>>>,
  Assert<Same<StatReleaseMethod, Schemas["StatRelease"]["method"]>>,
  Assert<Same<StatExportFormat, QueryParams<"/api/public/stats/{id}/export">["format"]>>,
  Assert<Same<StatImportFormat, QueryParams<"/api/stats/datasets/import", "post">["format"]>>,
  Assert<Same<StatProtectionMethod, Schemas["StatTable"]["protection"]["method"]>>,
  Assert<Same<StatSyntheticAttribute, RequestBody<"/api/stats/synthetic", "post">["attributes"][number]>>,
];
