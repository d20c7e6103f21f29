import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows } from "../src/db/connection.ts";
import type { ErrorBody } from "../src/http/errors.ts";
import {
  HTCDS_LOOKUP_TARGETS,
  readHtcdsRows,
  syntheticHtcdsRows,
  writeHtcdsRows,
  type HtcdsCaseRow,
} from "../src/htcds-exchange/index.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { createActiveUser, setupAdministrator } from "./support/flows.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import type { TestClient } from "./support/test-client.ts";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describe.each(TEST_DATABASES)("HTCDS import and export on $name", (db) => {
  let t: TestApp;
  let worker: TestClient;
  let shelterWorker: TestClient;

  beforeAll(async () => {
    t = await startTestApp(db);
    const admin = await setupAdministrator(t);
    const shelter = await admin.client.post<{ id: string }>("/api/organisations", {
      org_Name: "Synthetic Shelter",
      org_Type: "NGO",
      org_ShippingCountry: "RO",
    });
    worker = (await createActiveUser(t, admin.client, "case_worker", admin.organisationId)).client;
    shelterWorker = (await createActiveUser(t, admin.client, "case_worker", shelter.body.id)).client;
  });
  afterAll(() => t.close());

  const countCases = async () =>
    (await queryRows<{ n: number }>(t.runtime.database.db, sql`select count(*)::int as n from htcds_case`))[0]
      ?.n ?? 0;

  /** 500 synthetic rows; lookups are names, so only ones Ariadne knows are kept. */
  const rows = (): HtcdsCaseRow[] =>
    syntheticHtcdsRows(500, 11).map((row, i) => {
      const lookups = new Set(Object.keys(HTCDS_LOOKUP_TARGETS));
      const copy: HtcdsCaseRow = Object.fromEntries(Object.entries(row).filter(([key]) => !lookups.has(key)));
      return i % 50 === 0 ? { ...copy, cas_ReferringOrganisation: "synthetic shelter" } : copy;
    });

  const upload = (client: TestClient, file: Buffer, format: string, type: string) =>
    client.request<ErrorBody & { imported: number }>("POST", `/api/cases/import?format=${format}`, file, {
      "content-type": type,
    });

  const download = async (client: TestClient, body: Record<string, unknown>) => {
    const res = await t.app.inject({
      method: "POST",
      url: "/api/cases/export",
      headers: {
        cookie: `ariadne_session=${client.cookie ?? ""}`,
        "x-csrf-token": client.csrf ?? "",
        "content-type": "application/json",
      },
      payload: JSON.stringify(body),
    });
    return { status: res.statusCode, headers: res.headers, file: res.rawPayload, text: res.body };
  };

  it("rejects a 500-row IOM spreadsheet with two bad rows, naming both, and writes nothing; then imports it fixed", async () => {
    const bad = rows();
    bad[10] = { ...bad[10], prs_Gender: "Bogus" as never };
    bad[300] = { ...bad[300], prs_Birthdate: "2999-01-01" };
    const before = await countCases();
    const refused = await upload(worker, await writeHtcdsRows(bad, "xlsx"), "xlsx", XLSX);
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("validation_failed");
    // IOM's layout: keys in row 1, labels in row 2, data from row 3.
    expect(refused.body.error.details.map((d) => d.path)).toEqual([
      "rows[13].prs_Gender",
      "rows[303].prs_Birthdate",
    ]);
    expect(refused.body.error.message).toMatch(/2 problems in 2 rows; nothing was imported/);
    expect(await countCases()).toBe(before);

    const unknownOrg = rows();
    unknownOrg[4] = { ...unknownOrg[4], cas_ReferredOrganisation: "Nowhere Foundation" };
    const lookup = await upload(worker, await writeHtcdsRows(unknownOrg, "csv"), "csv", "text/csv");
    expect(lookup.status).toBe(400);
    expect(lookup.body.error.details).toEqual([
      {
        path: "rows[6].cas_ReferredOrganisation",
        message:
          'no organisation named "Nowhere Foundation" in Ariadne; add it first or leave the cell empty',
      },
    ]);
    expect(await countCases()).toBe(before);

    const ok = await upload(worker, await writeHtcdsRows(rows(), "xlsx"), "xlsx", XLSX);
    expect(ok.status, ok.text).toBe(200);
    expect(ok.body.imported).toBe(500);
    expect(await countCases()).toBe(before + 500);
    const [linked] = await queryRows<{ n: number }>(
      t.runtime.database.db,
      sql`select count(*)::int as n from htcds_case c join organisation o on o.id = c.cas_referring_organisation
          where o.org_name = 'Synthetic Shelter'`,
    );
    expect(linked?.n).toBe(10);
  });

  it("exports what the exporter's scope holds, round-trips through the reader, and encrypts on request", async () => {
    const json = await upload(
      worker,
      Buffer.from(
        JSON.stringify([{ prs_FirstName: '=HYPERLINK("http://x.invalid")', prs_Gender: "Feminine" }]),
      ),
      "json",
      "application/json",
    );
    expect(json.status, json.text).toBe(200);

    const out = await download(worker, { format: "xlsx" });
    expect(out.status, out.text).toBe(200);
    expect(out.headers["content-type"]).toContain("spreadsheetml");
    const back = await readHtcdsRows(out.file, "xlsx");
    expect(back.errors).toEqual([]);
    expect(back.rows).toHaveLength(501);
    expect(back.rows.map((r) => r.values.prs_FirstName)).toContain('=HYPERLINK("http://x.invalid")');

    const csv = await download(worker, { format: "csv" });
    expect(csv.text).toContain("'=HYPERLINK");

    const sealed = await download(worker, { format: "csv", password: "a long shared secret phrase" });
    expect(sealed.headers["content-type"]).toBe("application/zip");
    expect(sealed.file.subarray(0, 2).toString()).toBe("PK");
    expect(sealed.file.includes(Buffer.from("Feminine"))).toBe(false);

    const theirs = await download(shelterWorker, { format: "json" });
    expect(theirs.status).toBe(200);
    expect(JSON.parse(theirs.text)).toEqual([]);
    expect(theirs.headers["x-case-count"]).toBe("0");
  });
});
