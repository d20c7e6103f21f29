import { randomBytes, randomUUID } from "node:crypto";
import {
  ageOn,
  can,
  checkStageChange,
  conflict,
  dateIssues,
  DomainError,
  invalid,
  invalidAll,
  isoDay,
  matchValues,
  NAME_TOKEN,
  nameSearchValues,
  nrmPathwaySchema,
  notFound,
  SYSTEM,
  type CasStatus,
  type MatchInput,
  type NrmStage,
  type OpenCaseInput,
  type Resource,
  type UpdateCaseInput,
} from "@ariadne/domain";
import { authorize, authorizeList, authorizeParts, requireActor } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Executor } from "../db/connection.ts";
import * as organisationRepo from "../organisations/organisation-repository.ts";
import * as screeningRepo from "../screenings/screening-repository.ts";
import type { RequestContext } from "../request-context.ts";
import type { Keyring } from "../security/keyring.ts";
import * as repo from "./case-repository.ts";
import type { CaseMatch, Caseload, CaseSummary, CaseView } from "./case-schema.ts";
import {
  displayName,
  pathwayOf,
  presentCase,
  presentTask,
  stageLabel,
  summarise,
  type Names,
} from "./case-view.ts";
import { openHtcds, sealHtcds } from "./sealing.ts";

export const caseResource = (row: repo.CaseRow): Resource => ({
  kind: "record",
  type: "case",
  id: row.id,
  organisationId: row.organisationId,
  ownerId: row.cas_CaseOwner,
});

/** The blind-index domain of person match keys. */
const MATCH_DOMAIN = "person.match";

export interface CaseListQuery {
  readonly status?: CasStatus | undefined;
  readonly stage?: string | undefined;
  readonly mine?: boolean | undefined;
  readonly referredToMe?: boolean | undefined;
  readonly overdue?: boolean | undefined;
  readonly q?: string | undefined;
}

/**
 * Protect: one case per victim on HTCDS 2.0, across organisations. Opening, reading,
 * changing, the NRM stage and status, search before create, history and the caseload.
 * The parts of a case (events, plans, consent…) are changed through CasePartsService.
 */
