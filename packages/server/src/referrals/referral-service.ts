import { randomUUID } from "node:crypto";
import {
  conflict,
  forbidden,
  invalid,
  isChild,
  isoDay,
  notFound,
  SYSTEM,
  type ReferralInput,
  type ServiceOfferInput,
} from "@ariadne/domain";
import { authorize, requireActor } from "../access/authorize.ts";
import type { AuditService } from "../audit/audit-service.ts";
import * as caseRepo from "../cases/case-repository.ts";
import { caseResource, type CaseService } from "../cases/case-service.ts";
import type { Names } from "../cases/case-view.ts";
import { openHtcds, sealOwn, openOwn } from "../cases/sealing.ts";
import type { Db } from "../db/connection.ts";
import * as organisationRepo from "../organisations/organisation-repository.ts";
import type { RequestContext } from "../request-context.ts";
import type { Keyring } from "../security/keyring.ts";
import * as repo from "./referral-repository.ts";
import type { ReferralView, ServiceOfferView } from "./referral-schema.ts";

/**
 * Referral between organisations. A referral needs a live consent covering referral (or, for
 * a child, an audited best-interests override); the referrer chooses the parts to share; the
 * recipient accepts (which creates a record_grant for exactly those parts) or declines; the
 * referrer can revoke, and a withdrawn consent ends it. The services directory says who
 * offers what.
 */
export class ReferralService {
  constructor(
    private readonly db: Db,
    private readonly keyring: Keyring,
    private readonly audit: AuditService,
    private readonly cases: CaseService,
    private readonly names: Names,
    private readonly now: () => Date = () => new Date(),
  ) {}

  // --- services directory -------------------------------------------------------------------

  async listServices(ctx: RequestContext, filter: repo.ServiceFilter): Promise<ServiceOfferView[]> {
    await authorize(this.audit, ctx, "organisation.read", SYSTEM);
    const rows = await repo.listServices(this.db, filter);
    const orgs = await this.names.organisations([...new Set(rows.map((r) => r.organisationId))]);
    return rows.map((r) => presentService(r, orgs));
  }

