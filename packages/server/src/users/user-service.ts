import type { AuditAction } from "@ariadne/domain";
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import {
  conflict,
  DomainError,
  invalid,
  notFound,
  type OrganisationType,
  type Resource,
  type Scope,
} from "@ariadne/domain";
import { authorize, authorizeList, requireActor } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import * as tokens from "../auth/api-token-repository.ts";
import * as sessions from "../auth/session-repository.ts";
import type { Db, Executor } from "../db/connection.ts";
import * as organisations from "../organisations/organisation-repository.ts";
import * as roles from "../roles/role-repository.ts";
import type { RequestContext } from "../request-context.ts";
import { aad } from "../security/encrypted-columns.ts";
import type { Keyring } from "../security/keyring.ts";
import { hashNewPassword } from "../security/passwords.ts";
import * as repo from "./user-repository.ts";
import type { UserView } from "./user-schema.ts";

export const EMAIL_INDEX = "app_user.email";

export interface CreateUserInput {
  email: string;
  fullName: string;
  organisationId: string;
  roleId: string;
  password: string;
  language?: string | undefined;
}

export interface UpdateUserInput {
  version: number;
  fullName?: string | undefined;
  organisationId?: string | undefined;
  roleId?: string | undefined;
  language?: string | undefined;
}

const userResource = (u: repo.UserRow): Resource => ({
  kind: "record",
  type: "user",
  id: u.id,
  organisationId: u.organisationId,
  ownerId: u.id,
});