export class CaseService {
  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly names: Names,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return isoDay(this.now());
  }

  async load(id: string, ex: Executor = this.db): Promise<repo.CaseRow> {
    const row = await repo.findCase(ex, id);
    if (!row || row.anonymisedAt) throw notFound("The case");
    return row;
  }

  /** Hashes of a person's match values: what is stored and looked up, never the values. */
  matchKeysOf(person: MatchInput): { kind: string; hash: string }[] {
    const keys = matchValues(person).map((m) => ({
      kind: m.kind,
      hash: this.keyring.blindIndex(MATCH_DOMAIN, `${m.kind}:${m.value}`),
    }));
    const tokens = nameSearchValues(person.prs_FirstName, person.prs_MiddleName, person.prs_SecondName).map(
      (t) => ({
        kind: NAME_TOKEN,
        hash: this.keyring.blindIndex(MATCH_DOMAIN, `${NAME_TOKEN}:${t}`),
      }),
    );
    return [...keys, ...tokens];
  }

  /**
   * Search before create: cases of possibly the same person. A case the searcher may read
   * comes with its reference; one elsewhere only names the organisation to contact.
   */
  async searchBeforeCreate(ctx: RequestContext, person: MatchInput): Promise<CaseMatch[]> {
    const actor = await authorize(this.audit, ctx, "case.write", SYSTEM);
    const hashes = this.matchKeysOf(person).filter((k) => k.kind !== NAME_TOKEN);
    const found = await repo.casesMatching(
      this.db,
      hashes.map((h) => h.hash),
    );
    const byCase = new Map<
      string,
      { reference: string; organisationId: string; ownerId: string | null; kinds: Set<string> }
    >();
    for (const f of found) {
      const entry = byCase.get(f.caseId) ?? {
        reference: f.reference,
        organisationId: f.organisationId,
        ownerId: f.ownerId,
        kinds: new Set<string>(),
      };
      entry.kinds.add(f.kind);
      byCase.set(f.caseId, entry);
    }
    const orgs = await this.names.organisations([
      ...new Set([...byCase.values()].map((c) => c.organisationId)),
    ]);
    const matches: CaseMatch[] = [...byCase].map(([caseId, c]) => {
      const mayRead = can(actor, "case.read", {
        kind: "record",
        type: "case",
        id: caseId,
        organisationId: c.organisationId,
        ownerId: c.ownerId,
      }).allow;
      const org = orgs.get(c.organisationId);
      return {
        kinds: [...c.kinds] as CaseMatch["kinds"],
        organisation: { id: c.organisationId, name: org?.name ?? "—", phone: org?.phone ?? null },
        caseId: mayRead ? caseId : null,
        reference: mayRead ? c.reference : null,
      };
    });
    await this.audit.record(ctx, {
      action: "case.search_before_create",
      details: { kinds: [...new Set(hashes.map((h) => h.kind))], matches: matches.length },
    });
    return matches;
  }

  async open(ctx: RequestContext, input: OpenCaseInput): Promise<CaseView> {
    const actor = await authorize(this.audit, ctx, "case.write", SYSTEM);
    const today = this.today();
    const issues = dateIssues(input, today);
    if (issues.length > 0) throw invalidAll(issues);
    if (input.consent && input.consent.givenOn > today)
      throw invalid("consent.givenOn", "must not be in the future");

    if (input.screeningId) {
      const screening = await screeningRepo.findById(this.db, input.screeningId);
      if (!screening) throw invalid("screeningId", "no such screening");
      await authorize(this.audit, ctx, "screening.read", {
        kind: "record",
        type: "screening",
        id: screening.id,
        organisationId: screening.organisationId,
        ownerId: screening.ownerId,
      });
      if (screening.status !== "completed")
        throw invalid("screeningId", "the screening is not completed yet");
    }
    const organisation = await organisationRepo.findById(this.db, actor.organisationId);
    const nrmCountry = input.nrmCountry ?? organisation?.org_ShippingCountry ?? null;
    if (!nrmCountry)
      throw invalid(
        "nrmCountry",
        "is required: your organisation has no country to take the referral mechanism from",
      );

    const hashes = this.matchKeysOf(input.person);
    if (!input.confirmNoMatch) {
      const found = await repo.casesMatching(
        this.db,
        hashes.filter((h) => h.kind !== NAME_TOKEN).map((h) => h.hash),
      );
      if (found.length > 0)
        throw conflict(
          "confirmNoMatch: possible existing records of this person; search before creating, then confirm to open a new case",
        );
    }

    const personId = randomUUID();
    const caseId = randomUUID();
    const pathway = await pathwayOf(this.db, nrmCountry);
    const firstStage = pathway[0]?.key ?? "first_contact";
    await this.db.transaction(async (tx) => {
      await repo.insertPerson(tx, {
        ...sealHtcds(this.keyring, "person", personId, input.person),
        id: personId,
        organisationId: actor.organisationId,
        birthYear: input.person.prs_Birthdate ? Number(input.person.prs_Birthdate.slice(0, 4)) : null,
        createdBy: actor.userId,
      });
      await repo.replaceMatchKeys(tx, personId, actor.organisationId, hashes);
      await repo.insertCase(tx, {
        ...sealHtcds(this.keyring, "htcds_case", caseId, { ...(input.case ?? {}) }),
        ...(input.victim ?? {}),
        id: caseId,
        reference: await this.newReference(tx, today),
        organisationId: actor.organisationId,
        personId,
        screeningId: input.screeningId ?? null,
        cas_Status: "Active",
        cas_CaseOwner: input.case?.cas_CaseOwner ?? actor.userId,
        nrmCountry,
        nrmStage: firstStage,
        nrmStageSince: today,
        registeredOn: input.registeredOn ?? today,
        ageAtRegistration: ageOn(input.person.prs_Birthdate, input.registeredOn ?? today),
        createdBy: actor.userId,
      });
      if (input.consent) {
        await repo.insertConsent(tx, {
          id: randomUUID(),
          caseId,
          personId,
          con_Consent: input.consent.con_Consent,
          purposes: input.consent.purposes,
          givenOn: input.consent.givenOn,
          recordedBy: actor.userId,
        });
      }
      await this.audit.append(tx, ctx, {
        action: "case.open",
        resourceType: "case",
        resourceId: caseId,
        details: {
          fromScreening: input.screeningId ?? null,
          consent: input.consent ? input.consent.purposes : null,
          confirmedNoMatch: input.confirmNoMatch === true,
          fields: fieldNames(input),
        },
      });
    });
    return presentCase(this.db, this.keyring, this.names, await this.load(caseId), null, today);
  }

  /** C-<year>-<6 hex>: short enough to say on the phone, unguessable enough not to enumerate. */
  async newReference(ex: Executor, today: string): Promise<string> {
    for (;;) {
      const reference = `C-${today.slice(0, 4)}-${randomBytes(3).toString("hex").toUpperCase()}`;
      if (!(await repo.referenceExists(ex, reference))) return reference;
    }
  }

  /** A read of personal data: audited, limited to the parts the reader may see. */
  async get(ctx: RequestContext, id: string): Promise<CaseView> {
    const row = await this.load(id);
    const { parts } = await authorizeParts(this.audit, ctx, "case.read", caseResource(row));
    await this.audit.record(ctx, {
      action: "case.read",
      resourceType: "case",
      resourceId: id,
      details: { parts: parts ?? "all" },
    });
    return presentCase(this.db, this.keyring, this.names, row, parts, this.today());
  }

  async list(ctx: RequestContext, query: CaseListQuery): Promise<CaseSummary[]> {
    const actor = requireActor(ctx);
    const scope = await authorizeList(this.audit, ctx, "case.read", "case");
    const today = this.today();
    const granted = actor.grants.filter(
      (g) => g.resourceType === "case" && g.permissions.includes("case.read"),
    );
    let ids: string[] | undefined = query.referredToMe ? granted.map((g) => g.resourceId) : undefined;
    let reference: string | undefined;
    if (query.q) {
      const tokens = nameSearchValues(query.q);
      if (/^C-/i.test(query.q.trim())) reference = query.q.trim();
      else if (tokens.length > 0) {
        const byName = await repo.casesMatchingAll(
          this.db,
          tokens.map((t) => this.keyring.blindIndex(MATCH_DOMAIN, `${NAME_TOKEN}:${t}`)),
        );
        ids = ids ? ids.filter((i) => byName.includes(i)) : byName;
      }
    }
    const rows = await repo.listCases(
      this.db,
      scope,
      {
        status: query.status,
        stage: query.stage,
        ownerId: query.mine ? actor.userId : undefined,
        ids,
        reference,
        overdueBefore: query.overdue ? today : undefined,
      },
      200,
    );
    const partsOf = (row: repo.CaseRow): readonly string[] | null => {
      const decision = can(actor, "case.read", caseResource(row));
      return decision.allow ? (decision.parts ?? null) : [];
    };
    const [userNames, orgs, overdue, people] = await Promise.all([
      this.names.users([...new Set(rows.flatMap((r) => (r.cas_CaseOwner ? [r.cas_CaseOwner] : [])))]),
      this.names.organisations([...new Set(rows.map((r) => r.organisationId))]),
      repo.countOverdue(
        this.db,
        rows.map((r) => r.id),
        today,
      ),
      repo.findPersons(
        this.db,
        rows.filter((r) => (partsOf(r) ?? ["identity"]).includes("identity")).map((r) => r.personId),
      ),
    ]);
    const orgNames = new Map([...orgs].map(([id, o]) => [id, o.name]));
    const personNames = new Map<string, string | null>();
    for (const p of people) personNames.set(p.id, displayName(await openHtcds(this.keyring, "person", p)));
    const pathways = new Map<string, NrmStage[]>();
    const summaries: CaseSummary[] = [];
    for (const row of rows) {
      const pathway = pathways.get(row.nrmCountry) ?? (await pathwayOf(this.db, row.nrmCountry));
      pathways.set(row.nrmCountry, pathway);
      summaries.push(
        summarise(
          row,
          pathway,
          userNames,
          orgNames,
          personNames.get(row.personId) ?? null,
          overdue.get(row.id) ?? 0,
          partsOf(row) === null,
        ),
      );
    }
    if (people.length > 0)
      await this.audit.record(ctx, {
        action: "case.list",
        resourceType: "case",
        details: {
          cases: people.length,
          query: Object.keys(query).filter((k) => query[k as keyof CaseListQuery]),
        },
      });
    return summaries;
  }

  async update(ctx: RequestContext, id: string, input: UpdateCaseInput): Promise<CaseView> {
    const row = await this.load(id);
    await authorize(this.audit, ctx, "case.write", caseResource(row));
    const today = this.today();
    const issues = dateIssues(input, today);
    if (issues.length > 0) throw invalidAll(issues);
    await this.db.transaction(async (tx) => {
      const birthdate = input.person?.prs_Birthdate;
      const changed = await repo.updateCaseVersioned(tx, id, input.version, {
        ...sealHtcds(this.keyring, "htcds_case", id, { ...(input.case ?? {}) }),
        ...(input.victim ?? {}),
        ...(birthdate !== undefined ? { ageAtRegistration: ageOn(birthdate, row.registeredOn) } : {}),
      });
      if (!changed) throw staleCase();
      if (input.person && Object.keys(input.person).length > 0) {
        const person = await repo.findPerson(tx, row.personId);
        if (!person) throw notFound("The person");
        const merged = { ...(await openHtcds(this.keyring, "person", person)), ...input.person };
        await repo.updatePerson(tx, row.personId, {
          ...sealHtcds(this.keyring, "person", row.personId, input.person),
          ...(input.person.prs_Birthdate !== undefined
            ? {
                birthYear: input.person.prs_Birthdate ? Number(input.person.prs_Birthdate.slice(0, 4)) : null,
              }
            : {}),
        });
        await repo.replaceMatchKeys(tx, row.personId, row.organisationId, this.matchKeysOf(merged));
      }
      await this.audit.append(tx, ctx, {
        action: "case.update",
        resourceType: "case",
        resourceId: id,
        details: { fields: fieldNames(input) },
      });
    });
    return presentCase(this.db, this.keyring, this.names, await this.load(id), null, today);
  }

  async changeStatus(
    ctx: RequestContext,
    id: string,
    input: { version: number; status: CasStatus; reason?: string | undefined },
  ): Promise<CaseView> {
    const row = await this.load(id);
    await authorize(this.audit, ctx, "case.write", caseResource(row));
    const closing = input.status === "Closed" || input.status === "ClosedReferred";
    if (closing && !input.reason)
      throw invalid("reason", "is required to close a case (HTCDS cas_ReasonForCaseClosure)");
    const today = this.today();
    await this.db.transaction(async (tx) => {
      const ok = await repo.updateCaseVersioned(tx, id, input.version, {
        cas_Status: input.status,
        closedOn: closing ? today : null,
        ...(closing
          ? sealHtcds(this.keyring, "htcds_case", id, { cas_ReasonForCaseClosure: input.reason })
          : {}),
      });
      if (!ok) throw staleCase();
      await this.audit.append(tx, ctx, {
        action: "case.status",
        resourceType: "case",
        resourceId: id,
        details: { from: row.cas_Status, to: input.status },
      });
    });
    return presentCase(this.db, this.keyring, this.names, await this.load(id), null, today);
  }

  async changeStage(
    ctx: RequestContext,
    id: string,
    input: { version: number; stage: string; reflectionPeriodEnds?: string | null | undefined },
  ): Promise<CaseView> {
    const row = await this.load(id);
    await authorize(this.audit, ctx, "case.write", caseResource(row));
    const today = this.today();
    const pathway = await pathwayOf(this.db, row.nrmCountry);
    const ends =
      input.reflectionPeriodEnds === undefined ? row.reflectionPeriodEnds : input.reflectionPeriodEnds;
    const check = checkStageChange(pathway, input.stage, ends, today);
    if (!check.ok) throw invalid(check.field, check.message);
    await this.db.transaction(async (tx) => {
      const ok = await repo.updateCaseVersioned(tx, id, input.version, {
        nrmStage: input.stage,
        nrmStageSince: input.stage === row.nrmStage ? row.nrmStageSince : today,
        reflectionPeriodEnds: ends,
      });
      if (!ok) throw staleCase();
      await this.audit.append(tx, ctx, {
        action: "case.stage",
        resourceType: "case",
        resourceId: id,
        details: { from: row.nrmStage, to: input.stage, reflectionPeriodEnds: ends },
      });
    });
    return presentCase(this.db, this.keyring, this.names, await this.load(id), null, today);
  }

  /**
   * The case's change history and who-viewed log, from the audit chain. Only for readers
   * who hold the whole case: a referral recipient does not see who else looked.
   */
  async history(ctx: RequestContext, id: string) {
    const row = await this.load(id);
    const { parts } = await authorizeParts(this.audit, ctx, "case.read", caseResource(row));
    if (parts !== null)
      throw new DomainError(
        "forbidden",
        "Not allowed: the history belongs to the organisation holding the case",
      );
    const { items } = await this.audit.list({ resourceType: "case", resourceId: id }, 500);
    return items.map((e) => ({
      at: e.at,
      actor: e.actorName,
      organisationId: e.actorOrganisationId,
      action: e.action,
      outcome: e.outcome,
      details: e.details,
    }));
  }

  async caseload(ctx: RequestContext): Promise<Caseload> {
    const actor = requireActor(ctx);
    const scope = await authorizeList(this.audit, ctx, "case.read", "case");
    const today = this.today();
    const soon = isoDay(new Date(this.now().getTime() + 14 * 86_400_000));
    const [byStage, tasks, pending, ending] = await Promise.all([
      repo.countByStage(this.db, scope),
      repo.openTasksFor(this.db, actor.userId, scope),
      repo.pendingReferralsTo(this.db, actor.organisationId),
      repo.reflectionEndingBetween(this.db, scope, today, soon),
    ]);
    const pathway = await pathwayOf(
      this.db,
      (await organisationRepo.findById(this.db, actor.organisationId))?.org_ShippingCountry ?? "*",
    );
    const userNames = await this.names.users([actor.userId]);
    const overdue = tasks.filter((t) => t.dueOn < today);
    const order = new Map(pathway.map((s, i) => [s.key, i]));
    return {
      openByStage: byStage
        .map((s) => ({ stage: s.stage, label: stageLabel(pathway, s.stage), count: s.n }))
        .sort((a, b) => (order.get(a.stage) ?? 99) - (order.get(b.stage) ?? 99)),
      myOverdueTasks: await Promise.all(
        overdue.map(async (t) => ({
          ...(await presentTask(this.keyring, t, userNames, today)),
          caseId: t.caseId,
          reference: t.reference,
        })),
      ),
      myOpenTasks: tasks.length,
      pendingReferrals: pending,
      reflectionEndingSoon: ending.map((e) => ({
        caseId: e.id,
        reference: e.reference,
        ends: e.reflectionPeriodEnds ?? today,
      })),
    };
  }

  // --- NRM pathways ----------------------------------------------------------------------

  async pathways(): Promise<{ country: string; stages: NrmStage[]; version: number }[]> {
    const rows = await repo.listPathways(this.db);
    return rows.map((r) => ({ country: r.country, stages: r.stages, version: r.version }));
  }

  async setPathway(ctx: RequestContext, country: string, stages: unknown): Promise<void> {
    await authorize(this.audit, ctx, "nrm.configure", SYSTEM);
    const parsed = nrmPathwaySchema.safeParse(stages);
    if (!parsed.success)
      throw invalidAll(
        parsed.error.issues.map((i) => ({ path: ["stages", ...i.path].join("."), message: i.message })),
      );
    await this.db.transaction(async (tx) => {
      await repo.upsertPathway(tx, country, parsed.data, ctx.actor?.userId ?? null);
      await this.audit.append(tx, ctx, {
        action: "nrm_pathway.set",
        resourceType: "nrm_pathway",
        resourceId: country,
        details: { stages: parsed.data.map((s) => s.key) },
      });
    });
  }
}

const staleCase = () =>
  conflict("version: the case changed since you read it; reload it and apply your change again");

/** Which fields an input touched, as dotted names: for the audit log, never the values. */
function fieldNames(input: Record<string, unknown>): string[] {
  return Object.entries(input).flatMap(([k, v]) =>
    v !== null && typeof v === "object" && !Array.isArray(v)
      ? Object.keys(v).map((f) => `${k}.${f}`)
      : k === "version"
        ? []
        : [k],
  );
}
