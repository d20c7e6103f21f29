import { eq, sql } from "drizzle-orm";
import { DomainError, type OrganisationFields } from "@ariadne/domain";
import type { AuditService } from "../audit/audit-service.ts";
import type { AuthService } from "../auth/auth-service.ts";
import type { SessionView } from "../auth/auth-schema.ts";
import type { Db } from "../db/connection.ts";
import { instanceSettings } from "../db/schema.ts";
import type { DemoService } from "../demo/demo-service.ts";
import type { OrganisationService } from "../organisations/organisation-service.ts";
import type { RequestContext } from "../request-context.ts";
import * as roles from "../roles/role-repository.ts";
import { constantTimeEqual, randomToken, sha256 } from "../security/secrets.ts";
import * as users from "../users/user-repository.ts";
import type { UserService } from "../users/user-service.ts";

const TOKEN_KEY = "setup_token_sha256";
const SETUP_LOCK = 7_241_003;

/** First run: a one-time link creates the first organisation and administrator. */
export class SetupService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationService,
    private readonly userService: UserService,
    private readonly auth: AuthService,
    private readonly demo: DemoService,
  ) {}

  async required(): Promise<boolean> {
    return (await users.countAll(this.db)) === 0;
  }

  /** A fresh one-time token while nobody has set the instance up; undefined afterwards. */
  async issueToken(): Promise<string | undefined> {
    if (!(await this.required())) return undefined;
    const token = randomToken(24);
    await this.db
      .insert(instanceSettings)
      .values({ key: TOKEN_KEY, value: sha256(token) })
      .onConflictDoUpdate({
        target: instanceSettings.key,
        set: { value: sha256(token), updatedAt: new Date() },
      });
    return token;
  }

  async complete(
    ctx: RequestContext,
    input: {
      token: string;
      organisation: OrganisationFields;
      administrator: { fullName: string; email: string; password: string };
      loadDemoData: boolean;
    },
  ): Promise<{ token: string; view: SessionView }> {
    await this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${SETUP_LOCK})`);
      if ((await users.countAll(tx)) > 0)
        throw new DomainError("conflict", "Ariadne is already set up; sign in instead");
      const [stored] = await tx.select().from(instanceSettings).where(eq(instanceSettings.key, TOKEN_KEY));
      if (typeof stored?.value !== "string" || !constantTimeEqual(stored.value, sha256(input.token))) {
        throw new DomainError(
          "forbidden",
          "This setup link is not valid; use the link the server printed at its last start",
          [{ path: "token", message: "is not the current setup token" }],
        );
      }
      const administrator = await roles.findByKey(tx, "administrator");
      if (!administrator) throw new Error("the built-in administrator role is missing");
      const organisationId = await this.organisations.insertOrganisation(tx, input.organisation);
      const userId = await this.userService.insertUser(
        tx,
        { ...input.administrator, organisationId, roleId: administrator.id },
        { mustChangePassword: false },
      );
      await tx.delete(instanceSettings).where(eq(instanceSettings.key, TOKEN_KEY));
      await this.audit.append(tx, ctx, {
        action: "setup.complete",
        subjectUserId: userId,
        subjectOrganisationId: organisationId,
        resourceType: "organisation",
        resourceId: organisationId,
        details: { loadDemoData: input.loadDemoData },
      });
      if (input.loadDemoData) await this.demo.loadInto(tx, ctx);
    });
    return this.auth.login(ctx, input.administrator.email, input.administrator.password);
  }
}
