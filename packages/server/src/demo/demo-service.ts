import { randomUUID } from "node:crypto";
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
import type { CaseService } from "../cases/case-service.ts";
import * as referralRepo from "../referrals/referral-repository.ts";
import type { Keyring } from "../security/keyring.ts";
import { DEMO_SERVICES, insertDemoCases } from "./demo-cases.ts";
import { DEMO_ORGANISATIONS, DEMO_PASSWORD, DEMO_SCREENINGS, DEMO_USERS } from "./demo-data.ts";
import type { OnlineService } from "../online/online-service.ts";
import { demoOnlineAds } from "./demo-online.ts";

/** How many synthetic cases the demo holds: enough for the statistics to show trends. */
const DEMO_CASES = 120;

export interface DemoSummary {
  organisations: number;
  users: number;
  screenings: number;
  services: number;
  cases: number;
  referrals: number;
  ads: number;
  networks: number;
}

/** Loads the synthetic demo data. Later parts (screenings, cases, ads) add theirs here. */
export class DemoService {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditService,
    private readonly organisations: OrganisationService,
    private readonly userService: UserService,
    private readonly screenings: ScreeningService,
    private readonly keyring: Keyring,
    private readonly cases: CaseService,
    private readonly now: () => Date = () => new Date(),
    private readonly online?: OnlineService,
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
      userIds.set(u.email, userId);
    }
    const responder = DEMO_USERS.find((u) => u.role === "first_responder");
    const responderId = responder ? userIds.get(responder.email) : undefined;
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
    for (const { organisation, ...offer } of DEMO_SERVICES) {
      const organisationId = orgIds.get(organisation);
      if (!organisationId) throw new Error(`demo service of a missing organisation: ${organisation}`);
      await referralRepo.insertService(tx, {
        id: randomUUID(),
        organisationId,
        ...offer,
        capacity: offer.capacity ?? null,
        demo: true,
      });
    }
    const caseWorkerId = userIds.get("caseworker@demo.ariadne.invalid");
    const ngo = orgIds.get("ngo");
    const legal = orgIds.get("legal");
    if (!caseWorkerId || !ngo || !legal)
      throw new Error("demo data needs the case worker, the shelter and legal aid");
    const made = await insertDemoCases(tx, this.keyring, this.cases, {
      organisationId: ngo,
      ownerId: caseWorkerId,
      legalOrganisationId: legal,
      count: DEMO_CASES,
      today: this.now(),
      seed: 2026,
    });
    // Disrupt: a synthetic corpus of ads for the online analyst's organisation.
    const police = orgIds.get("police");
    const online =
      police && this.online
        ? await this.online.ingestWithin(
            tx,
            ctx,
            police,
            "[Demo] synthetic classifieds",
            demoOnlineAds(this.now()),
          )
        : { analysed: 0, networks: 0 };
    const summary = {
      organisations: DEMO_ORGANISATIONS.length,
      users: DEMO_USERS.length,
      screenings: DEMO_SCREENINGS.length,
      services: DEMO_SERVICES.length,
      cases: made.cases,
      referrals: made.referrals,
      ads: online.analysed,
      networks: online.networks,
    };
    await this.audit.append(tx, ctx, { action: "demo.load", details: { ...summary } });
    return summary;
  }
}
