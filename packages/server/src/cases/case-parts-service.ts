import type { AuditAction } from "@ariadne/domain";
import { randomUUID } from "node:crypto";
import {
  conflict,
  dateIssues,
  invalid,
  invalidAll,
  isoDay,
  notFound,
  orderIssue,
  type Actor,
  type ConnectedPersonInput,
  type ConsentInput,
  type ErrorDetail,
  type EventInput,
  type ProceedingInput,
  type SupportPlanInput,
  type TaskInput,
} from "@ariadne/domain";
import { authorize } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import type { Db, Tx } from "../db/connection.ts";
import {
  casePeople,
  caseTasks,
  consents,
  criminalProceedings,
  supportPlans,
  traffickingEvents,
} from "../db/schema.ts";
import * as referralRepo from "../referrals/referral-repository.ts";
import type { RequestContext } from "../request-context.ts";
import type { Keyring } from "../security/keyring.ts";
import * as userRepo from "../users/user-repository.ts";
import * as repo from "./case-repository.ts";
import { caseResource, type CaseService } from "./case-service.ts";
import { sealHtcds, sealOwn } from "./sealing.ts";

/**
 * The parts of a case: events, support plans, consent, connected people, comments, tasks and
 * criminal proceedings. Each write checks `case.write` on the case, runs in one transaction
 * with its audit entry (filed under the case, so the case history shows it), and a changed
 * part carries its own version (a stale write gets 409).
 */
export class CasePartsService {
  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today(): string {
    return isoDay(this.now());
  }

  /** Loads and authorises the case, then runs `work` and its audit entry in one transaction. */
  private async change(
    ctx: RequestContext,
    caseId: string,
    action: AuditAction,
    work: (
      tx: Tx,
      row: repo.CaseRow,
      actor: Actor,
    ) => Promise<{ id: string; details?: Record<string, unknown> }>,
  ): Promise<string> {
    const row = await this.cases.load(caseId);
    const actor = await authorize(this.audit, ctx, "case.write", caseResource(row));
    return this.db.transaction(async (tx) => {
      const done = await work(tx, row, actor);
      await repo.markActive(tx, caseId);
      await this.audit.append(tx, ctx, {
        action,
        resourceType: "case",
        resourceId: caseId,
        details: { record: done.id, ...done.details },
      });
      return done.id;
    });
  }

  private checkDates(issues: (ErrorDetail | null)[]): void {
    const found = issues.filter((i): i is ErrorDetail => i !== null);
    if (found.length > 0) throw invalidAll(found);
  }

  private notFuture(path: string, day: string | null | undefined): ErrorDetail | null {
    return day && day > this.today() ? { path, message: "must not be in the future" } : null;
  }

  // --- events ----------------------------------------------------------------------------

  addEvent(ctx: RequestContext, caseId: string, input: EventInput): Promise<string> {
    this.checkDates([this.notFuture("hte_Date", input.hte_Date)]);
    return this.change(ctx, caseId, "case.event.add", async (tx) => {
      const id = randomUUID();
      await repo.insertPart(tx, traffickingEvents, {
        ...sealHtcds(this.keyring, "trafficking_event", id, input),
        id,
        caseId,
      });
      return { id, details: { type: input.hte_Type ?? null } };
    });
  }

  updateEvent(ctx: RequestContext, caseId: string, id: string, version: number, input: Partial<EventInput>) {
    this.checkDates([this.notFuture("hte_Date", input.hte_Date)]);
    return this.change(ctx, caseId, "case.event.update", async (tx) => {
      const ok = await repo.updatePartVersioned(
        tx,
        traffickingEvents,
        caseId,
        id,
        version,
        sealHtcds(this.keyring, "trafficking_event", id, input),
      );
      if (!ok) throw await this.staleOrMissing(tx, traffickingEvents, caseId, id, "event");
      return { id, details: { fields: Object.keys(input) } };
    });
  }

  // --- support plans -----------------------------------------------------------------------

  private planIssues(input: {
    startDate?: string | null | undefined;
    spl_PlannedEndDate?: string | null | undefined;
    spl_ActualEndDate?: string | null | undefined;
  }): (ErrorDetail | null)[] {
    return [
      orderIssue("startDate", input.startDate, "spl_PlannedEndDate", input.spl_PlannedEndDate),
      orderIssue("startDate", input.startDate, "spl_ActualEndDate", input.spl_ActualEndDate),
      this.notFuture("spl_ActualEndDate", input.spl_ActualEndDate),
    ];
  }

  addSupportPlan(ctx: RequestContext, caseId: string, input: SupportPlanInput): Promise<string> {
    this.checkDates(this.planIssues(input));
    return this.change(ctx, caseId, "case.support_plan.add", async (tx) => {
      const id = randomUUID();
      await repo.insertPart(tx, supportPlans, {
        ...sealHtcds(this.keyring, "support_plan", id, input),
        id,
        caseId,
      });
      return { id, details: { type: input.spl_Type ?? null } };
    });
  }

