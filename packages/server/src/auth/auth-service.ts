import { randomUUID } from "node:crypto";
import QRCode from "qrcode";
import {
  DomainError,
  invalid,
  isPermission,
  notFound,
  requiresSecondFactor,
  type Actor,
  type Permission,
  type Scope,
} from "@ariadne/domain";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Executor } from "../db/connection.ts";
import type { RequestContext } from "../request-context.ts";
import { aad } from "../security/encrypted-columns.ts";
import type { Keyring } from "../security/keyring.ts";
import { decoyHash, hashNewPassword, verifyPassword } from "../security/passwords.ts";
import { randomToken, sha256 } from "../security/secrets.ts";
import { newTotpSecret, totpUri, verifyTotp } from "../security/totp.ts";
import * as users from "../users/user-repository.ts";
import type { UserService } from "../users/user-service.ts";
import * as tokens from "./api-token-repository.ts";
import type { ApiTokenView, SessionStage, SessionView } from "./auth-schema.ts";
import { grantsFor } from "./grant-repository.ts";
import * as principals from "./principal-repository.ts";
import * as recovery from "./recovery-code-repository.ts";
import * as sessions from "./session-repository.ts";

export const MAX_FAILED_SIGN_INS = 5;
export const LOCKOUT_MS = 15 * 60_000;
const RECOVERY_CODES = 10;
const API_TOKEN_PREFIX = "ari_";
/** Activity timestamps are written at most this often, not on every request. */
const TOUCH_INTERVAL_MS = 15_000;

export interface AuthSettings {
  readonly idleMs: number;
  readonly absoluteMs: number;
  readonly now?: () => Date;
}

/** Who is signed in, resolved from a session cookie or an API token. */
export interface Authenticated {
  readonly actor: Actor;
  readonly user: users.UserWithRelations;
  readonly stage: SessionStage;
  readonly via: "session" | "token";
  readonly session?: sessions.SessionRow;
}

const wrongCredentials = () => new DomainError("unauthenticated", "The e-mail address or password is wrong");

