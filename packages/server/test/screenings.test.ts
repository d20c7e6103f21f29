import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decide, ILO_EC_2009, indicatorsFor } from "@ariadne/domain";
import { queryRows } from "../src/db/connection.ts";
import type { ErrorBody } from "../src/http/errors.ts";
import type { ScreeningView } from "../src/screenings/screening-schema.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { createActiveUser, setupAdministrator } from "./support/flows.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import type { TestClient } from "./support/test-client.ts";

describe.each(TEST_DATABASES)("screenings on $name", (db) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;
  let responder: TestClient;
  let otherResponder: TestClient;

  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await setupAdministrator(t);
    responder = (await createActiveUser(t, admin.client, "first_responder", admin.organisationId)).client;
    otherResponder = (await createActiveUser(t, admin.client, "first_responder", admin.organisationId))
      .client;
  });
  afterAll(() => t.close());

  const start = async (client = responder) => {
    const res = await client.post<ScreeningView>("/api/screenings", {
      screenerRole: "police",
      language: "en",
    });
    expect(res.status, res.text).toBe(201);
    return res.body;
  };

  it("guides a draft through safety, pathway and answers, and completes it with the engine's own decision", async () => {
    let s = await start();
    expect(s.status).toBe("draft");
    expect(s.catalogue).toEqual({ id: ILO_EC_2009.id, version: ILO_EC_2009.version });

    const safety = await responder.patch<ScreeningView>(`/api/screenings/${s.id}`, {
      version: s.version,
      safety: { dangerNow: "no", urgentMedical: "no", possiblyChild: "unknown", interpreterNeeded: "yes" },
      safetyConcerns: "Afraid of the driver who waits outside",
    });
    expect(safety.status, safety.text).toBe(200);
    s = safety.body;
    expect(s.pathway).toBe("child");
    expect(s.nextSteps).toEqual(
      expect.arrayContaining(["child_protection_referral", "appoint_guardian", "presume_minority"]),
    );

    s = (
      await responder.patch<ScreeningView>(`/api/screenings/${s.id}`, {
        version: s.version,
        exploitation: "sexual",
      })
    ).body;
    expect(s.indicatorSet).toBe("child_sexual");

    const answers = {
      "d1.nature_of_job": "present",
      "d4.excessive_working_hours": "present",
      "d5.isolation_confinement_surveillance": "unknown",
      "d2.violence_on_victims": "absent",
    } as const;
    const saved = await responder.patch<ScreeningView>(`/api/screenings/${s.id}`, {
      version: s.version,
      catalogueVersion: ILO_EC_2009.version,
      answers,
      notes: { "d1.nature_of_job": "Was promised work in a hotel kitchen" },
    });
    expect(saved.status, saved.text).toBe(200);
    s = saved.body;
    expect(s.answers).toEqual(answers);
    expect(s.notes).toEqual({ "d1.nature_of_job": "Was promised work in a hotel kitchen" });
    expect(s.preview?.level).toBe(decide(ILO_EC_2009, "child_sexual", answers).level);

    const done = await responder.post<ScreeningView>(`/api/screenings/${s.id}/complete`, {
      version: s.version,
    });
    expect(done.status, done.text).toBe(200);
    // The API's outcome is exactly the pure engine's for the same answers.
    expect(done.body.outcome).toEqual(
      JSON.parse(JSON.stringify(decide(ILO_EC_2009, "child_sexual", answers))),
    );
    expect(done.body.outcome?.deciding.length).toBeGreaterThan(0);
    expect(done.body.outcome?.rule).toContain("exploitative_conditions");

    const again = await responder.patch<ErrorBody>(`/api/screenings/${s.id}`, {
      version: done.body.version,
      answers: {},
    });
    expect(again.status).toBe(409);
  });

  it("refuses unknown indicators, indicators of another set and another catalogue version, naming them", async () => {
    let s = await start();
    s = (
      await responder.patch<ScreeningView>(`/api/screenings/${s.id}`, {
        version: s.version,
        safety: { possiblyChild: "yes" },
        exploitation: "labour",
      })
    ).body;
    const unknown = await responder.patch<ErrorBody>(`/api/screenings/${s.id}`, {
      version: s.version,
      answers: { "d9.made_up": "present" },
    });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]?.path).toBe("answers.d9.made_up");

    // An adult-only indicator in a child screening.
    const adultOnly = "d4.no_social_protection";
    expect(indicatorsFor(ILO_EC_2009, "child_labour").some((i) => i.id === adultOnly)).toBe(false);
    const wrongSet = await responder.patch<ErrorBody>(`/api/screenings/${s.id}`, {
      version: s.version,
      answers: { [adultOnly]: "present" },
    });
    expect(wrongSet.status).toBe(400);
    expect(wrongSet.body.error.details[0]?.path).toBe(`answers.${adultOnly}`);

    const otherVersion = await responder.patch<ErrorBody>(`/api/screenings/${s.id}`, {
      version: s.version,
      catalogueVersion: "0.9.0",
      answers: { "d1.nature_of_job": "present" },
    });
    expect(otherVersion.status).toBe(400);
    expect(otherVersion.body.error.details[0]?.path).toBe("catalogueVersion");

    const badValue = await responder.patch<ErrorBody>(`/api/screenings/${s.id}`, {
      version: s.version,
      answers: { "d1.nature_of_job": "maybe" },
    });
    expect(badValue.status).toBe(400);

    const stale = await responder.patch<ErrorBody>(`/api/screenings/${s.id}`, {
      version: s.version - 1,
      answers: {},
    });
    expect(stale.status).toBe(409);
    const current = await responder.get<ScreeningView>(`/api/screenings/${s.id}`);
    expect(current.body.answers).toEqual({});
  });

  it("drops answers that do not belong to the new set when the person turns out to be a child", async () => {
    let s = await start();
    s = (
      await responder.patch<ScreeningView>(`/api/screenings/${s.id}`, {
        version: s.version,
        safety: { possiblyChild: "no" },
        exploitation: "labour",
        answers: { "d4.no_social_protection": "present", "d1.nature_of_job": "present" },
      })
    ).body;
    expect(s.indicatorSet).toBe("adult_labour");
    s = (
      await responder.patch<ScreeningView>(`/api/screenings/${s.id}`, {
        version: s.version,
        safety: { possiblyChild: "yes" },
      })
    ).body;
    expect(s.indicatorSet).toBe("child_labour");
    expect(s.answers).toEqual({ "d1.nature_of_job": "present" });
  });

  it("keeps a first responder's screenings to themselves, and their notes encrypted", async () => {
    const s = await start();
    await responder.patch(`/api/screenings/${s.id}`, {
      version: s.version,
      exploitation: "labour",
      notes: { "d1.nature_of_job": "Mentions a cousin called Ilinca" },
    });
    expect((await otherResponder.get(`/api/screenings/${s.id}`)).status).toBe(403);
    const list = await otherResponder.get<{ items: { id: string }[] }>("/api/screenings");
    expect(list.body.items.some((i) => i.id === s.id)).toBe(false);
    const mine = await responder.get<{ items: { id: string }[] }>("/api/screenings?status=draft");
    expect(mine.body.items.some((i) => i.id === s.id)).toBe(true);

    const rows = await queryRows<{ notes_enc: string }>(
      t.runtime.database.db,
      sql`select notes_enc, answers::text as a from screening where id = ${s.id}`,
    );
    expect(rows[0]?.notes_enc.startsWith("ek1.")).toBe(true);
    expect(JSON.stringify(rows)).not.toContain("Ilinca");
  });

  it("lets an administrator load a revised catalogue that new screenings use, while old ones keep theirs", async () => {
    const old = await start();
    const bad = await admin.client.post<ErrorBody>("/api/screening/catalogues", {
      ...ILO_EC_2009,
      version: "",
    });
    expect(bad.status).toBe(400);
    const revised = await admin.client.post<{ id: string; version: string }>("/api/screening/catalogues", {
      ...ILO_EC_2009,
      version: "1.0.1",
    });
    expect(revised.status, revised.text).toBe(201);
    const dup = await admin.client.post<ErrorBody>("/api/screening/catalogues", {
      ...ILO_EC_2009,
      version: "1.0.1",
    });
    expect(dup.status).toBe(409);
    expect((await responder.post("/api/screening/catalogues", { ...ILO_EC_2009, version: "2" })).status).toBe(
      403,
    );
    const fresh = await start();
    expect(fresh.catalogue.version).toBe("1.0.1");
    const kept = await responder.get<ScreeningView>(`/api/screenings/${old.id}`);
    expect(kept.body.catalogue.version).toBe(ILO_EC_2009.version);
    const list = await responder.get<{ items: { version: string; active: boolean }[] }>(
      "/api/screening/catalogues",
    );
    expect(list.body.items.filter((c) => c.active).map((c) => c.version)).toEqual(["1.0.1"]);
  });
});
