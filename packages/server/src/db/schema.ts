import { sql } from "drizzle-orm";
import {
  bigint,
  primaryKey,
  boolean,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const created = () => ts("created_at").notNull().defaultNow();
const updated = () => ts("updated_at").notNull().defaultNow();
/** Optimistic concurrency: every write must name the version it read. */
const version = () => integer("version").notNull().default(1);

/** HTCDS 2.0 `org_` table. Organisations are not people: no field here is personal data. */
export const organisations = pgTable("organisation", {
  id: uuid("id").primaryKey(),
  org_Name: text("org_name").notNull(),
  org_Type: text("org_type").notNull(),
  org_ShippingStreet: text("org_shipping_street"),
  org_ShippingCity: text("org_shipping_city"),
  org_ShippingState: text("org_shipping_state"),
  org_ShippingPostalCode: text("org_shipping_postal_code"),
  org_ShippingCountry: text("org_shipping_country"),
  org_ShippingLatitude: doublePrecision("org_shipping_latitude"),
  org_ShippingLongitude: doublePrecision("org_shipping_longitude"),
  org_Phone: text("org_phone"),
  active: boolean("active").notNull().default(true),
  demo: boolean("demo").notNull().default(false),
  version: version(),
  createdAt: created(),
  updatedAt: updated(),
});

export const roles = pgTable("role", {
  id: uuid("id").primaryKey(),
  key: text("key").notNull().unique(),
  name: text("name").notNull(),
  scope: text("scope").notNull(),
  permissions: text("permissions").array().notNull(),
  builtIn: boolean("built_in").notNull().default(false),
  version: version(),
  createdAt: created(),
  updatedAt: updated(),
});

/**
 * People who use Ariadne. E-mail and name are personal data: stored encrypted (`*_enc`);
 * the e-mail's blind index (`email_bidx`) serves sign-in lookups and uniqueness.
 */
export const users = pgTable(
  "app_user",
  {
    id: uuid("id").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    roleId: uuid("role_id")
      .notNull()
      .references(() => roles.id),
    emailEnc: text("email_enc").notNull(),
    emailBidx: text("email_bidx").notNull(),
    fullNameEnc: text("full_name_enc").notNull(),
    passwordHash: text("password_hash").notNull(),
    mustChangePassword: boolean("must_change_password").notNull().default(true),
    mfaSecretEnc: text("mfa_secret_enc"),
    /** Last accepted TOTP time step, so a code cannot be replayed. */
    mfaLastStep: bigint("mfa_last_step", { mode: "number" }),
    failedSignIns: integer("failed_sign_ins").notNull().default(0),
    lockedUntil: ts("locked_until"),
    lastLoginAt: ts("last_login_at"),
    language: text("language").notNull().default("en"),
    active: boolean("active").notNull().default(true),
    deactivatedAt: ts("deactivated_at"),
    demo: boolean("demo").notNull().default(false),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex("app_user_email_bidx").on(t.emailBidx), index("app_user_org").on(t.organisationId)],
);

export const recoveryCodes = pgTable(
  "recovery_code",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    codeHash: text("code_hash").notNull(),
    usedAt: ts("used_at"),
    createdAt: created(),
  },
  (t) => [index("recovery_code_user").on(t.userId)],
);