export class AuthService {
  private readonly now: () => Date;

  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly userService: UserService,
    private readonly settings: AuthSettings,
  ) {
    this.now = settings.now ?? (() => new Date());
  }

  /** Checks the password and opens a session in the stage the account requires next. */
  async login(
    ctx: RequestContext,
    email: string,
    password: string,
  ): Promise<{ token: string; view: SessionView }> {
    const found = await users.findByEmailIndex(this.db, this.userService.emailIndex(email));
    if (!found) {
      await verifyPassword(await decoyHash(), password);
      await this.audit.record(ctx, {
        action: "auth.login",
        outcome: "failure",
        details: { reason: "unknown_account" },
      });
      throw wrongCredentials();
    }
    const u = found.user;
    const subject = { subjectUserId: u.id, subjectOrganisationId: u.organisationId };
    const now = this.now();
    if (u.lockedUntil && u.lockedUntil > now) {
      await this.audit.record(ctx, {
        action: "auth.login",
        outcome: "denied",
        ...subject,
        details: { reason: "locked" },
      });
      throw lockedError(u.lockedUntil);
    }
    if (!(await verifyPassword(u.passwordHash, password))) {
      await this.registerFailure(ctx, u, "wrong_password");
      throw wrongCredentials();
    }
    if (!u.active || !found.organisationActive) {
      const reason = u.active ? "organisation_deactivated" : "deactivated";
      await this.audit.record(ctx, {
        action: "auth.login",
        outcome: "denied",
        ...subject,
        details: { reason },
      });
      throw new DomainError(
        "forbidden",
        u.active
          ? "Your organisation is deactivated in Ariadne; ask an administrator"
          : "This account is deactivated; ask your administrator",
      );
    }
    const token = randomToken();
    const idHash = sha256(token);
    const stage = nextStage(found, "password");
    await this.db.transaction(async (tx) => {
      await users.updateSignInState(tx, u.id, { failedSignIns: 0, lockedUntil: null, lastLoginAt: now });
      await sessions.insert(tx, {
        idHash,
        userId: u.id,
        stage,
        csrfToken: randomToken(24),
        createdAt: now,
        lastSeenAt: now,
        expiresAt: new Date(now.getTime() + this.settings.absoluteMs),
        clientAddress: ctx.clientAddress,
      });
      await this.audit.append(tx, ctx, { action: "auth.login", ...subject, details: { stage } });
    });
    const auth = await this.authenticateSession(token, ctx.clientAddress);
    if (!auth) throw new Error("a session just created could not be read back");
    return { token, view: await this.sessionView(auth) };
  }

  /** Resolves a session cookie; refreshes its idle timer. Undefined when missing or expired. */
  async authenticateSession(token: string, clientAddress: string | null): Promise<Authenticated | undefined> {
    const idHash = sha256(token);
    const found = await principals.bySession(this.db, idHash);
    if (!found) return undefined;
    const { session, hasGrants, ...user } = found;
    const now = this.now();
    if (session.expiresAt <= now || session.lastSeenAt.getTime() + this.settings.idleMs <= now.getTime()) {
      await sessions.remove(this.db, idHash);
      await this.audit.record(
        { actor: null, clientAddress },
        { action: "auth.session_expired", subjectUserId: session.userId },
      );
      return undefined;
    }
    if (!user.user.active || !user.organisationActive) {
      await sessions.remove(this.db, idHash);
      return undefined;
    }
    let refreshed = session;
    if (now.getTime() - session.lastSeenAt.getTime() >= TOUCH_INTERVAL_MS) {
      await sessions.update(this.db, idHash, { lastSeenAt: now });
      refreshed = { ...session, lastSeenAt: now };
    }
    let stage = session.stage as SessionStage;
    // A role may have gained personal-data permissions since sign-in: enrol before going on.
    if (stage === "active" && needsEnrolment(user)) stage = "mfa_enrolment";
    const actor = await this.actorFor(user, hasGrants);
    return { actor, user, stage, via: "session", session: refreshed };
  }

  /** Resolves `Authorization: Bearer ari_...`; the token acts with at most its own permissions. */
  async authenticateToken(bearer: string): Promise<Authenticated | undefined> {
    if (!bearer.startsWith(API_TOKEN_PREFIX)) return undefined;
    const found = await principals.byToken(this.db, sha256(bearer));
    const now = this.now();
    if (!found || found.token.revokedAt || found.token.expiresAt <= now) return undefined;
    const { token, hasGrants, ...user } = found;
    if (!user.user.active || !user.organisationActive) return undefined;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= TOUCH_INTERVAL_MS) {
      await tokens.touch(this.db, token.id, now);
    }
    const full = await this.actorFor(user, hasGrants);
    const allowed = new Set(token.permissions.filter(isPermission));
    const actor: Actor = {
      ...full,
      permissions: new Set([...full.permissions].filter((p) => allowed.has(p))),
    };
    return { actor, user, stage: "active", via: "token" };
  }

  async challenge(
    ctx: RequestContext,
    auth: Authenticated,
    answer: { code: string } | { recoveryCode: string },
  ): Promise<SessionView> {
    const session = this.requireStage(auth, ["mfa_challenge"]);
    const u = auth.user.user;
    if (u.lockedUntil && u.lockedUntil > this.now()) throw lockedError(u.lockedUntil);
    if (!u.mfaSecretEnc) throw new DomainError("conflict", "No second factor is enrolled for this account");
    let method: "totp" | "recovery_code";
    if ("code" in answer) {
      method = "totp";
      const secret = await this.keyring.decrypt(u.mfaSecretEnc, aad("app_user.mfa_secret", u.id));
      const step = await verifyTotp(secret, answer.code, u.mfaLastStep, this.now());
      if (step === null) return this.failChallenge(ctx, auth, "code");
      await users.updateSignInState(this.db, u.id, { mfaLastStep: step });
    } else {
      method = "recovery_code";
      if (
        !(await recovery.consume(
          this.db,
          u.id,
          sha256(normaliseRecoveryCode(answer.recoveryCode)),
          this.now(),
        ))
      ) {
        return this.failChallenge(ctx, auth, "recoveryCode");
      }
    }
    return this.advance(ctx, auth, session, { action: "auth.second_factor", details: { method } });
  }

  /** Starts enrolment: a new secret, kept encrypted in the session until confirmed. */
  async startEnrolment(
    ctx: RequestContext,
    auth: Authenticated,
  ): Promise<{ secret: string; otpauthUrl: string; qrSvg: string }> {
    const session = this.requireStage(auth, ["mfa_enrolment", "active"]);
    const secret = newTotpSecret();
    await sessions.update(this.db, session.idHash, {
      pendingMfaSecretEnc: this.keyring.encrypt(secret, aad("session.pending_mfa_secret", session.idHash)),
    });
    const email = await this.keyring.decrypt(
      auth.user.user.emailEnc,
      aad("app_user.email", auth.user.user.id),
    );
    const otpauthUrl = totpUri(secret, email);
    const qrSvg = await QRCode.toString(otpauthUrl, { type: "svg", errorCorrectionLevel: "M", margin: 2 });
    await this.audit.record(ctx, {
      action: "auth.second_factor_enrolment_started",
      resourceType: "user",
      resourceId: auth.user.user.id,
    });
    return { secret, otpauthUrl, qrSvg };
  }

  async confirmEnrolment(
    ctx: RequestContext,
    auth: Authenticated,
    code: string,
  ): Promise<{ recoveryCodes: string[]; session: SessionView }> {
    const session = this.requireStage(auth, ["mfa_enrolment", "active"]);
    if (!session.pendingMfaSecretEnc) throw new DomainError("conflict", "Start the enrolment first");
    const secret = await this.keyring.decrypt(
      session.pendingMfaSecretEnc,
      aad("session.pending_mfa_secret", session.idHash),
    );
    const step = await verifyTotp(secret, code, null, this.now());
    if (step === null)
      throw invalid("code", "This code does not match; check the time on your phone and try the next code");
    const u = auth.user.user;
    const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
    const view = await this.advance(
      ctx,
      auth,
      session,
      { action: "auth.second_factor_enrolled", resourceType: "user", resourceId: u.id },
      async (tx) => {
        await users.updateSignInState(tx, u.id, {
          mfaSecretEnc: this.keyring.encrypt(secret, aad("app_user.mfa_secret", u.id)),
          mfaLastStep: step,
        });
        await recovery.replaceAll(
          tx,
          u.id,
          codes.map((c) => sha256(normaliseRecoveryCode(c))),
        );
        await sessions.update(tx, session.idHash, { pendingMfaSecretEnc: null });
      },
    );
    return { recoveryCodes: codes, session: view };
  }

  /** Changing the password ends every other session of the user. */
  async changePassword(
    ctx: RequestContext,
    auth: Authenticated,
    current: string,
    next: string,
  ): Promise<SessionView> {
    const session = this.requireStage(auth, ["password_change", "active"]);
    const u = auth.user.user;
    if (!(await verifyPassword(u.passwordHash, current))) {
      await this.registerFailure(ctx, u, "wrong_current_password");
      throw invalid("currentPassword", "is wrong");
    }
    if (current === next) throw invalid("newPassword", "must differ from the current password");
    const email = await this.keyring.decrypt(u.emailEnc, aad("app_user.email", u.id));
    const name = await this.keyring.decrypt(u.fullNameEnc, aad("app_user.full_name", u.id));
    const passwordHash = await hashNewPassword(next, [email, name, ...name.split(/\s+/)], "newPassword");
    return this.advance(
      ctx,
      { ...auth, user: { ...auth.user, user: { ...u, mustChangePassword: false } } },
      session,
      { action: "auth.password_changed", resourceType: "user", resourceId: u.id },
      async (tx) => {
        await users.updateSignInState(tx, u.id, { passwordHash, mustChangePassword: false });
        await sessions.removeAllOfUser(tx, u.id, session.idHash);
      },
    );
  }

  async logout(ctx: RequestContext, auth: Authenticated): Promise<void> {
    if (!auth.session) return;
    const idHash = auth.session.idHash;
    await this.db.transaction(async (tx) => {
      await sessions.remove(tx, idHash);
      await this.audit.append(tx, ctx, { action: "auth.logout" });
    });
  }

  async logoutEverywhere(ctx: RequestContext, auth: Authenticated): Promise<void> {
    await this.db.transaction(async (tx) => {
      const ended = await sessions.removeAllOfUser(tx, auth.user.user.id);
      await this.audit.append(tx, ctx, {
        action: "auth.logout_everywhere",
        details: { sessionsEnded: ended },
      });
    });
  }

  async listTokens(auth: Authenticated): Promise<ApiTokenView[]> {
    return (await tokens.listForUser(this.db, auth.user.user.id)).map(presentToken);
  }

  async createToken(
    ctx: RequestContext,
    auth: Authenticated,
    input: { name: string; permissions: string[]; expiresInDays: number },
  ): Promise<{ token: string; apiToken: ApiTokenView }> {
    const own = auth.actor.permissions;
    input.permissions.forEach((p, i) => {
      if (!isPermission(p)) throw invalid(`permissions.${i}`, `${p} is not a permission`);
      if (!own.has(p)) throw invalid(`permissions.${i}`, `you do not hold ${p}, so a token cannot either`);
    });
    const token = API_TOKEN_PREFIX + randomToken(32);
    const id = randomUUID();
    const now = this.now();
    await this.db.transaction(async (tx) => {
      await tokens.insert(tx, {
        id,
        userId: auth.user.user.id,
        name: input.name,
        tokenHash: sha256(token),
        permissions: input.permissions,
        createdAt: now,
        expiresAt: new Date(now.getTime() + input.expiresInDays * 86_400_000),
      });
      await this.audit.append(tx, ctx, {
        action: "api_token.create",
        resourceType: "api_token",
        resourceId: id,
        details: { permissions: input.permissions, expiresInDays: input.expiresInDays },
      });
    });
    const row = await tokens.findByHash(this.db, sha256(token));
    if (!row) throw new Error("a token just created could not be read back");
    return { token, apiToken: presentToken(row) };
  }

  async revokeToken(ctx: RequestContext, auth: Authenticated, id: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      if (!(await tokens.revoke(tx, id, auth.user.user.id, this.now()))) throw notFound("The API token");
      await this.audit.append(tx, ctx, {
        action: "api_token.revoke",
        resourceType: "api_token",
        resourceId: id,
      });
    });
  }

  async sessionView(auth: Authenticated): Promise<SessionView> {
    const u = auth.user.user;
    const session = auth.session;
    const lastSeen = session?.lastSeenAt ?? this.now();
    const idleExpires = new Date(lastSeen.getTime() + this.settings.idleMs);
    const absolute = session?.expiresAt ?? idleExpires;
    return {
      stage: auth.stage,
      user: {
        id: u.id,
        email: await this.keyring.decrypt(u.emailEnc, aad("app_user.email", u.id)),
        fullName: await this.keyring.decrypt(u.fullNameEnc, aad("app_user.full_name", u.id)),
        organisationId: u.organisationId,
        organisationName: auth.user.organisationName,
        roleKey: auth.user.role.key,
        roleName: auth.user.role.name,
        scope: auth.user.role.scope as Scope,
        permissions: auth.stage === "active" ? [...auth.actor.permissions] : [],
        mfaEnabled: u.mfaSecretEnc !== null,
        language: u.language,
      },
      csrfToken: session?.csrfToken ?? "",
      idleExpiresAt: (idleExpires < absolute ? idleExpires : absolute).toISOString(),
      absoluteExpiresAt: absolute.toISOString(),
      idleTimeoutSeconds: Math.round(this.settings.idleMs / 1000),
    };
  }

  /** Deletes expired sessions; run periodically. */
  purgeExpiredSessions(): Promise<number> {
    return sessions.removeExpired(this.db, this.now(), this.settings.idleMs);
  }

  private async actorFor(user: users.UserWithRelations, hasGrants: boolean): Promise<Actor> {
    return {
      userId: user.user.id,
      organisationId: user.user.organisationId,
      active: user.user.active && user.organisationActive,
      scope: user.role.scope as Scope,
      permissions: new Set<Permission>(user.role.permissions.filter(isPermission)),
      grants: hasGrants ? await grantsFor(this.db, user.user.id, user.user.organisationId, this.now()) : [],
    };
  }

  private requireStage(auth: Authenticated, stages: readonly SessionStage[]): sessions.SessionRow {
    if (!auth.session)
      throw new DomainError("forbidden", "This needs a signed-in browser session, not an API token");
    if (!stages.includes(auth.stage)) {
      throw new DomainError("conflict", `Not possible now: the session is at the ${auth.stage} step`);
    }
    return auth.session;
  }

  /** Moves the session past the step just completed, in one transaction with `work` and the audit entry. */
  private async advance(
    ctx: RequestContext,
    auth: Authenticated,
    session: sessions.SessionRow,
    event: Parameters<AuditService["append"]>[2],
    work?: (tx: Executor) => Promise<void>,
  ): Promise<SessionView> {
    const completed =
      auth.stage === "mfa_challenge"
        ? "mfa"
        : auth.stage === "password_change"
          ? "password_change"
          : "enrolment";
    const enrolled =
      auth.stage === "mfa_enrolment" || auth.user.user.mfaSecretEnc !== null || completed === "enrolment";
    const stage = nextStage(auth.user, completed, enrolled);
    await this.db.transaction(async (tx) => {
      await work?.(tx);
      await sessions.update(tx, session.idHash, { stage });
      await this.audit.append(tx, { ...ctx, actor: auth.actor }, event);
    });
    return this.sessionView({ ...auth, stage, session: { ...session, stage } });
  }

  private async failChallenge(ctx: RequestContext, auth: Authenticated, path: string): Promise<never> {
    await this.registerFailure(ctx, auth.user.user, "wrong_second_factor");
    throw invalid(
      path,
      path === "code"
        ? "This code is wrong or was already used"
        : "This recovery code is wrong or was already used",
    );
  }

  /** Counts a failure; the fifth in a row locks the account for 15 minutes (audited). */
  private async registerFailure(ctx: RequestContext, u: users.UserRow, reason: string): Promise<void> {
    const failures = u.failedSignIns + 1;
    const lock = failures >= MAX_FAILED_SIGN_INS ? new Date(this.now().getTime() + LOCKOUT_MS) : null;
    const subject = { subjectUserId: u.id, subjectOrganisationId: u.organisationId };
    await this.db.transaction(async (tx) => {
      await users.updateSignInState(tx, u.id, {
        failedSignIns: lock ? 0 : failures,
        ...(lock ? { lockedUntil: lock } : {}),
      });
      await this.audit.append(tx, ctx, {
        action: "auth.login",
        outcome: "failure",
        ...subject,
        details: { reason },
      });
      if (lock)
        await this.audit.append(tx, ctx, {
          action: "auth.lockout",
          outcome: "denied",
          ...subject,
          details: { until: lock.toISOString() },
        });
    });
    if (lock) throw lockedError(lock);
  }
}