/** Managing the people who use Ariadne. Their e-mail and name are personal data. */
export class UserService {
  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
  ) {}

  emailIndex(email: string): string {
    return this.keyring.blindIndex(EMAIL_INDEX, email.trim().toLowerCase());
  }

  /** Writes a new user row with encrypted fields; shared by the admin use-case, setup and demo. */
  async insertUser(
    ex: Executor,
    input: CreateUserInput,
    extra: Partial<repo.NewUserRow> = {},
  ): Promise<string> {
    const emailBidx = this.emailIndex(input.email);
    if (await repo.findByEmailIndex(ex, emailBidx)) {
      throw new DomainError("conflict", "email: a user with this e-mail address already exists", [
        { path: "email", message: "a user with this e-mail address already exists" },
      ]);
    }
    const passwordHash = await hashNewPassword(input.password, [
      input.email,
      input.fullName,
      ...input.fullName.split(/\s+/),
    ]);
    const id = randomUUID();
    await repo.insert(ex, {
      id,
      organisationId: input.organisationId,
      roleId: input.roleId,
      emailEnc: this.keyring.encrypt(input.email, aad("app_user.email", id)),
      emailBidx,
      fullNameEnc: this.keyring.encrypt(input.fullName, aad("app_user.full_name", id)),
      passwordHash,
      language: input.language ?? "en",
      ...extra,
    });
    return id;
  }

  async create(ctx: RequestContext, input: CreateUserInput): Promise<UserView> {
    const organisation = await organisations.findById(this.db, input.organisationId);
    if (!organisation) throw invalid("organisationId", "no such organisation");
    if (!organisation.active) throw invalid("organisationId", "the organisation is deactivated");
    if (!(await roles.findById(this.db, input.roleId))) throw invalid("roleId", "no such role");
    await authorize(this.audit, ctx, "user.manage", {
      kind: "record",
      type: "organisation",
      id: organisation.id,
      organisationId: organisation.id,
      ownerId: null,
    });
    const id = await this.db.transaction(async (tx) => {
      const newId = await this.insertUser(tx, input);
      await this.audit.append(tx, ctx, {
        action: "user.create",
        resourceType: "user",
        resourceId: newId,
        details: { organisationId: input.organisationId, roleId: input.roleId },
      });
      return newId;
    });
    return this.load(id);
  }

  /** For `ariadne admin create`: an administrator in a named organisation, created if missing. */
  async createAdministrator(
    ctx: RequestContext,
    input: {
      email: string;
      fullName: string;
      password: string;
      organisationName: string;
      organisationType: OrganisationType;
    },
  ): Promise<string> {
    const role = await roles.findByKey(this.db, "administrator");
    if (!role) throw new Error("the built-in administrator role is missing");
    return this.db.transaction(async (tx) => {
      const existing = (
        await organisations.list(tx, { search: input.organisationName, includeInactive: false })
      ).find((o) => o.org_Name === input.organisationName);
      const organisationId = existing?.id ?? randomUUID();
      if (!existing)
        await organisations.insert(tx, {
          id: organisationId,
          org_Name: input.organisationName,
          org_Type: input.organisationType,
        });
      const id = await this.insertUser(
        tx,
        {
          email: input.email,
          fullName: input.fullName,
          password: input.password,
          organisationId,
          roleId: role.id,
        },
        { mustChangePassword: false },
      );
      await this.audit.append(tx, ctx, {
        action: "user.create",
        resourceType: "user",
        resourceId: id,
        details: { organisationId, roleId: role.id, via: "cli" },
      });
      return id;
    });
  }

  async list(
    ctx: RequestContext,
    filters: repo.UserListFilters & { search?: string | undefined },
  ): Promise<UserView[]> {
    const scope = await authorizeList(this.audit, ctx, "user.read", "user");
    const search = filters.search?.trim().toLowerCase();
    const byEmail = search?.includes("@") ? this.emailIndex(search) : undefined;
    const rows = await repo.list(this.db, scope, { ...filters, emailBidx: byEmail });
    let views = await Promise.all(rows.map((r) => this.present(r)));
    if (search && !byEmail) views = views.filter((v) => v.fullName.toLowerCase().includes(search));
    await this.audit.record(ctx, {
      action: "user.list",
      resourceType: "user",
      details: { count: views.length, filtered: Boolean(search) },
    });
    return views;
  }

  async get(ctx: RequestContext, id: string): Promise<UserView> {
    const row = await repo.findById(this.db, id);
    if (!row) throw notFound("The user");
    await authorize(this.audit, ctx, "user.read", userResource(row.user));
    await this.audit.record(ctx, { action: "user.read", resourceType: "user", resourceId: id });
    return this.present(row);
  }

  async update(ctx: RequestContext, id: string, input: UpdateUserInput): Promise<UserView> {
    const current = await this.loadForChange(ctx, id);
    if (input.organisationId && !(await organisations.findById(this.db, input.organisationId))) {
      throw invalid("organisationId", "no such organisation");
    }
    if (input.roleId && input.roleId !== current.user.roleId) {
      if (!(await roles.findById(this.db, input.roleId))) throw invalid("roleId", "no such role");
      if (current.user.id === requireActor(ctx).userId) {
        throw conflict("You cannot change your own role; ask another administrator");
      }
    }
    const changes: Partial<repo.NewUserRow> = {};
    if (input.fullName !== undefined)
      changes.fullNameEnc = this.keyring.encrypt(input.fullName, aad("app_user.full_name", id));
    if (input.organisationId !== undefined) changes.organisationId = input.organisationId;
    if (input.roleId !== undefined) changes.roleId = input.roleId;
    if (input.language !== undefined) changes.language = input.language;
    return this.write(
      ctx,
      id,
      input.version,
      changes,
      "user.update",
      { fields: Object.keys(input).filter((k) => k !== "version") },
      (tx) => keepOneAdministrator(tx, "change the role of"),
    );
  }

  /** Deactivating keeps the user and their history; it ends their sessions and API access. */
  async deactivate(ctx: RequestContext, id: string, version: number): Promise<UserView> {
    if (id === requireActor(ctx).userId) throw conflict("You cannot deactivate your own account");
    await this.loadForChange(ctx, id);
    return this.write(
      ctx,
      id,
      version,
      { active: false, deactivatedAt: new Date() },
      "user.deactivate",
      {},
      async (tx) => {
        await keepOneAdministrator(tx, "deactivate");
        await sessions.removeAllOfUser(tx, id);
        await tokens.revokeAllOfUser(tx, id, new Date());
      },
    );
  }

  async reactivate(ctx: RequestContext, id: string, version: number): Promise<UserView> {
    await this.loadForChange(ctx, id);
    return this.write(
      ctx,
      id,
      version,
      { active: true, deactivatedAt: null, failedSignIns: 0, lockedUntil: null },
      "user.reactivate",
    );
  }

  /** For a lost phone: the user enrols a new second factor at their next sign-in. */
  async resetSecondFactor(ctx: RequestContext, id: string, version: number): Promise<UserView> {
    await this.loadForChange(ctx, id);
    return this.write(
      ctx,
      id,
      version,
      { mfaSecretEnc: null, mfaLastStep: null },
      "user.reset_second_factor",
      {},
      async (tx) => {
        await sessions.removeAllOfUser(tx, id);
      },
    );
  }

  /**
   * For a forgotten password: an administrator sets a new initial password, which the user
   * must change at their next sign-in. Their sessions end; their second factor stays.
   */
  async resetPassword(ctx: RequestContext, id: string, version: number, password: string): Promise<UserView> {
    const current = await this.loadForChange(ctx, id);
    if (id === requireActor(ctx).userId) throw conflict("Change your own password under Account instead");
    const email = await this.keyring.decrypt(current.user.emailEnc, aad("app_user.email", id));
    const name = await this.keyring.decrypt(current.user.fullNameEnc, aad("app_user.full_name", id));
    const passwordHash = await hashNewPassword(password, [email, name, ...name.split(/\s+/)]);
    return this.write(
      ctx,
      id,
      version,
      { passwordHash, mustChangePassword: true, failedSignIns: 0, lockedUntil: null },
      "user.reset_password",
      {},
      async (tx) => {
        await sessions.removeAllOfUser(tx, id);
      },
    );
  }

  async unlock(ctx: RequestContext, id: string, version: number): Promise<UserView> {
    await this.loadForChange(ctx, id);
    return this.write(ctx, id, version, { failedSignIns: 0, lockedUntil: null }, "user.unlock");
  }

  /** Display names for the audit view. */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await repo.encryptedNames(this.db, ids);
    const names = new Map<string, string>();
    for (const r of rows)
      names.set(r.id, await this.keyring.decrypt(r.fullNameEnc, aad("app_user.full_name", r.id)));
    return names;
  }

  async present(row: repo.UserWithRelations): Promise<UserView> {
    const u = row.user;
    return {
      id: u.id,
      email: await this.keyring.decrypt(u.emailEnc, aad("app_user.email", u.id)),
      fullName: await this.keyring.decrypt(u.fullNameEnc, aad("app_user.full_name", u.id)),
      organisationId: u.organisationId,
      organisationName: row.organisationName,
      roleId: row.role.id,
      roleKey: row.role.key,
      roleName: row.role.name,
      scope: row.role.scope as Scope,
      active: u.active,
      mfaEnabled: u.mfaSecretEnc !== null,
      lockedUntil: u.lockedUntil && u.lockedUntil > new Date() ? u.lockedUntil.toISOString() : null,
      lastLoginAt: u.lastLoginAt?.toISOString() ?? null,
      createdAt: u.createdAt.toISOString(),
      version: u.version,
      language: u.language,
    };
  }

  private async load(id: string): Promise<UserView> {
    const row = await repo.findById(this.db, id);
    if (!row) throw notFound("The user");
    return this.present(row);
  }

  private async loadForChange(ctx: RequestContext, id: string): Promise<repo.UserWithRelations> {
    const row = await repo.findById(this.db, id);
    if (!row) throw notFound("The user");
    await authorize(this.audit, ctx, "user.manage", userResource(row.user));
    return row;
  }

  private async write(
    ctx: RequestContext,
    id: string,
    version: number,
    changes: Partial<repo.NewUserRow>,
    action: AuditAction,
    details: Record<string, unknown> = {},
    alsoInTransaction?: (tx: Executor) => Promise<void>,
  ): Promise<UserView> {
    await this.db.transaction(async (tx) => {
      if (!(await repo.updateVersioned(tx, id, version, changes))) {
        throw conflict("Someone else changed this user since you read it; reload and try again");
      }
      await alsoInTransaction?.(tx);
      await this.audit.append(tx, ctx, { action, resourceType: "user", resourceId: id, details });
    });
    return this.load(id);
  }
}

/** Serialises changes that could remove the last administrator, cluster-wide. */
const ADMINISTRATORS_LOCK = 7_241_004;

/**
 * Nobody may remove the last active administrator: the installation would be unmanageable.
 * Runs inside the write's transaction, after the update and under a lock, so two concurrent
 * removals cannot both pass.
 */
async function keepOneAdministrator(tx: Executor, verb: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${ADMINISTRATORS_LOCK})`);
  const administrator = await roles.findByKey(tx, "administrator");
  if (administrator && (await repo.countActiveWithRole(tx, administrator.id)) === 0) {
    throw conflict(`You cannot ${verb} the last active administrator`);
  }
}
