import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/connection.ts";
import type { ErrorBody } from "../src/http/errors.ts";
import type { StatTable } from "../src/stats/stats-schema.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { createActiveUser, setupAdministrator } from "./support/flows.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import { TestClient } from "./support/test-client.ts";

interface Dataset {
  id: string;
  kind: string;
  spent: { epsilon: string };
  releases: number;
}
const cell = (table: StatTable | undefined, ...categories: string[]) =>
  table?.cells.find((c) => c.categories.join("|") === categories.join("|"))?.value;

describe.each(TEST_DATABASES)("statistics on $name", (db) => {
  let t: TestApp;
  let statistician: TestClient;
  let worker: TestClient;
  let dataset: Dataset;
  const year = new Date().getUTCFullYear() - 1;

  beforeAll(async () => {
    t = await startTestApp(db);
    const admin = await setupAdministrator(t);
    expect((await admin.client.post("/api/demo", {})).status).toBe(201);
    statistician = (await createActiveUser(t, admin.client, "statistician", admin.organisationId)).client;
    const other = await admin.client.post<{ id: string }>("/api/organisations", {
      org_Name: "Second Shelter",
      org_Type: "NGO",
      org_ShippingCountry: "RO",
    });
    worker = (await createActiveUser(t, admin.client, "case_worker", admin.organisationId)).client;
    const elsewhere = (await createActiveUser(t, admin.client, "case_worker", other.body.id)).client;
    // One person, registered last year at two organisations: counted once.
    for (const client of [worker, elsewhere]) {
      const res = await client.post("/api/cases", {
        person: {
          prs_FirstName: "Twice",
          prs_SecondName: "Registered",
          prs_Birthdate: "2000-01-01",
          prs_Gender: "Masculine",
          prs_Citizenship: ["UA"],
        },
        victim: {
          vic_TraffickingStatus: "ActualVictimOfTrafficking",
          vic_TypeOfExploitation: ["ForcedBegging"],
        },
        registeredOn: `${year}-06-01`,
        nrmCountry: "RO",
        confirmNoMatch: true,
      });
      expect(res.status, res.text).toBe(201);
    }
    const sets = await statistician.get<{ items: Dataset[] }>("/api/stats/datasets");
    const cases = sets.body.items.find((d) => d.kind === "cases");
    if (!cases) throw new Error("no cases dataset");
    dataset = cases;
  });
  afterAll(() => t.close());

  it("counts registered victims of a year once per person, matching a direct count", async () => {
    const res = await statistician.get<{ tables: StatTable[]; trend: { year: number; count: number }[] }>(
      `/api/stats/tables?datasetId=${dataset.id}&year=${year}&exact=true`,
    );
    expect(res.status, res.text).toBe(200);
    const [direct] = await queryRows<{ cases: number; persons: number }>(
      t.runtime.database.db,
      sql`select count(*)::int as cases, count(distinct case when p.prs_first_name_enc is null then c.person_id::text else coalesce(
            (select min(k.hash) from person_match_key k where k.person_id = c.person_id and k.kind = 'name_birth'), c.person_id::text) end)::int as persons
          from htcds_case c join person p on p.id = c.person_id
          where extract(year from c.registered_on::date) = ${year}
            and coalesce(c.vic_trafficking_status, '') <> 'NotAVictimOfTrafficking'`,
    );
    const bySex = res.body.tables.find((x) => x.id === "victims.sex");
    expect(cell(bySex, "TOTAL")).toBe(direct?.persons);
    expect(direct?.cases).toBe((direct?.persons ?? 0) + 1);
    expect(res.body.trend.find((x) => x.year === year)?.count).toBe(direct?.persons);
    const forms = res.body.tables.find((x) => x.id === "victims.form");
    expect(cell(forms, "begging")).toBeGreaterThanOrEqual(1);
    expect(bySex?.protection.method).toBe("exact");

    // Without stats.exact: refused, and the refusal is audited.
    expect(
      (await worker.get(`/api/stats/tables?datasetId=${dataset.id}&year=${year}&exact=true`)).status,
    ).toBe(403);
  });

  it("suppresses small counts so that none is shown and none follows from the totals", async () => {
    const res = await statistician.get<{ tables: StatTable[] }>(
      `/api/stats/tables?datasetId=${dataset.id}&year=${year}&threshold=5`,
    );
    expect(res.status, res.text).toBe(200);
    for (const table of res.body.tables) {
      for (const c of table.cells)
        if (c.value !== null && c.value !== 0)
          expect(c.value, `${table.id} ${c.categories.join("|")}`).toBeGreaterThanOrEqual(5);
      // In a one-way table, a withheld cell never stands alone next to a published total.
      if (table.dimensions.length === 1 && cell(table, "TOTAL") !== null)
        expect(table.cells.filter((c) => c.value === null).length).not.toBe(1);
    }
    const bad = await statistician.get<ErrorBody>(
      `/api/stats/tables?datasetId=${dataset.id}&year=${year}&threshold=1`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0]?.path).toBe("threshold");
  });

  it("charges DP releases to the dataset's budget, refuses one over it without recording it, and publishes only public ones", async () => {
    const released = await statistician.post<{ id: string; tables: StatTable[] }>("/api/stats/releases", {
      datasetId: dataset.id,
      year,
      title: `Victims ${year}`,
      method: "dp-geometric",
      epsilon: "1",
      public: true,
    });
    expect(released.status, released.text).toBe(201);
    const form = released.body.tables.find((x) => x.id === "victims.form");
    expect(form?.protection.method).toBe("dp-geometric");
    for (const table of released.body.tables)
      for (const c of table.cells)
        if (c.value !== null && table.protection.threshold)
          expect(c.value).toBeGreaterThanOrEqual(table.protection.threshold);

    const over = await statistician.post<ErrorBody>("/api/stats/releases", {
      datasetId: dataset.id,
      year,
      title: "Too much",
      method: "dp-geometric",
      epsilon: "3.5",
    });
    expect(over.status).toBe(409);
    expect(over.body.error.message).toMatch(/refused/);
    const zero = await statistician.post<ErrorBody>("/api/stats/releases", {
      datasetId: dataset.id,
      year,
      title: "Nothing",
      method: "dp-geometric",
      epsilon: "0",
    });
    expect(zero.status).toBe(400);
    expect(zero.body.error.details[0]?.path).toBe("epsilon");

    const internal = await statistician.post("/api/stats/releases", {
      datasetId: dataset.id,
      year,
      title: "Internal",
      method: "suppression",
      threshold: 3,
    });
    expect(internal.status, internal.text).toBe(201);

    const sets = await statistician.get<{ items: Dataset[] }>("/api/stats/datasets");
    const after = sets.body.items.find((d) => d.id === dataset.id);
    expect(after?.spent.epsilon).toBe("1");
    expect(after?.releases).toBe(1);

    const anonymous = new TestClient(t.app);
    const page = await anonymous.get<{ items: { title: string; method: string }[] }>("/api/public/stats");
    expect(page.status).toBe(200);
    expect(page.body.items.map((r) => r.title)).toEqual([`Victims ${year}`]);
  });
});