function needsEnrolment(user: users.UserWithRelations): boolean {
  return user.user.mfaSecretEnc === null && requiresSecondFactor(user.role.permissions.filter(isPermission));
}

/**
 * The order of steps after the password: second factor (if enrolled), then a required
 * password change, then second-factor enrolment (if the role reads personal data).
 */
function nextStage(
  user: users.UserWithRelations,
  completed: "password" | "mfa" | "password_change" | "enrolment",
  enrolled = user.user.mfaSecretEnc !== null,
): SessionStage {
  const order: SessionStage[] = [];
  if (completed === "password" && enrolled) order.push("mfa_challenge");
  if ((completed === "password" || completed === "mfa") && user.user.mustChangePassword)
    order.push("password_change");
  if (!enrolled && requiresSecondFactor(user.role.permissions.filter(isPermission)))
    order.push("mfa_enrolment");
  return order[0] ?? "active";
}

function lockedError(until: Date): DomainError {
  return new DomainError(
    "locked",
    `Too many failed attempts: this account is locked until ${until.toISOString()}. Try again later or ask your administrator to unlock it.`,
  );
}

function presentToken(r: tokens.ApiTokenRow): ApiTokenView {
  return {
    id: r.id,
    name: r.name,
    permissions: r.permissions,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
    lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
    revokedAt: r.revokedAt?.toISOString() ?? null,
  };
}

/** Crockford's base32: no i, l, o or u, so codes survive being read aloud or written down. */
const RECOVERY_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
/** Three groups of four characters: 60 random bits (256 is a multiple of 32, so no bias). */
function newRecoveryCode(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  const chars = [...bytes].map((b) => RECOVERY_ALPHABET[b % 32] ?? "0");
  return `${chars.slice(0, 4).join("")}-${chars.slice(4, 8).join("")}-${chars.slice(8).join("")}`;
}

function normaliseRecoveryCode(code: string): string {
  return code
    .toLowerCase()
    .replace(/o/g, "0")
    .replace(/[il]/g, "1")
    .replace(/[^0-9a-z]/g, "");
}