  updateSupportPlan(
    ctx: RequestContext,
    caseId: string,
    id: string,
    version: number,
    input: Partial<SupportPlanInput>,
  ) {
    return this.change(ctx, caseId, "case.support_plan.update", async (tx) => {
      const current = await repo.findPart(tx, supportPlans, caseId, id);
      if (!current) throw notFound("The support plan");
      // Dates are checked against what the plan will hold after the change.
      this.checkDates(this.planIssues({ ...current, ...input }));
      const ok = await repo.updatePartVersioned(
        tx,
        supportPlans,
        caseId,
        id,
        version,
        sealHtcds(this.keyring, "support_plan", id, input),
      );
      if (!ok) throw stale("support plan");
      return { id, details: { fields: Object.keys(input) } };
    });
  }

  // --- consent ----------------------------------------------------------------------------

  addConsent(ctx: RequestContext, caseId: string, input: ConsentInput): Promise<string> {
    this.checkDates([this.notFuture("givenOn", input.givenOn)]);
    return this.change(ctx, caseId, "case.consent.add", async (tx, row, actor) => {
      const id = randomUUID();
      await repo.insertPart(tx, consents, {
        id,
        caseId,
        personId: row.personId,
        con_Consent: input.con_Consent,
        purposes: input.purposes,
        givenOn: input.givenOn,
        recordedBy: actor.userId,
      });
      return { id, details: { consent: input.con_Consent, purposes: input.purposes } };
    });
  }

  /**
   * Withdrawal stops further sharing: referrals that rest on this consent end, and the access
   * they gave is revoked, in the same transaction.
   */
  withdrawConsent(ctx: RequestContext, caseId: string, id: string, version: number): Promise<string> {
    return this.change(ctx, caseId, "case.consent.withdraw", async (tx, _row, actor) => {
      const current = await repo.findPart(tx, consents, caseId, id);
      if (!current) throw notFound("The consent");
      if (current.withdrawnOn) throw conflict("The consent is already withdrawn");
      const ok = await repo.updatePartVersioned(tx, consents, caseId, id, version, {
        withdrawnOn: this.today(),
        withdrawnBy: actor.userId,
      });
      if (!ok) throw stale("consent");
      const ended = await referralRepo.endForConsent(tx, id, actor.userId, this.now());
      return { id, details: { referralsEnded: ended } };
    });
  }

  // --- connected people (per_) ---------------------------------------------------------------

  addConnectedPerson(ctx: RequestContext, caseId: string, input: ConnectedPersonInput): Promise<string> {
    const issues = dateIssues({ person: input.person }, this.today());
    if (issues.length > 0) throw invalidAll(issues);
    return this.change(ctx, caseId, "case.person.add", async (tx, row, actor) => {
      const personId = randomUUID();
      const id = randomUUID();
      await repo.insertPerson(tx, {
        ...sealHtcds(this.keyring, "person", personId, input.person),
        id: personId,
        organisationId: row.organisationId,
        birthYear: input.person.prs_Birthdate ? Number(input.person.prs_Birthdate.slice(0, 4)) : null,
        createdBy: actor.userId,
      });
      await repo.insertPart(tx, casePeople, {
        ...sealHtcds(this.keyring, "case_person", id, { per_RoleDetails: input.details ?? null }),
        id,
        caseId,
        personId,
        per_RoleInProcess: input.roles ?? null,
      });
      return { id, details: { roles: input.roles ?? [] } };
    });
  }

  // --- comments (cco_) -----------------------------------------------------------------------

  addComment(ctx: RequestContext, caseId: string, text: string): Promise<string> {
    return this.change(ctx, caseId, "case.comment.add", async (tx, _row, actor) => {
      const id = randomUUID();
      await repo.insertComment(tx, {
        ...sealHtcds(this.keyring, "case_comment", id, { cco_CaseComment: text }),
        id,
        caseId,
        authorId: actor.userId,
        authorOrganisationId: actor.organisationId,
      });
      return { id };
    });
  }

  // --- tasks --------------------------------------------------------------------------------

  addTask(ctx: RequestContext, caseId: string, input: TaskInput): Promise<string> {
    return this.change(ctx, caseId, "case.task.add", async (tx, row, actor) => {
      const assignee = await userRepo.findById(tx, input.assigneeId);
      if (!assignee?.user.active || assignee.user.organisationId !== row.organisationId)
        throw invalid("assigneeId", "must be an active user of the organisation holding the case");
      const id = randomUUID();
      await repo.insertPart(tx, caseTasks, {
        id,
        caseId,
        titleEnc: sealOwn(this.keyring, "case_task", "title", id, input.title) ?? "",
        dueOn: input.dueOn,
        assigneeId: input.assigneeId,
        createdBy: actor.userId,
      });
      return { id, details: { dueOn: input.dueOn, assigneeId: input.assigneeId } };
    });
  }

