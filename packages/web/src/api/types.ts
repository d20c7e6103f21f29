/**
 * Types of the HTTP contract between the web app and the server. They will be replaced by
 * the generated `schema.d.ts` (openapi-typescript); keep the names so that the switch is local.
 */
import type {
  AuditOutcome,
  OrganisationType,
  RoleScope,
  SessionStage,
  UserStatusFilter,
} from "./vocabulary.ts";

/** An ISO 8601 timestamp as sent by the server. */
export type IsoDateTime = string;

export interface SessionUser {
  id: string;
  email: string;
  fullName: string;
  organisationId: string;
  organisationName: string;
  roleKey: string;
  roleName: string;
  scope: RoleScope;
  /** Permission keys; may contain keys newer than this client knows. */
  permissions: string[];
  mfaEnabled: boolean;
  language: string;
}

export interface SessionView {
  stage: SessionStage;
  user: SessionUser;
  csrfToken: string;
  idleExpiresAt: IsoDateTime;
  absoluteExpiresAt: IsoDateTime;
  idleTimeoutSeconds: number;
}

export interface Organisation {
  id: string;
  org_Name: string;
  org_Type: OrganisationType;
  org_ShippingStreet: string | null;
  org_ShippingCity: string | null;
  org_ShippingState: string | null;
  org_ShippingPostalCode: string | null;
  /** ISO 3166-1 alpha-2. */
  org_ShippingCountry: string | null;
  org_ShippingLatitude: number | null;
  org_ShippingLongitude: number | null;
  org_Phone: string | null;
  active: boolean;
  version: number;
  createdAt: IsoDateTime;
  updatedAt: IsoDateTime;
}

/** The editable HTCDS fields of an organisation. */
export type OrganisationFields = Omit<Organisation, "id" | "active" | "version" | "createdAt" | "updatedAt">;

export interface User {
  id: string;
  email: string;
  fullName: string;
  organisationId: string;
  organisationName: string;
  roleId: string;
  roleKey: string;
  roleName: string;
  active: boolean;
  mfaEnabled: boolean;
  lockedUntil: IsoDateTime | null;
  lastLoginAt: IsoDateTime | null;
  createdAt: IsoDateTime;
  version: number;
  language: string;
}

export interface Role {
  id: string;
  key: string;
  name: string;
  scope: RoleScope;
  permissions: string[];
  builtIn: boolean;
  requiresSecondFactor: boolean;
  userCount: number;
  version: number;
}

export interface PermissionInfo {
  key: string;
  description: string;
  personalData: boolean;
}

export interface ApiToken {
  id: string;
  name: string;
  permissions: string[];
  createdAt: IsoDateTime;
  expiresAt: IsoDateTime;
  lastUsedAt: IsoDateTime | null;
  revokedAt: IsoDateTime | null;
}

export interface AuditEntry {
  seq: number;
  at: IsoDateTime;
  actorUserId: string | null;
  actorName: string | null;
  actorOrganisationId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  outcome: AuditOutcome;
  clientAddress: string | null;
  details: Record<string, unknown>;
}

export interface AuditProblem {
  seq: number;
  kind: "changed" | "removed" | "reordered";
  message: string;
}

export interface AuditVerifyResult {
  ok: boolean;
  checked: number;
  /** The newest entry and its hash, to note down outside Ariadne; null for an empty log. */
  head: { seq: number; hash: string } | null;
  problems: AuditProblem[];
}

export interface ItemList<T> {
  items: T[];
}

export interface ApiErrorDetail {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: string; message: string; details?: ApiErrorDetail[] };
}

// ---- Requests --------------------------------------------------------------------------

export interface SetupStatus {
  required: boolean;
}

export interface SetupRequest {
  token: string;
  organisation: { org_Name: string; org_Type: OrganisationType; org_ShippingCountry?: string };
  administrator: { fullName: string; email: string; password: string };
  loadDemoData: boolean;
}

export interface LoginRequest {
  email: string;
  password: string;
}

export type MfaChallengeRequest = { code: string } | { recoveryCode: string };

export interface MfaEnrolment {
  secret: string;
  otpauthUrl: string;
  qrSvg: string;
}

export interface MfaEnrolmentConfirmation {
  recoveryCodes: string[];
  session: SessionView;
}

export interface ChangePasswordRequest {
  currentPassword: string;
  newPassword: string;
}

export interface CreateTokenRequest {
  name: string;
  permissions: string[];
  /** 1..365 */
  expiresInDays: number;
}

export interface CreatedToken {
  token: string;
  apiToken: ApiToken;
}

export interface OrganisationQuery {
  search?: string;
  type?: OrganisationType;
  includeInactive?: boolean;
}

export type CreateOrganisationRequest = Pick<OrganisationFields, "org_Name" | "org_Type"> &
  Partial<Omit<OrganisationFields, "org_Name" | "org_Type">>;

export type UpdateOrganisationRequest = { version: number; active?: boolean } & Partial<OrganisationFields>;

export interface UserQuery {
  organisationId?: string;
  roleId?: string;
  status?: UserStatusFilter;
  search?: string;
}

export interface CreateUserRequest {
  email: string;
  fullName: string;
  organisationId: string;
  roleId: string;
  password: string;
  language?: string;
}

export interface UpdateUserRequest {
  version: number;
  fullName?: string;
  roleId?: string;
  organisationId?: string;
  language?: string;
}

export interface VersionRequest {
  version: number;
}

export interface CreateRoleRequest {
  key: string;
  name: string;
  scope: RoleScope;
  permissions: string[];
}

export interface UpdateRoleRequest {
  version: number;
  name?: string;
  scope?: RoleScope;
  permissions?: string[];
}

export interface AuditQuery {
  actorUserId?: string;
  action?: string;
  resourceType?: string;
  resourceId?: string;
  outcome?: AuditOutcome;
  /** ISO timestamp, inclusive. */
  from?: IsoDateTime;
  /** ISO timestamp, exclusive. */
  to?: IsoDateTime;
  limit?: number;
  before?: number;
}

export interface AuditPage {
  items: AuditEntry[];
  nextBefore: number | null;
}

export interface DemoDataResult {
  organisations: number;
  users: number;
}
