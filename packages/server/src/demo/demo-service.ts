import { DomainError, SYSTEM } from "@ariadne/domain";
import { authorize } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Executor } from "../db/connection.ts";
import type { OrganisationService } from "../organisations/organisation-service.ts";
import type { RequestContext } from "../request-context.ts";
import * as roles from "../roles/role-repository.ts";
import * as users from "../users/user-repository.ts";
import type { UserService } from "../users/user-service.ts";
import type { ScreeningService } from "../screenings/screening-service.ts";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SCREENINGS, DEMO_USERS } from "./demo-data.ts";

export interface DemoSummary {
  organisations: number;
  users: number;
  screenings: number;
}

/** Loads the synthetic demo data. Later parts (screenings, cases, ads) add theirs here. */
export class DemoService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationService,
    private readonly userService: UserService,
    private readonly screenings: ScreeningService,
  ) {}

  async load(ctx: RequestContext): Promise<DemoSummary> {
    await authorize(this.audit, ctx, "demo.load", SYSTEM);
    return this.db.transaction((tx) => this.loadInto(tx, ctx));
  }

  /** Inside the caller's transaction; refuses to load twice. */
  async loadInto(tx: Executor, ctx: RequestContext): Promise<DemoSummary> {
    const first = DEMO_USERS[0];
    if (first && (await users.findByEmailIndex(tx, this.userService.emailIndex(first.email)))) {
      throw new DomainError("conflict", "The demo data is already loaded");
    }
    const orgIds = new Map<string, string>();
    const userIds = new Map<string, string>();
    for (const { ref, ...fields } of DEMO_ORGANISATIONS) {
      orgIds.set(ref, await this.organisations.insertOrganisation(tx, fields, { demo: true }));
    }
    for (const u of DEMO_USERS) {
      const role = await roles.findByKey(tx, u.role);
      const organisationId = orgIds.get(u.organisation);
      if (!role || !organisationId)
        throw new Error(`demo data refers to a missing role or organisation: ${u.role}`);
      const userId = await this.userService.insertUser(
        tx,
        { email: u.email, fullName: u.fullName, organisationId, roleId: role.id, password: DEMO_PASSWORD },
        { demo: true, mustChangePassword: false },
      );
      userIds.set(u.role, userId);
    }
    const responder = DEMO_USERS.find((u) => u.role === "first_responder");
    const responderId = userIds.get("first_responder");
    const responderOrg = responder ? orgIds.get(responder.organisation) : undefined;
    if (!responderId || !responderOrg) throw new Error("demo data needs a first responder");
    for (const screening of DEMO_SCREENINGS) {
      await this.screenings.insertCompleted(tx, ctx, {
        ...screening,
        ownerId: responderId,
        organisationId: responderOrg,
        demo: true,
      });
    }
    const summary = {
      organisations: DEMO_ORGANISATIONS.length,
      users: DEMO_USERS.length,
      screenings: DEMO_SCREENINGS.length,
    };
    await this.audit.append(tx, ctx, { action: "demo.load", details: { ...summary } });
    return summary;
  }
}