  completeTask(
    ctx: RequestContext,
    caseId: string,
    id: string,
    version: number,
    done: boolean,
  ): Promise<string> {
    return this.change(ctx, caseId, done ? "case.task.done" : "case.task.reopen", async (tx) => {
      const ok = await repo.updatePartVersioned(tx, caseTasks, caseId, id, version, {
        doneAt: done ? this.now() : null,
      });
      if (!ok) throw await this.staleOrMissing(tx, caseTasks, caseId, id, "task");
      return { id };
    });
  }

  // --- justice --------------------------------------------------------------------------------

  private proceedingIssues(p: Partial<ProceedingInput>): (ErrorDetail | null)[] {
    const sequence: [string, string | null | undefined][] = [
      ["investigationOpenedOn", p.investigationOpenedOn],
      ["chargedOn", p.chargedOn],
      ["prosecutedOn", p.prosecutedOn],
      ["trialStartedOn", p.trialStartedOn],
      ["verdictOn", p.verdictOn],
    ];
    const issues: (ErrorDetail | null)[] = sequence.map(([f, d]) => this.notFuture(f, d));
    for (let i = 1; i < sequence.length; i++) {
      const [endField, end] = sequence[i] ?? ["", null];
      for (let j = 0; j < i; j++) {
        const [startField, start] = sequence[j] ?? ["", null];
        issues.push(orderIssue(startField, start, endField, end));
      }
    }
    if (p.verdict && !p.verdictOn) issues.push({ path: "verdictOn", message: "is required with a verdict" });
    if (p.sentenceMonths != null && p.verdict !== "convicted")
      issues.push({ path: "sentenceMonths", message: "needs the verdict convicted" });
    if (p.compensationAwardedCents != null && !p.currency)
      issues.push({ path: "currency", message: "is required with an amount" });
    return issues;
  }

  addProceeding(ctx: RequestContext, caseId: string, input: ProceedingInput): Promise<string> {
    this.checkDates(this.proceedingIssues(input));
    return this.change(ctx, caseId, "case.proceeding.add", async (tx) => {
      if (input.casePersonId && !(await repo.findPart(tx, casePeople, caseId, input.casePersonId)))
        throw invalid("casePersonId", "is not a person connected to this case");
      const id = randomUUID();
      await repo.insertPart(tx, criminalProceedings, {
        ...proceedingColumns(input),
        id,
        caseId,
        notesEnc: sealOwn(this.keyring, "criminal_proceeding", "notes", id, input.notes),
      });
      return { id, details: { stage: input.stage, verdict: input.verdict ?? null } };
    });
  }

  updateProceeding(ctx: RequestContext, caseId: string, id: string, version: number, input: ProceedingInput) {
    this.checkDates(this.proceedingIssues(input));
    return this.change(ctx, caseId, "case.proceeding.update", async (tx) => {
      if (input.casePersonId && !(await repo.findPart(tx, casePeople, caseId, input.casePersonId)))
        throw invalid("casePersonId", "is not a person connected to this case");
      const ok = await repo.updatePartVersioned(tx, criminalProceedings, caseId, id, version, {
        ...proceedingColumns(input),
        notesEnc: sealOwn(this.keyring, "criminal_proceeding", "notes", id, input.notes),
      });
      if (!ok) throw await this.staleOrMissing(tx, criminalProceedings, caseId, id, "proceeding");
      return { id, details: { stage: input.stage, verdict: input.verdict ?? null } };
    });
  }

  private async staleOrMissing(
    tx: Tx,
    table: typeof traffickingEvents | typeof caseTasks | typeof criminalProceedings,
    caseId: string,
    id: string,
    what: string,
  ) {
    return (await repo.findPart(tx, table, caseId, id)) ? stale(what) : notFound(`The ${what}`);
  }
}

const stale = (what: string) =>
  conflict(`version: the ${what} changed since you read it; reload it and apply your change again`);

function proceedingColumns(input: ProceedingInput) {
  return {
    casePersonId: input.casePersonId ?? null,
    stage: input.stage,
    investigationOpenedOn: input.investigationOpenedOn ?? null,
    chargedOn: input.chargedOn ?? null,
    charges: input.charges,
    prosecutedOn: input.prosecutedOn ?? null,
    trialStartedOn: input.trialStartedOn ?? null,
    verdict: input.verdict ?? null,
    verdictOn: input.verdictOn ?? null,
    sentenceMonths: input.sentenceMonths ?? null,
    compensationClaimedCents: input.compensationClaimedCents ?? null,
    compensationAwardedCents: input.compensationAwardedCents ?? null,
    currency: input.currency ?? null,
    victimIsWitness: input.victimIsWitness,
    protectionMeasures: input.protectionMeasures,
  };
}