/** Server-side sessions; the cookie holds a random token, the table only its SHA-256. */
export const sessions = pgTable(
  "session",
  {
    idHash: text("id_hash").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    stage: text("stage").notNull(),
    csrfToken: text("csrf_token").notNull(),
    pendingMfaSecretEnc: text("pending_mfa_secret_enc"),
    createdAt: created(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    clientAddress: text("client_address"),
  },
  (t) => [index("session_user").on(t.userId)],
);

export const apiTokens = pgTable(
  "api_token",
  {
    id: uuid("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id),
    name: text("name").notNull(),
    tokenHash: text("token_hash").notNull(),
    permissions: text("permissions").array().notNull(),
    createdAt: created(),
    expiresAt: ts("expires_at").notNull(),
    lastUsedAt: ts("last_used_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [index("api_token_user").on(t.userId), uniqueIndex("api_token_hash").on(t.tokenHash)],
);

/**
 * Append-only, hash-chained audit log. `seq` is assigned under an advisory lock so the chain
 * has no gaps; a trigger refuses UPDATE, DELETE and TRUNCATE.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    seq: bigint("seq", { mode: "number" }).primaryKey(),
    at: ts("at").notNull(),
    actorUserId: uuid("actor_user_id"),
    actorOrganisationId: uuid("actor_organisation_id"),
    action: text("action").notNull(),
    resourceType: text("resource_type"),
    resourceId: text("resource_id"),
    outcome: text("outcome").notNull(),
    clientAddress: text("client_address"),
    details: jsonb("details")
      .$type<Record<string, unknown>>()
      .notNull()
      .default(sql`'{}'::jsonb`),
    prevHash: text("prev_hash").notNull(),
    hash: text("hash").notNull(),
  },
  (t) => [
    index("audit_log_actor").on(t.actorUserId),
    index("audit_log_action").on(t.action),
    index("audit_log_resource").on(t.resourceType, t.resourceId),
    index("audit_log_at").on(t.at),
  ],
);

/** Data keys, each wrapped (encrypted) by the master key, which never enters the database. */
export const encryptionKeys = pgTable("encryption_key", {
  id: text("id").primaryKey(),
  purpose: text("purpose").notNull(),
  wrappedKey: text("wrapped_key").notNull(),
  status: text("status").notNull(),
  createdAt: created(),
});

/** Instance-wide facts such as the one-time setup token's hash. */
export const instanceSettings = pgTable("instance_setting", {
  key: text("key").primaryKey(),
  value: jsonb("value").$type<unknown>().notNull(),
  updatedAt: updated(),
});

/**
 * Per-record grants: a named user or organisation may do some permissions on one record
 * (optionally only some parts of it). Referrals and assignments create them; the access
 * policy reads them.
 */
export const recordGrants = pgTable(
  "record_grant",
  {
    id: uuid("id").primaryKey(),
    granteeUserId: uuid("grantee_user_id").references(() => users.id),
    granteeOrganisationId: uuid("grantee_organisation_id").references(() => organisations.id),
    resourceType: text("resource_type").notNull(),
    resourceId: text("resource_id").notNull(),
    permissions: text("permissions").array().notNull(),
    parts: text("parts").array(),
    grantedBy: uuid("granted_by").references(() => users.id),
    createdAt: created(),
    expiresAt: ts("expires_at"),
    revokedAt: ts("revoked_at"),
  },
  (t) => [
    index("record_grant_user").on(t.granteeUserId),
    index("record_grant_org").on(t.granteeOrganisationId),
    index("record_grant_resource").on(t.resourceType, t.resourceId),
  ],
);

/** Versions of the screening indicator catalogue. Every screening records the one it used. */
export const screeningCatalogues = pgTable(
  "screening_catalogue",
  {
    id: text("id").notNull(),
    version: text("version").notNull(),
    content: jsonb("content").$type<unknown>().notNull(),
    active: boolean("active").notNull().default(false),
    loadedBy: uuid("loaded_by").references(() => users.id),
    loadedAt: created(),
  },
  (t) => [primaryKey({ columns: [t.id, t.version] })],
);

/**
 * Identify's screenings. Anonymous by design: no name or identity field. Free-text notes and
 * safety concerns are personal data and encrypted; the rest is analytic and plain.
 */
export const screenings = pgTable(
  "screening",
  {
    id: uuid("id").primaryKey(),
    organisationId: uuid("organisation_id")
      .notNull()
      .references(() => organisations.id),
    ownerId: uuid("owner_id")
      .notNull()
      .references(() => users.id),
    catalogueId: text("catalogue_id").notNull(),
    catalogueVersion: text("catalogue_version").notNull(),
    status: text("status").notNull(),
    screenerRole: text("screener_role").notNull(),
    language: text("language").notNull(),
    safety: jsonb("safety").$type<Record<string, string | null>>().notNull(),
    preferences: jsonb("preferences").$type<Record<string, string | null>>().notNull(),
    exploitation: text("exploitation"),
    pathway: text("pathway").notNull(),
    indicatorSet: text("indicator_set"),
    answers: jsonb("answers").$type<Record<string, string>>().notNull(),
    notesEnc: text("notes_enc"),
    safetyConcernsEnc: text("safety_concerns_enc"),
    outcome: jsonb("outcome").$type<unknown>(),
    outcomeLevel: text("outcome_level"),
    demo: boolean("demo").notNull().default(false),
    version: version(),
    createdAt: created(),
    updatedAt: updated(),
    completedAt: ts("completed_at"),
  },
  (t) => [index("screening_owner").on(t.ownerId), index("screening_org").on(t.organisationId, t.status)],
);

// Protect (cases, referrals, justice, retention) lives in its own file.
export * from "./protect-schema.ts";
export * from "./know-schema.ts";
export * from "./online-schema.ts";
