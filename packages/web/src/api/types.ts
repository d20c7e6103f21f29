/**
 * The names the web app uses for the types of the HTTP contract. Each is an alias of the
 * generated `schema.d.ts` (run `npm run generate` after a server change), never written by hand.
 */
import type { QueryParams, RequestBody, ResponseBody, Schemas } from "./contract.ts";

export type SessionView = Schemas["Session"];
export type Organisation = Schemas["Organisation"];
/** The HTCDS fields of an organisation, as sent to create one. */
export type OrganisationFields = Schemas["OrganisationFields"];
export type User = Schemas["User"];
export type Role = Schemas["Role"];
export type PermissionInfo = Schemas["PermissionInfo"];
export type ApiToken = Schemas["ApiToken"];
export type AuditEntry = Schemas["AuditEntry"];
export type AuditVerifyResult = Schemas["AuditVerifyResult"];
/** A screening as the server holds it; `preview` while a draft, `outcome` once completed. */
export type Screening = Schemas["Screening"];
export type ScreeningSummary = Schemas["ScreeningSummary"];
export type ScreeningCatalogueSummary = Schemas["ScreeningCatalogueSummary"];
/** The catalogue as the contract types it; `parseCatalogue` turns it into the domain's `Catalogue`. */
export type ScreeningCatalogueBody = Schemas["ScreeningCatalogue"];

// ---- Protect: cases, referrals and the services directory --------------------------------

/** A case as its reader may see it: `parts` lists what is shared; an unshared part is `null`. */
export type Case = Schemas["Case"];
export type CaseSummary = Schemas["CaseSummary"];
/** A possible existing record of a person; `caseId` is null for a case the searcher may not read. */
export type CaseMatch = Schemas["CaseMatch"];
export type CaseHistoryEntry = Schemas["CaseHistoryEntry"];
export type Caseload = Schemas["Caseload"];
export type Person = Schemas["Person"];
export type TraffickingEvent = Schemas["TraffickingEvent"];
export type SupportPlan = Schemas["SupportPlan"];
export type Consent = Schemas["Consent"];
export type ConnectedPerson = Schemas["ConnectedPerson"];
export type CaseComment = Schemas["CaseComment"];
export type CaseTask = Schemas["CaseTask"];
export type CriminalProceeding = Schemas["CriminalProceeding"];
export type ServiceOffer = Schemas["ServiceOffer"];
export type Referral = Schemas["Referral"];
export type NrmPathway = ResponseBody<"/api/nrm-pathways", "get">["items"][number];
export type NrmStage = Case["nrmPathway"][number];
export type ErasureRequest = Schemas["ErasureRequest"];
export type RetentionPolicy = ResponseBody<"/api/retention-policy", "get">;
/** What an import reports: how many cases it opened, and their ids. */
export type CaseImportResult = ResponseBody<"/api/cases/import", "post">;

/** One item of a 400 response's `details`: which body field, and what is wrong with it. */
export type ApiErrorDetail = Schemas["Error"]["error"]["details"][number];

// ---- Know: statistics --------------------------------------------------------------------

/** A published table: cells by category codes ("TOTAL" for margins), `value` null where withheld. */
export type StatTable = Schemas["StatTable"];
export type StatProtection = StatTable["protection"];
/** A recorded release: its protected tables and the parameters it was made with. */
export type StatRelease = Schemas["StatRelease"];
/** A dataset with its privacy budget and what its DP releases have spent. */
export type StatDataset = ResponseBody<"/api/stats/datasets", "get">["items"][number];
/** The tables of one year, and registered victims per year (withheld years null). */
export type StatTables = ResponseBody<"/api/stats/tables", "get">;
export type StatTrendPoint = StatTables["trend"][number];
export type StatImportResult = ResponseBody<"/api/stats/datasets/import", "post">;
/** One published figure of an imported aggregate dataset; `value` exact, a range ("<5" is 1–4) or missing. */
export type StatAggregateCell = Schemas["StatAggregateCell"];
/** Synthetic microdata: how they were made, and how well they keep the combinations. */
export type StatSyntheticRelease = Schemas["StatSyntheticRelease"];
/** The re-identification risk of the data a synthesis came from (internal). */
export type StatSyntheticRisk = Schemas["StatSyntheticRisk"];

// ---- Requests --------------------------------------------------------------------------

