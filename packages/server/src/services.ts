import { AuditService } from "./audit/audit-service.ts";
import { AuthService, type AuthSettings } from "./auth/auth-service.ts";
import { CaseExchangeService } from "./cases/case-exchange-service.ts";
import { CasePartsService } from "./cases/case-parts-service.ts";
import { CaseService } from "./cases/case-service.ts";
import { RetentionService } from "./cases/retention-service.ts";
import type { Names } from "./cases/case-view.ts";
import * as organisationRepo from "./organisations/organisation-repository.ts";
import { ReferralService } from "./referrals/referral-service.ts";
import type { Db } from "./db/connection.ts";
import { DemoService } from "./demo/demo-service.ts";
import { OnlineService } from "./online/online-service.ts";
import { OrganisationService } from "./organisations/organisation-service.ts";
import { RoleService } from "./roles/role-service.ts";
import { ScreeningService } from "./screenings/screening-service.ts";
import { SetupService } from "./setup/setup-service.ts";
import { StatsService } from "./stats/stats-service.ts";
import { SyntheticService } from "./stats/synthetic-service.ts";
import type { Keyring } from "./security/keyring.ts";
import { UserService } from "./users/user-service.ts";

export interface Services {
  readonly audit: AuditService;
  readonly auth: AuthService;
  readonly users: UserService;
  readonly roles: RoleService;
  readonly organisations: OrganisationService;
  readonly demo: DemoService;
  readonly setup: SetupService;
  readonly screenings: ScreeningService;
  readonly cases: CaseService;
  readonly caseParts: CasePartsService;
  readonly referrals: ReferralService;
  readonly retention: RetentionService;
  readonly caseExchange: CaseExchangeService;
  readonly stats: StatsService;
  readonly synthetic: SyntheticService;
  readonly online: OnlineService;
}

/** The composition root: each service gets only what it uses. */
export function createServices(db: Db, keyring: Keyring, auth: AuthSettings): Services {
  // The audit view shows actor names, which the user service decrypts; resolved lazily.
  const names: { of?: UserService } = {};
  const audit = new AuditService(
    db,
    (ids) => names.of?.namesOf(ids) ?? Promise.resolve(new Map<string, string>()),
    auth.now,
  );
  const users = new UserService(db, keyring, audit);
  names.of = users;
  const organisations = new OrganisationService(db, audit);
  const authService = new AuthService(db, keyring, audit, users, auth);
  const screenings = new ScreeningService(db, keyring, audit);
  const displayNames: Names = {
    users: (ids) => users.namesOf(ids),
    organisations: (ids) => organisationRepo.namesOf(db, ids),
  };
  const cases = new CaseService(db, keyring, audit, displayNames, auth.now);
  const caseParts = new CasePartsService(db, keyring, audit, cases, auth.now);
  const referrals = new ReferralService(db, keyring, audit, cases, displayNames, auth.now);
  const online = new OnlineService(db, keyring, audit, displayNames, auth.now);
  const stats = new StatsService(db, audit, auth.now);
  const demo = new DemoService(db, audit, organisations, users, screenings, keyring, cases, auth.now, online);
  return {
    audit,
    auth: authService,
    users,
    roles: new RoleService(db, audit),
    organisations,
    demo,
    setup: new SetupService(db, audit, organisations, users, authService, demo),
    screenings,
    cases,
    caseParts,
    referrals,
    retention: new RetentionService(db, keyring, audit, cases, auth.now),
    caseExchange: new CaseExchangeService(db, keyring, audit, cases, users, auth.now),
    stats,
    synthetic: new SyntheticService(db, audit, stats, auth.now),
    online,
  };
}