  /** An organisation's own offers; an administrator (scope all) may keep any organisation's. */
  async addService(ctx: RequestContext, input: ServiceOfferInput & { organisationId?: string | undefined }) {
    const actor = requireActor(ctx);
    const organisationId = input.organisationId ?? actor.organisationId;
    await authorize(this.audit, ctx, "service.manage", {
      kind: "record",
      type: "service_offer",
      id: "new",
      organisationId,
      ownerId: null,
    });
    const org = await organisationRepo.findById(this.db, organisationId);
    if (!org?.active) throw invalid("organisationId", "no such active organisation");
    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      await repo.insertService(tx, {
        id,
        organisationId,
        serviceType: input.serviceType,
        languages: input.languages,
        groupsServed: input.groupsServed,
        capacity: input.capacity ?? null,
        region: input.region,
        description: input.description ?? null,
        active: input.active ?? true,
      });
      await this.audit.append(tx, ctx, {
        action: "service_offer.create",
        resourceType: "service_offer",
        resourceId: id,
        details: { organisationId, serviceType: input.serviceType },
      });
    });
    return id;
  }

  async updateService(
    ctx: RequestContext,
    id: string,
    version: number,
    input: { [K in keyof ServiceOfferInput]?: ServiceOfferInput[K] | undefined },
  ) {
    const row = await repo.findService(this.db, id);
    if (!row) throw notFound("The service");
    await authorize(this.audit, ctx, "service.manage", {
      kind: "record",
      type: "service_offer",
      id,
      organisationId: row.organisationId,
      ownerId: null,
    });
    await this.db.transaction(async (tx) => {
      const ok = await repo.updateServiceVersioned(tx, id, version, input);
      if (!ok)
        throw conflict(
          "version: the service changed since you read it; reload it and apply your change again",
        );
      await this.audit.append(tx, ctx, {
        action: "service_offer.update",
        resourceType: "service_offer",
        resourceId: id,
        details: { fields: Object.keys(input) },
      });
    });
  }

  // --- referrals ------------------------------------------------------------------------------

  async refer(ctx: RequestContext, caseId: string, input: ReferralInput): Promise<ReferralView> {
    const row = await this.cases.load(caseId);
    const actor = await authorize(this.audit, ctx, "referral.create", caseResource(row));
    if (row.cas_Status === "Closed" || row.cas_Status === "ClosedReferred")
      throw conflict("The case is closed; reopen it before referring");
    if (input.toOrganisationId === row.organisationId)
      throw invalid("toOrganisationId", "is the organisation that holds the case");
    const target = await organisationRepo.findById(this.db, input.toOrganisationId);
    if (!target?.active) throw invalid("toOrganisationId", "no such active organisation");
    if (input.serviceOfferId) {
      const offer = await repo.findService(this.db, input.serviceOfferId);
      if (
        !offer?.active ||
        offer.organisationId !== input.toOrganisationId ||
        offer.serviceType !== input.serviceType
      )
        throw invalid("serviceOfferId", "is not an active offer of this service by this organisation");
    } else if (!(await repo.offers(this.db, input.toOrganisationId, input.serviceType))) {
      throw invalid("serviceType", `${target.org_Name} does not offer ${input.serviceType} in the directory`);
    }

    const consent = await caseRepo.liveReferralConsent(this.db, caseId);
    let override = false;
    if (!consent) {
      const person = await caseRepo.findPerson(this.db, row.personId);
      const birthdate = person ? (await openHtcds(this.keyring, "person", person)).prs_Birthdate : null;
      if (!isChild(birthdate, isoDay(this.now())))
        throw invalid(
          "consent",
          "the case has no live consent to referral; record the person's consent first",
        );
      if (!input.bestInterestsReason)
        throw invalid(
          "bestInterestsReason",
          "a child's case without consent needs the reason why referring is in the child's best interests",
        );
      await authorize(this.audit, ctx, "referral.override_consent", caseResource(row));
      override = true;
    }

    const id = randomUUID();
    await this.db.transaction(async (tx) => {
      await repo.insertReferral(tx, {
        id,
        caseId,
        fromOrganisationId: row.organisationId,
        toOrganisationId: input.toOrganisationId,
        serviceOfferId: input.serviceOfferId ?? null,
        serviceType: input.serviceType,
        consentId: consent?.id ?? null,
        bestInterestsReasonEnc: override
          ? sealOwn(this.keyring, "referral", "best_interests_reason", id, input.bestInterestsReason)
          : null,
        parts: input.parts,
        messageEnc: sealOwn(this.keyring, "referral", "message", id, input.message),
        status: "pending",
        createdBy: actor.userId,
      });
      await this.audit.append(tx, ctx, {
        action: override ? "referral.create_best_interests_override" : "referral.create",
        resourceType: "case",
        resourceId: caseId,
        details: {
          referral: id,
          to: input.toOrganisationId,
          service: input.serviceType,
          parts: input.parts,
          consent: consent?.id ?? null,
        },
      });
    });
    return this.present(await this.load(id), true);
  }

  private async load(id: string): Promise<repo.ReferralRow & { reference: string }> {
    const row = await repo.findReferral(this.db, id);
    if (!row) throw notFound("The referral");
    const c = await caseRepo.findCase(this.db, row.caseId);
    return { ...row, reference: c?.reference ?? "—" };
  }

  /** The recipient organisation accepts (gets the chosen parts) or declines. */
  async respond(
    ctx: RequestContext,
    id: string,
    input: { version: number; accept: boolean; note?: string | undefined },
  ): Promise<ReferralView> {
    const actor = await authorize(this.audit, ctx, "referral.respond", SYSTEM);
    const row = await this.load(id);
    if (row.toOrganisationId !== actor.organisationId) {
      await this.audit.record(ctx, {
        action: "access.denied",
        outcome: "denied",
        resourceType: "case",
        resourceId: row.caseId,
        details: { permission: "referral.respond", referral: id, reason: "sent to another organisation" },
      });
      throw forbidden("the referral was sent to another organisation");
    }
    if (row.status !== "pending")
      throw conflict(`The referral is ${row.status.replace("_", " ")}, not pending`);
    if (input.accept && row.consentId) {
      const live = await caseRepo.liveReferralConsent(this.db, row.caseId);
      if (live?.id !== row.consentId)
        throw conflict("consent: the person withdrew the consent this referral rests on");
    }
    const at = this.now();
    await this.db.transaction(async (tx) => {
      const grantId = input.accept ? randomUUID() : null;
      const ok = await repo.updateReferralVersioned(tx, id, input.version, {
        status: input.accept ? "accepted" : "declined",
        respondedBy: actor.userId,
        respondedAt: at,
        responseNoteEnc: sealOwn(this.keyring, "referral", "response_note", id, input.note),
        grantId,
      });
      if (!ok) throw conflict("version: the referral changed since you read it; reload it");
      if (grantId) {
        await repo.insertGrant(tx, {
          id: grantId,
          organisationId: row.toOrganisationId,
          caseId: row.caseId,
          parts: row.parts,
          grantedBy: row.createdBy ?? actor.userId,
        });
        // HTCDS cas_ outgoing referral fields of the referring case.
        const c = await caseRepo.findCase(tx, row.caseId);
        if (c)
          await caseRepo.updateCaseVersioned(tx, c.id, c.version, {
            cas_ReferredOrganisation: row.toOrganisationId,
            cas_OutgoingReferralDate: isoDay(at),
            cas_ReasonForOutgoingReferral: "AdditionalServicesRequired",
          });
      }
      await this.audit.append(tx, ctx, {
        action: input.accept ? "referral.accept" : "referral.decline",
        resourceType: "case",
        resourceId: row.caseId,
        details: { referral: id, parts: input.accept ? row.parts : [] },
      });
    });
    return this.present(await this.load(id), false);
  }

  /** The referring organisation withdraws a referral; any access it gave ends at once. */
  async revoke(ctx: RequestContext, id: string, version: number): Promise<ReferralView> {
    const row = await this.load(id);
    const c = await this.cases.load(row.caseId);
    const actor = await authorize(this.audit, ctx, "referral.create", caseResource(c));
    if (row.status !== "pending" && row.status !== "accepted")
      throw conflict(`The referral is ${row.status.replace("_", " ")}; there is nothing to revoke`);
    const at = this.now();
    await this.db.transaction(async (tx) => {
      const ok = await repo.updateReferralVersioned(tx, id, version, {
        status: "revoked",
        endedBy: actor.userId,
        endedAt: at,
      });
      if (!ok) throw conflict("version: the referral changed since you read it; reload it");
      if (row.grantId) await repo.revokeGrants(tx, [row.grantId], at);
      await this.audit.append(tx, ctx, {
        action: "referral.revoke",
        resourceType: "case",
        resourceId: row.caseId,
        details: { referral: id },
      });
    });
    return this.present(await this.load(id), true);
  }

  /** Incoming (to the actor's organisation) or outgoing referrals; messages are personal data. */
  async list(
    ctx: RequestContext,
    box: "incoming" | "outgoing",
    status?: string,
    caseId?: string,
  ): Promise<ReferralView[]> {
    const actor = await authorize(
      this.audit,
      ctx,
      box === "incoming" ? "referral.respond" : "referral.create",
      SYSTEM,
    );
    const rows = await repo.listReferrals(this.db, box, actor.organisationId, status, caseId);
    if (rows.length > 0)
      await this.audit.record(ctx, {
        action: "referral.list",
        details: { box, referrals: rows.length, ...(caseId ? { case: caseId } : {}) },
      });
    return Promise.all(rows.map((r) => this.present(r, box === "outgoing")));
  }

  private async present(
    row: repo.ReferralRow & { reference: string },
    asReferrer: boolean,
  ): Promise<ReferralView> {
    const orgs = await this.names.organisations([row.fromOrganisationId, row.toOrganisationId]);
    const org = (orgId: string) => ({ id: orgId, name: orgs.get(orgId)?.name ?? "—" });
    return {
      id: row.id,
      caseId: row.caseId,
      reference: row.reference,
      from: org(row.fromOrganisationId),
      to: org(row.toOrganisationId),
      serviceType: row.serviceType as ReferralView["serviceType"],
      parts: row.parts as ReferralView["parts"],
      status: row.status as ReferralView["status"],
      message: await openOwn(this.keyring, "referral", "message", row.id, row.messageEnc),
      bestInterestsOverride: row.bestInterestsReasonEnc !== null,
      bestInterestsReason: asReferrer
        ? await openOwn(this.keyring, "referral", "best_interests_reason", row.id, row.bestInterestsReasonEnc)
        : null,
      responseNote: await openOwn(this.keyring, "referral", "response_note", row.id, row.responseNoteEnc),
      createdAt: row.createdAt.toISOString(),
      respondedAt: row.respondedAt?.toISOString() ?? null,
      endedAt: row.endedAt?.toISOString() ?? null,
      version: row.version,
    };
  }
}

function presentService(
  r: repo.ServiceOfferRow,
  orgs: Map<string, { name: string; phone: string | null }>,
): ServiceOfferView {
  const org = orgs.get(r.organisationId);
  return {
    id: r.id,
    organisation: { id: r.organisationId, name: org?.name ?? "—", phone: org?.phone ?? null },
    serviceType: r.serviceType as ServiceOfferView["serviceType"],
    languages: r.languages,
    groupsServed: r.groupsServed as ServiceOfferView["groupsServed"],
    capacity: r.capacity,
    region: r.region,
    description: r.description,
    active: r.active,
    version: r.version,
  };
}