export type SetupRequest = Schemas["Setup"];
export type MfaChallengeRequest = Schemas["SecondFactorChallenge"];
export type CreateTokenRequest = Schemas["CreateApiToken"];
export type CreateOrganisationRequest = Schemas["OrganisationFields"];
export type UpdateOrganisationRequest = Schemas["UpdateOrganisation"];
export type CreateUserRequest = Schemas["CreateUser"];
export type UpdateUserRequest = Schemas["UpdateUser"];
export type ResetPasswordRequest = Schemas["ResetPassword"];
export type CreateRoleRequest = Schemas["CreateRole"];
export type UpdateRoleRequest = Schemas["UpdateRole"];
export type CreateScreeningRequest = Schemas["CreateScreening"];
export type SaveScreeningRequest = Schemas["SaveScreening"];
export type OpenCaseRequest = RequestBody<"/api/cases", "post">;
export type UpdateCaseRequest = RequestBody<"/api/cases/{id}", "patch">;
/** The person fields of a search before create (the person as typed so far). */
export type CaseSearchRequest = RequestBody<"/api/cases/search-before-create", "post">;
export type ChangeStatusRequest = RequestBody<"/api/cases/{id}/status", "post">;
export type ChangeStageRequest = RequestBody<"/api/cases/{id}/stage", "post">;
export type EventRequest = RequestBody<"/api/cases/{id}/events", "post">;
export type SupportPlanRequest = RequestBody<"/api/cases/{id}/support-plans", "post">;
export type ConsentRequest = RequestBody<"/api/cases/{id}/consents", "post">;
export type ConnectedPersonRequest = RequestBody<"/api/cases/{id}/people", "post">;
export type TaskRequest = RequestBody<"/api/cases/{id}/tasks", "post">;
export type ProceedingRequest = RequestBody<"/api/cases/{id}/proceedings", "post">;
export type CreateServiceRequest = RequestBody<"/api/services", "post">;
export type UpdateServiceRequest = RequestBody<"/api/services/{id}", "patch">;
export type ReferRequest = RequestBody<"/api/cases/{id}/referrals", "post">;
export type RespondRequest = RequestBody<"/api/referrals/{id}/respond", "post">;

export type OrganisationQuery = QueryParams<"/api/organisations">;
export type UserQuery = QueryParams<"/api/users">;
export type AuditQuery = QueryParams<"/api/audit">;
export type AuditExportQuery = QueryParams<"/api/audit/export">;
export type ScreeningQuery = QueryParams<"/api/screenings">;
export type CaseQuery = QueryParams<"/api/cases">;
export type ServiceQuery = QueryParams<"/api/services">;
export type ReferralQuery = QueryParams<"/api/referrals">;
export type CaseImportQuery = QueryParams<"/api/cases/import", "post">;
export type ErasureRequestQuery = QueryParams<"/api/erasure-requests">;
export type StatTablesQuery = QueryParams<"/api/stats/tables">;
export type StatImportQuery = QueryParams<"/api/stats/datasets/import", "post">;
export type CreateReleaseRequest = RequestBody<"/api/stats/releases", "post">;
export type CreateSyntheticRequest = RequestBody<"/api/stats/synthetic", "post">;

// ---- Disrupt: online ads and networks -----------------------------------------------------

/** A batch of ads and its report: counts, skipped rows by reason, the networks it touched. */
export type AdBatch = Schemas["AdBatch"];
/** A network in the ranked list; `template` is its largest cluster's template. */
export type NetworkSummary = Schemas["NetworkSummary"];
/** A network with its templates, identifiers, member ads, timeline, places and decision. */
export type Network = Schemas["Network"];
export type OnlineAd = Schemas["OnlineAd"];
export type OnlineSettings = Schemas["OnlineSettings"];
export type NetworkQuery = QueryParams<"/api/online/networks">;
export type AdUploadQuery = QueryParams<"/api/online/batches/upload", "post">;
export type NetworkDecisionRequest = RequestBody<"/api/online/networks/{id}/decision", "post">;

// ---- Responses without a schema of their own ---------------------------------------------

export type MfaEnrolmentConfirmation = ResponseBody<"/api/auth/mfa/enrolment/confirm", "post">;
export type CreatedToken = ResponseBody<"/api/auth/tokens", "post">;
