/**
 * The names the web app uses for the types of the HTTP contract. Each is an alias of the
 * generated `schema.d.ts` (run `npm run generate` after a server change), never written by hand.
 */
import type { QueryParams, ResponseBody, Schemas } from "./contract.ts";

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

/** One item of a 400 response's `details`: which body field, and what is wrong with it. */
export type ApiErrorDetail = Schemas["Error"]["error"]["details"][number];

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

export type OrganisationQuery = QueryParams<"/api/organisations">;
export type UserQuery = QueryParams<"/api/users">;
export type AuditQuery = QueryParams<"/api/audit">;
export type AuditExportQuery = QueryParams<"/api/audit/export">;
export type ScreeningQuery = QueryParams<"/api/screenings">;

// ---- Responses without a schema of their own ---------------------------------------------

export type MfaEnrolmentConfirmation = ResponseBody<"/api/auth/mfa/enrolment/confirm", "post">;
export type CreatedToken = ResponseBody<"/api/auth/tokens", "post">;
