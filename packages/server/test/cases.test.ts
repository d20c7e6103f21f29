import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql, type SQL } from "drizzle-orm";
import { isoDay } from "@ariadne/domain";
import { queryRows, type Executor } from "../src/db/connection.ts";
import type { CaseMatch, CaseSummary, CaseView, Caseload } from "../src/cases/case-schema.ts";
import type { ErrorBody } from "../src/http/errors.ts";
import type { ReferralView } from "../src/referrals/referral-schema.ts";
import { auditEntries } from "./support/audit-log.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { createActiveUser, setupAdministrator } from "./support/flows.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import type { TestClient } from "./support/test-client.ts";

const DAY = 86_400_000;
const rowCount = async (db: Executor, query: SQL) => (await queryRows(db, query)).length;
// Synthetic people only.
const PERSON = {
  prs_FirstName: "Ioana",
  prs_SecondName: "Popescu",
  prs_Birthdate: "1998-04-12",
  prs_Gender: "Feminine",
  prs_Citizenship: ["MD"],
  prs_MobilePhone: "+40 700 000 123",
  prs_Email: "ioana.example@example.invalid",
} as const;

describe.each(TEST_DATABASES)("cases, referrals and justice on $name", (db) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;
  let worker: TestClient;
  let workerId: string;
  let shelterWorker: TestClient;
  let shelterId: string;
  let clinicId: string;

  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await setupAdministrator(t);
    const shelter = await admin.client.post<{ id: string }>("/api/organisations", {
      org_Name: "Synthetic Shelter",
      org_Type: "NGO",
      org_ShippingCountry: "RO",
    });
    shelterId = shelter.body.id;
    const clinic = await admin.client.post<{ id: string }>("/api/organisations", {
      org_Name: "Synthetic Clinic",
      org_Type: "HealthServiceOrganisation",
      org_ShippingCountry: "RO",
    });
    clinicId = clinic.body.id;
    const w = await createActiveUser(t, admin.client, "case_worker", admin.organisationId);
    worker = w.client;
    workerId = w.userId;
    shelterWorker = (await createActiveUser(t, admin.client, "case_worker", shelterId)).client;
    const offer = await admin.client.post("/api/services", {
      organisationId: shelterId,
      serviceType: "shelter",
      languages: ["ro", "en"],
      groupsServed: ["women", "children"],
      capacity: 12,
      region: "Bucharest",
    });
    expect(offer.status, offer.text).toBe(201);
  });
  afterAll(() => t.close());

  const openCase = async (body: Record<string, unknown>) => {
    const res = await worker.post<CaseView>("/api/cases", body);
    expect(res.status, res.text).toBe(201);
    return res.body;
  };

  it("opens a case after searching, finds the same person by spelling variants, and refuses a silent duplicate", async () => {
    const before = await worker.post<{ matches: CaseMatch[] }>("/api/cases/search-before-create", PERSON);
    expect(before.status, before.text).toBe(200);
    expect(before.body.matches).toEqual([]);
    const c = await openCase({ person: PERSON, victim: { vic_TypeOfExploitation: ["SexualExploitation"] } });
    expect(c.reference).toMatch(/^C-\d{4}-[0-9A-F]{6}$/);
    expect(c.status).toBe("Active");
    expect(c.nrmStage).toBe("first_contact");
    expect(c.person?.prs_FirstName).toBe("Ioana");
    expect(c.person?.prs_MobilePhone).toBe(PERSON.prs_MobilePhone);

    const variant = await worker.post<{ matches: CaseMatch[] }>("/api/cases/search-before-create", {
      prs_FirstName: "Joana",
      prs_SecondName: "Popesku",
      prs_Birthdate: "1998-04-12",
    });
    expect(variant.body.matches).toHaveLength(1);
    expect(variant.body.matches[0]?.kinds).toEqual(["fuzzy_name_year"]);
    expect(variant.body.matches[0]?.reference).toBe(c.reference);

    // From another organisation: only whom to contact, never the case.
    const elsewhere = await shelterWorker.post<{ matches: CaseMatch[] }>("/api/cases/search-before-create", {
      prs_MobilePhone: "0700 000 123",
    });
    expect(elsewhere.body.matches).toEqual([
      {
        kinds: ["phone"],
        organisation: { id: admin.organisationId, name: "Test Coordination Office", phone: null },
        caseId: null,
        reference: null,
      },
    ]);

    const duplicate = await worker.post<ErrorBody>("/api/cases", { person: PERSON });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toMatch(/confirmNoMatch/);
    const confirmed = await worker.post<CaseView>("/api/cases", { person: PERSON, confirmNoMatch: true });
    expect(confirmed.status).toBe(201);

    const byName = await worker.get<{ items: CaseSummary[] }>("/api/cases?q=popescu%20ioana");
    expect(byName.body.items.map((i) => i.id)).toEqual(expect.arrayContaining([c.id, confirmed.body.id]));
    expect(byName.body.items[0]?.personName).toBe("Ioana Popescu");
    const byRef = await worker.get<{ items: CaseSummary[] }>(`/api/cases?q=${c.reference.toLowerCase()}`);
    expect(byRef.body.items.map((i) => i.id)).toEqual([c.id]);
  });

  it("rejects bad input precisely and never overwrites a newer version", async () => {
    const badPick = await worker.post<ErrorBody>("/api/cases", {
      person: { ...PERSON, prs_Gender: "Unknown-ish" },
      confirmNoMatch: true,
    });
    expect(badPick.status).toBe(400);
    expect(badPick.body.error.details.map((d) => d.path)).toContain("person.prs_Gender");
    const future = isoDay(new Date(t.clock.now().getTime() + 3 * DAY));
    const unborn = await worker.post<ErrorBody>("/api/cases", {
      person: { prs_FirstName: "Test", prs_Birthdate: future },
    });
    expect(unborn.status).toBe(400);
    expect(unborn.body.error.details).toEqual([
      { path: "person.prs_Birthdate", message: "must not be in the future" },
    ]);

    const c = await openCase({ person: { prs_FirstName: "Stale", prs_Birthdate: "1990-01-01" } });
    const first = await worker.patch<CaseView>(`/api/cases/${c.id}`, {
      version: c.version,
      victim: { vic_TraffickingStatus: "PossibleVictimOfTrafficking" },
    });
    expect(first.status, first.text).toBe(200);
    const second = await worker.patch<ErrorBody>(`/api/cases/${c.id}`, {
      version: c.version,
      person: { prs_FirstName: "Overwritten" },
    });
    expect(second.status).toBe(409);
    const now = await worker.get<CaseView>(`/api/cases/${c.id}`);
    expect(now.body.person?.prs_FirstName).toBe("Stale");
    expect(now.body.victim?.vic_TraffickingStatus).toBe("PossibleVictimOfTrafficking");

    const noEnd = await worker.post<ErrorBody>(`/api/cases/${c.id}/stage`, {
      version: now.body.version,
      stage: "reflection",
    });
    expect(noEnd.status).toBe(400);
    expect(noEnd.body.error.details[0]?.path).toBe("reflectionPeriodEnds");
    const ends = isoDay(new Date(t.clock.now().getTime() + 30 * DAY));
    const moved = await worker.post<CaseView>(`/api/cases/${c.id}/stage`, {
      version: now.body.version,
      stage: "reflection",
      reflectionPeriodEnds: ends,
    });
    expect(moved.status, moved.text).toBe(200);
    expect(moved.body.nrmStageLabel).toBe("Recovery and reflection period");

    const close = await worker.post<ErrorBody>(`/api/cases/${c.id}/status`, {
      version: moved.body.version,
      status: "Closed",
    });
    expect(close.status).toBe(400);
    expect(close.body.error.details[0]?.path).toBe("reason");

    const plan = await worker.post<ErrorBody>(`/api/cases/${c.id}/support-plans`, {
      startDate: "2026-03-01",
      spl_PlannedEndDate: "2026-02-01",
    });
    expect(plan.status).toBe(400);
    expect(plan.body.error.details[0]).toEqual({
      path: "spl_PlannedEndDate",
      message: "must not be before startDate",
    });
  });

  it("refers with consent, shares exactly the chosen parts, and ends access when consent is withdrawn", async () => {
    const c = await openCase({
      person: {
        prs_FirstName: "Maria",
        prs_SecondName: "Examplova",
        prs_Birthdate: "1995-07-01",
        prs_MobilePhone: "+40 700 000 456",
      },
      victim: { vic_TypeOfExploitation: ["ForcedLabour"], vic_MethodsOfControl: ["PhysicalThreats"] },
      confirmNoMatch: true,
    });
    const event = await worker.post(`/api/cases/${c.id}/events`, {
      hte_Type: "Recruitment",
      hte_City: "Chișinău",
      hte_Country: "MD",
    });
    expect(event.status, event.text).toBe(201);

    const noConsent = await worker.post<ErrorBody>(`/api/cases/${c.id}/referrals`, {
      toOrganisationId: shelterId,
      serviceType: "shelter",
      parts: ["identity"],
    });
    expect(noConsent.status).toBe(400);
    expect(noConsent.body.error.details[0]?.path).toBe("consent");

    const consent = await worker.post<{ id: string }>(`/api/cases/${c.id}/consents`, {
      con_Consent: true,
      purposes: ["case_management", "referral"],
      givenOn: isoDay(t.clock.now()),
    });
    expect(consent.status, consent.text).toBe(201);

    const noService = await worker.post<ErrorBody>(`/api/cases/${c.id}/referrals`, {
      toOrganisationId: clinicId,
      serviceType: "medical",
      parts: ["identity"],
    });
    expect(noService.status).toBe(400);
    expect(noService.body.error.details[0]?.path).toBe("serviceType");

    const sent = await worker.post<ReferralView>(`/api/cases/${c.id}/referrals`, {
      toOrganisationId: shelterId,
      serviceType: "shelter",
      parts: ["identity", "victim"],
      message: "Needs a safe place tonight",
    });
    expect(sent.status, sent.text).toBe(201);
    expect(sent.body.status).toBe("pending");

    expect((await shelterWorker.get(`/api/cases/${c.id}`)).status).toBe(403);
    const inbox = await shelterWorker.get<{ items: ReferralView[] }>(
      "/api/referrals?box=incoming&status=pending",
    );
    expect(inbox.body.items.map((r) => r.id)).toEqual([sent.body.id]);
    expect(inbox.body.items[0]?.message).toBe("Needs a safe place tonight");

    const accepted = await shelterWorker.post<ReferralView>(`/api/referrals/${sent.body.id}/respond`, {
      version: sent.body.version,
      accept: true,
    });
    expect(accepted.status, accepted.text).toBe(200);
    expect(accepted.body.status).toBe("accepted");

    const seen = await shelterWorker.get<CaseView>(`/api/cases/${c.id}`);
    expect(seen.status, seen.text).toBe(200);
    expect(seen.body.parts).toEqual(["identity", "victim"]);
    expect(seen.body.person?.prs_FirstName).toBe("Maria");
    expect(seen.body.person?.prs_MobilePhone).toBeUndefined();
    expect(seen.body.victim?.vic_MethodsOfControl).toEqual(["PhysicalThreats"]);
    expect(seen.body.events).toBeNull();
    expect(seen.body.consents).toBeNull();
    expect(seen.body.via).toBe("grant");
    expect((await shelterWorker.get(`/api/cases/${c.id}/history`)).status).toBe(403);
    expect(
      (await shelterWorker.patch(`/api/cases/${c.id}`, { version: seen.body.version, victim: {} })).status,
    ).toBe(403);
    const shared = await shelterWorker.get<{ items: CaseSummary[] }>("/api/cases?referredToMe=true");
    expect(shared.body.items.map((i) => i.id)).toEqual([c.id]);

    const holder = await worker.get<CaseView>(`/api/cases/${c.id}`);
    expect(holder.body.case.cas_ReferredOrganisation).toBe(shelterId);
    expect(holder.body.case.cas_OutgoingReferralDate).toBe(isoDay(t.clock.now()));
    const history = await worker.get<{ items: { action: string; organisationId: string | null }[] }>(
      `/api/cases/${c.id}/history`,
    );
    expect(history.body.items.map((h) => h.action)).toEqual(
      expect.arrayContaining([
        "case.open",
        "case.event.add",
        "case.consent.add",
        "referral.create",
        "referral.accept",
        "case.read",
      ]),
    );
    expect(history.body.items.some((h) => h.action === "case.read" && h.organisationId === shelterId)).toBe(
      true,
    );

    const consentVersion = holder.body.consents?.[0]?.version ?? 0;
    const withdrawn = await worker.patch(`/api/cases/${c.id}/consents/${consent.body.id}`, {
      version: consentVersion,
      withdraw: true,
    });
    expect(withdrawn.status, withdrawn.text).toBe(200);
    expect((await shelterWorker.get(`/api/cases/${c.id}`)).status).toBe(403);
    const out = await worker.get<{ items: ReferralView[] }>(`/api/referrals?box=outgoing&caseId=${c.id}`);
    expect(out.body.items[0]?.status).toBe("consent_withdrawn");

    const denied = await auditEntries(admin.client, { action: "access.denied", resourceId: c.id });
    expect(denied.length).toBeGreaterThanOrEqual(2);
  });

  it("a child's case without consent needs a best-interests reason and the override permission", async () => {
    const tenYearsAgo = isoDay(new Date(t.clock.now().getTime() - 10 * 365.25 * DAY));
    const c = await openCase({
      person: { prs_FirstName: "Child", prs_Birthdate: tenYearsAgo },
      confirmNoMatch: true,
    });
    const noReason = await worker.post<ErrorBody>(`/api/cases/${c.id}/referrals`, {
      toOrganisationId: shelterId,
      serviceType: "shelter",
      parts: ["identity"],
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0]?.path).toBe("bestInterestsReason");
    const noPermission = await worker.post<ErrorBody>(`/api/cases/${c.id}/referrals`, {
      toOrganisationId: shelterId,
      serviceType: "shelter",
      parts: ["identity"],
      bestInterestsReason: "Unaccompanied and without shelter tonight",
    });
    expect(noPermission.status).toBe(403);
    const refusals = await auditEntries(admin.client, { action: "access.denied", resourceId: c.id });
    expect(refusals[0]?.details).toMatchObject({ permission: "referral.override_consent" });
  });

  it("tasks surface as overdue; proceedings check their dates", async () => {
    const c = await openCase({
      person: { prs_FirstName: "Tasked", prs_Birthdate: "1980-02-02" },
      confirmNoMatch: true,
    });
    const task = await worker.post(`/api/cases/${c.id}/tasks`, {
      title: "Book an interpreter for the interview",
      // A deadline already passed when it is recorded (a court date missed, say).
      dueOn: isoDay(new Date(t.clock.now().getTime() - DAY)),
      assigneeId: workerId,
    });
    expect(task.status, task.text).toBe(201);
    const foreign = await worker.post<ErrorBody>(`/api/cases/${c.id}/tasks`, {
      title: "Someone else's",
      dueOn: "2030-01-01",
      // An id no user has.
      assigneeId: randomUUID(),
    });
    expect(foreign.status).toBe(400);
    const load = await worker.get<Caseload>("/api/caseload");
    expect(load.status, load.text).toBe(200);
    expect(load.body.myOverdueTasks.map((x) => x.title)).toContain("Book an interpreter for the interview");
    const overdue = await worker.get<{ items: CaseSummary[] }>("/api/cases?overdue=true");
    expect(overdue.body.items.map((i) => i.id)).toEqual([c.id]);
    expect(overdue.body.items[0]?.overdueTasks).toBe(1);

    const noDate = await worker.post<ErrorBody>(`/api/cases/${c.id}/proceedings`, {
      stage: "verdict",
      verdict: "convicted",
    });
    expect(noDate.status).toBe(400);
    expect(noDate.body.error.details.map((d) => d.path)).toContain("verdictOn");
    const backwards = await worker.post<ErrorBody>(`/api/cases/${c.id}/proceedings`, {
      stage: "trial",
      chargedOn: "2025-05-01",
      investigationOpenedOn: "2025-06-01",
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0]).toEqual({
      path: "chargedOn",
      message: "must not be before investigationOpenedOn",
    });
    const ok = await worker.post(`/api/cases/${c.id}/proceedings`, {
      stage: "verdict",
      investigationOpenedOn: "2025-01-10",
      chargedOn: "2025-03-01",
      charges: ["trafficking_in_human_beings"],
      verdict: "convicted",
      verdictOn: "2025-10-01",
      sentenceMonths: 60,
      compensationAwardedCents: 1_500_000,
      currency: "EUR",
      victimIsWitness: true,
      protectionMeasures: ["video_testimony", "no_contact_with_accused"],
    });
    expect(ok.status, ok.text).toBe(201);
    const view = await worker.get<CaseView>(`/api/cases/${c.id}`);
    expect(view.body.proceedings?.[0]).toMatchObject({
      verdict: "convicted",
      protectionMeasures: ["video_testimony", "no_contact_with_accused"],
    });
  });

  it("erases on an approved request, keeps held cases, and anonymises closed cases past retention without changing counts", async () => {
    const erased = await openCase({
      person: { prs_FirstName: "Erasable", prs_Birthdate: "1991-03-03" },
      confirmNoMatch: true,
    });
    const request = await worker.post<{ id: string }>(`/api/cases/${erased.id}/erasure-requests`, {
      reason: "The person asked",
    });
    expect(request.status, request.text).toBe(201);
    const pending = await admin.client.get<{ items: { id: string; version: number; reason: string }[] }>(
      "/api/erasure-requests?status=pending",
    );
    expect(pending.body.items.find((r) => r.id === request.body.id)?.reason).toBe("The person asked");
    const decided = await admin.client.post(`/api/erasure-requests/${request.body.id}/decide`, {
      version: 1,
      approve: true,
    });
    expect(decided.status, decided.text).toBe(204);
    expect((await worker.get(`/api/cases/${erased.id}`)).status).toBe(404);
    expect(
      await rowCount(t.runtime.database.db, sql`select 1 from person where id = ${erased.person?.id ?? ""}`),
    ).toBe(0);

    const policy = await admin.client.put("/api/retention-policy", {
      organisationId: admin.organisationId,
      closedCaseDays: 30,
      action: "anonymise",
    });
    expect(policy.status, policy.text).toBe(204);
    const tooShort = await admin.client.put<ErrorBody>("/api/retention-policy", {
      closedCaseDays: 5,
      action: "erase",
    });
    expect(tooShort.body.error.details[0]?.path).toBe("closedCaseDays");

    const close = async (c: CaseView) => {
      const res = await worker.post<CaseView>(`/api/cases/${c.id}/status`, {
        version: c.version,
        status: "Closed",
        reason: "Returned home safely",
      });
      expect(res.status, res.text).toBe(200);
      return res.body;
    };
    const old = await close(
      await openCase({
        person: {
          prs_FirstName: "Retained",
          prs_SecondName: "Person",
          prs_Birthdate: "1993-05-05",
          prs_Gender: "Masculine",
          prs_Citizenship: ["UA"],
        },
        victim: { vic_TypeOfExploitation: ["ForcedLabour"] },
        confirmNoMatch: true,
      }),
    );
    await worker.post(`/api/cases/${old.id}/comments`, {
      cco_CaseComment: "Spoke with Retained about the hearing",
    });
    const held = await close(
      await openCase({
        person: { prs_FirstName: "Held", prs_Birthdate: "1994-06-06" },
        confirmNoMatch: true,
      }),
    );
    expect(
      (await admin.client.post("/api/legal-holds", { reference: held.reference.toLowerCase(), hold: true }))
        .status,
    ).toBe(204);
    const missing = await admin.client.post<ErrorBody>("/api/legal-holds", {
      reference: "C-1999-ZZZZZZ",
      hold: true,
    });
    expect(missing.status).toBe(404);

    const countBefore = await rowCount(
      t.runtime.database.db,
      sql`select 1 from htcds_case where 'ForcedLabour' = any(vic_type_of_exploitation)`,
    );
    t.clock.advance(31 * DAY);
    const result = await t.runtime.services.retention.run();
    expect(result).toMatchObject({ anonymised: 1, held: 1 });
    const [row] = await queryRows<Record<string, unknown>>(
      t.runtime.database.db,
      sql`select p.prs_first_name_enc, p.prs_gender, p.prs_citizenship, p.birth_year, c.cas_reason_for_case_closure_enc, c.anonymised_at
          from htcds_case c join person p on p.id = c.person_id where c.id = ${old.id}`,
    );
    expect(row).toMatchObject({
      prs_first_name_enc: null,
      cas_reason_for_case_closure_enc: null,
      prs_gender: "Masculine",
      prs_citizenship: ["UA"],
      birth_year: 1993,
    });
    expect(row?.anonymised_at).not.toBeNull();
    expect(
      await rowCount(t.runtime.database.db, sql`select 1 from case_comment where case_id = ${old.id}`),
    ).toBe(0);
    expect(
      await rowCount(
        t.runtime.database.db,
        sql`select 1 from htcds_case where 'ForcedLabour' = any(vic_type_of_exploitation)`,
      ),
    ).toBe(countBefore);
    const [heldRow] = await queryRows<{ anonymised_at: unknown }>(
      t.runtime.database.db,
      sql`select anonymised_at from htcds_case where id = ${held.id}`,
    );
    expect(heldRow?.anonymised_at).toBeNull();
    expect((await t.runtime.services.retention.run()).anonymised).toBe(0);
  });
});
