import { randomUUID } from "node:crypto";
import type { HTTPMethods } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../src/http/errors.ts";
import type { OrganisationView } from "../src/organisations/organisation-schema.ts";
import type { UserView } from "../src/users/user-schema.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { ADMIN, roleId, setupAdministrator } from "./support/flows.ts";
import { publicTables, rowCount, rowCounts } from "./support/raw-database.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import type { TestClient } from "./support/test-client.ts";

/** Strings that break naive SQL, HTML and template handling. None has leading or trailing spaces (fields are trimmed). */
const HOSTILE = [
  "'; DROP TABLE app_user; --",
  '" OR 1=1 --',
  "Robert'); DROP TABLE organisation;--",
  "1' UNION SELECT email_enc FROM app_user --",
  "<script>alert('x')</script>",
  '<img src=x onerror="alert(1)">',
  "${7*7} {{7*7}} %s %n",
] as const;

/** Free-text organisation fields and their maximum lengths (HTCDS org_ schema). */
const ORGANISATION_TEXT = [
  ["org_Name", 200],
  ["org_ShippingStreet", 300],
  ["org_ShippingCity", 120],
  ["org_ShippingState", 120],
  ["org_ShippingPostalCode", 20],
] as const;
/** Organisation fields with a fixed format: hostile strings never fit. */
const ORGANISATION_FORMATTED = ["org_Type", "org_ShippingCountry", "org_Phone"] as const;

const INITIAL_PASSWORD = "initial password for testing";

describe.each(TEST_DATABASES)("bad input on $name", (db) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;
  let tablesAtStart: string[];
  let firstResponderRole: string;

  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await setupAdministrator(t);
    tablesAtStart = await publicTables(t.runtime.database.db);
    firstResponderRole = await roleId(admin.client, "first_responder");
  });
  afterAll(() => t.close());

  const counts = () => rowCounts(t.runtime.database.db);
  const count = (table: string) => rowCount(t.runtime.database.db, table);

  /** A request with the administrator's session and a body sent exactly as given. */
  const raw = async (method: HTTPMethods, url: string, body: string, contentType: string) => {
    const res = await t.app.inject({
      method,
      url,
      headers: {
        cookie: `ariadne_session=${admin.client.cookie ?? ""}`,
        "x-csrf-token": admin.client.csrf ?? "",
        "content-type": contentType,
      },
      payload: body,
    });
    return { status: res.statusCode, body: res.json<ErrorBody>() };
  };

  const newUser = (overrides: Record<string, unknown> = {}) => ({
    email: `someone.${randomUUID().slice(0, 8)}@example.org`,
    fullName: "Ioana Popescu",
    organisationId: admin.organisationId,
    roleId: firstResponderRole,
    password: INITIAL_PASSWORD,
    ...overrides,
  });

  describe("malformed requests", () => {
    it.each([
      ["a truncated document", '{"org_Name": '],
      ["a trailing comma", '{"org_Name": "A", "org_Type": "NGO",}'],
      ["single quotes", "{'org_Name': 'A'}"],
    ])("answers malformed JSON (%s) with 400 validation_failed", async (_label, body) => {
      const before = await counts();
      const res = await raw("POST", "/api/organisations", body, "application/json");
      expect(res.status).toBe(400);
      expect(res.body.error).toEqual({
        code: "validation_failed",
        message: "The request body is not valid JSON",
        details: [],
      });
      expect(await counts()).toEqual(before);
    });

    it("answers an empty JSON body with 400 validation_failed", async () => {
      const res = await raw("POST", "/api/organisations", "", "application/json");
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
    });

    it("refuses a body over 1 MiB with 413 payload_too_large and writes nothing", async () => {
      const before = await counts();
      const body = JSON.stringify({ org_Name: "x".repeat(1024 * 1024), org_Type: "NGO" });
      const res = await raw("POST", "/api/organisations", body, "application/json");
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe("payload_too_large");
      expect(await counts()).toEqual(before);
    });

    it.each([
      ["application/xml", "<organisation><org_Name>A</org_Name></organisation>"],
      ["application/x-www-form-urlencoded", "org_Name=A&org_Type=NGO"],
      [
        "multipart/form-data; boundary=x",
        '--x\r\nContent-Disposition: form-data; name="org_Name"\r\n\r\nA\r\n--x--\r\n',
      ],
    ])("refuses a %s body with 415 unsupported_media_type", async (contentType, body) => {
      const before = await counts();
      const res = await raw("POST", "/api/organisations", body, contentType);
      expect(res.status).toBe(415);
      expect(res.body.error).toEqual({
        code: "unsupported_media_type",
        message: "Send the body as application/json",
        details: [],
      });
      expect(await counts()).toEqual(before);
    });

    it("refuses a text/plain body and writes nothing", async () => {
      const before = await counts();
      const res = await raw("POST", "/api/organisations", '{"org_Name":"A","org_Type":"NGO"}', "text/plain");
      // Fastify parses text/plain by default, so this is a 400 (body is not an object) rather than a 415: see the report.
      expect([400, 415]).toContain(res.status);
      expect(await counts()).toEqual(before);
    });
  });

  describe("wrong types and unknown fields name the field", () => {
    const setupBody = (organisation: Record<string, unknown>, administrator: Record<string, unknown>) => ({
      token: "whatever",
      organisation: { org_Name: "Second Office", org_Type: "NGO", ...organisation },
      administrator: {
        fullName: "Second Admin",
        email: "second@example.org",
        password: INITIAL_PASSWORD,
        ...administrator,
      },
    });
    const cases: [string, "POST" | "PATCH", string | (() => string), () => unknown, string][] = [
      [
        "a number for org_Name",
        "POST",
        "/api/organisations",
        () => ({ org_Name: 42, org_Type: "NGO" }),
        "org_Name",
      ],
      [
        "an array for org_Name",
        "POST",
        "/api/organisations",
        () => ({ org_Name: ["A"], org_Type: "NGO" }),
        "org_Name",
      ],
      [
        "a word for a latitude",
        "POST",
        "/api/organisations",
        () => ({ org_Name: "A", org_Type: "NGO", org_ShippingLatitude: "north" }),
        "org_ShippingLatitude",
      ],
      [
        "a latitude of 91",
        "POST",
        "/api/organisations",
        () => ({ org_Name: "A", org_Type: "NGO", org_ShippingLatitude: 91 }),
        "org_ShippingLatitude",
      ],
      [
        "an unknown org_Type",
        "POST",
        "/api/organisations",
        () => ({ org_Name: "A", org_Type: "Cartel" }),
        "org_Type",
      ],
      ["a number for email", "POST", "/api/users", () => newUser({ email: 5 }), "email"],
      [
        "an object for fullName",
        "POST",
        "/api/users",
        () => newUser({ fullName: { first: "Ioana" } }),
        "fullName",
      ],
      [
        "a non-uuid organisationId",
        "POST",
        "/api/users",
        () => newUser({ organisationId: "org-1" }),
        "organisationId",
      ],
      ["an unknown language", "POST", "/api/users", () => newUser({ language: "xx" }), "language"],
      [
        "a string version",
        "PATCH",
        () => `/api/users/${admin.userId}`,
        () => ({ version: "1", fullName: "X Y" }),
        "version",
      ],
      [
        "a number for administrator.email",
        "POST",
        "/api/setup",
        () => setupBody({}, { email: 123 }),
        "administrator.email",
      ],
      [
        "an unknown organisation.org_Type",
        "POST",
        "/api/setup",
        () => setupBody({ org_Type: "Cartel" }, {}),
        "organisation.org_Type",
      ],
      [
        "an unknown field isAdmin",
        "POST",
        "/api/organisations",
        () => ({ org_Name: "A", org_Type: "NGO", isAdmin: true }),
        "isAdmin",
      ],
      [
        "an unknown field roleKey",
        "POST",
        "/api/users",
        () => newUser({ roleKey: "administrator" }),
        "roleKey",
      ],
      [
        "an unknown field active on PATCH",
        "PATCH",
        () => `/api/users/${admin.userId}`,
        () => ({ version: 1, active: false }),
        "active",
      ],
      [
        "an unknown field passwordHash on PATCH",
        "PATCH",
        () => `/api/users/${admin.userId}`,
        () => ({ version: 1, passwordHash: "x" }),
        "passwordHash",
      ],
      [
        "an unknown nested field administrator.role",
        "POST",
        "/api/setup",
        () => setupBody({}, { role: "god" }),
        "administrator.role",
      ],
    ];

    it.each(cases)("answers %s with 400 naming it", async (_label, method, url, body, path) => {
      const before = await counts();
      const res = await admin.client.request<ErrorBody>(
        method,
        typeof url === "string" ? url : url(),
        body(),
      );
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.code).toBe("validation_failed");
      expect(res.body.error.details[0]?.path).toBe(path);
      expect(await counts()).toEqual(before);
    });

    it.each([
      ["/api/users?status=bogus", "status"],
      ["/api/users?nickname=x", "nickname"],
      ["/api/users/not-a-uuid", "id"],
      ["/api/organisations?includeInactive=yes", "includeInactive"],
    ])("answers GET %s with 400 naming %s", async (url, path) => {
      const res = await admin.client.get<ErrorBody>(url);
      expect(res.status).toBe(400);
      expect(res.body.error.details[0]?.path).toBe(path);
    });
  });

  describe("hostile strings", () => {
    const createOrganisation = (client: TestClient, fields: Record<string, unknown>) =>
      client.post<OrganisationView & Partial<ErrorBody>>("/api/organisations", {
        org_Name: "Hostile Test",
        org_Type: "NGO",
        ...fields,
      });

    it("stores SQL and HTML strings verbatim in every free-text organisation field, or refuses those too long with 400 naming the field", async () => {
      const organisations = await count("organisation");
      const auditEntries = await count("audit_log");
      let accepted = 0;
      for (const [field, max] of ORGANISATION_TEXT) {
        for (const value of HOSTILE) {
          const res = await createOrganisation(admin.client, { [field]: value });
          if (value.length > max) {
            expect(res.status, `${field} ${value}`).toBe(400);
            expect(res.body.error?.details[0]?.path).toBe(field);
            continue;
          }
          expect(res.status, `${field} ${value}: ${res.text}`).toBe(201);
          accepted++;
          expect(res.body[field]).toBe(value);
          const read = await admin.client.get<OrganisationView>(`/api/organisations/${res.body.id}`);
          expect(read.body[field]).toBe(value);
        }
      }
      // 5 fields x 7 strings, less the 5 strings longer than a postal code may be.
      expect(accepted).toBe(30);
      expect(await count("organisation")).toBe(organisations + accepted);
      expect(await count("audit_log")).toBe(auditEntries + accepted);
    });

    it("refuses SQL and HTML strings in the fixed-format organisation fields with 400 naming the field", async () => {
      const before = await counts();
      for (const field of ORGANISATION_FORMATTED) {
        for (const value of HOSTILE) {
          const res = await createOrganisation(admin.client, { [field]: value });
          expect(res.status, `${field} ${value}`).toBe(400);
          expect(res.body.error?.details[0]?.path).toBe(field);
        }
      }
      expect(await counts()).toEqual(before);
    });

    it("matches organisation searches literally: SQL, % and _ find only names that contain them", async () => {
      const all = (await admin.client.get<{ items: OrganisationView[] }>("/api/organisations")).body.items;
      for (const search of [...HOSTILE, "%", "_", "\\"]) {
        const res = await admin.client.get<{ items: OrganisationView[] }>(
          `/api/organisations?search=${encodeURIComponent(search)}`,
        );
        expect(res.status, search).toBe(200);
        const expected = all
          .filter((o) => o.org_Name.toLowerCase().includes(search.toLowerCase()))
          .map((o) => o.id);
        expect(res.body.items.map((o) => o.id).sort(), search).toEqual(expected.sort());
      }
      expect(all.length).toBeGreaterThan(10);
    });

    it("stores SQL strings verbatim in a user's full name and refuses < > and control characters with 400 naming fullName", async () => {
      const users = await count("app_user");
      let accepted = 0;
      for (const value of [...HOSTILE, "Ana\u0000Maria", "Ana\nMaria", "Ana\u0007", "Ana>"]) {
        const res = await admin.client.post<UserView & ErrorBody>("/api/users", newUser({ fullName: value }));
        if (/[\p{Cc}<>]/u.test(value)) {
          expect(res.status, JSON.stringify(value)).toBe(400);
          expect(res.body.error.details[0]?.path).toBe("fullName");
          continue;
        }
        expect(res.status, `${value}: ${res.text}`).toBe(201);
        accepted++;
        const read = await admin.client.get<UserView>(`/api/users/${res.body.id}`);
        expect(read.body.fullName).toBe(value);
      }
      expect(accepted).toBe(5);
      expect(await count("app_user")).toBe(users + accepted);
    });

    it("refuses SQL and HTML strings as an e-mail address with 400 naming email, and keeps a quote that is valid in one", async () => {
      const before = await counts();
      for (const value of HOSTILE) {
        const res = await admin.client.post<ErrorBody>("/api/users", newUser({ email: value }));
        expect(res.status, value).toBe(400);
        expect(res.body.error.details[0]?.path).toBe("email");
      }
      expect(await counts()).toEqual(before);
      const quoted = await admin.client.post<UserView>(
        "/api/users",
        newUser({ email: "robert'--@example.org" }),
      );
      expect(quoted.status, quoted.text).toBe(201);
      expect(quoted.body.email).toBe("robert'--@example.org");
      const found = await admin.client.get<{ items: UserView[] }>(
        `/api/users?search=${encodeURIComponent("robert'--@example.org")}`,
      );
      expect(found.body.items.map((u) => u.id)).toEqual([quoted.body.id]);
    });

    it("answers a user search with SQL strings with exactly the names that contain them", async () => {
      const all = (await admin.client.get<{ items: UserView[] }>("/api/users?status=all")).body.items;
      for (const search of HOSTILE) {
        const res = await admin.client.get<{ items: UserView[] }>(
          `/api/users?status=all&search=${encodeURIComponent(search)}`,
        );
        expect(res.status, search).toBe(200);
        const expected = search.includes("@")
          ? []
          : all.filter((u) => u.fullName.toLowerCase().includes(search.toLowerCase()));
        expect(res.body.items.map((u) => u.id).sort(), search).toEqual(expected.map((u) => u.id).sort());
      }
    });

    // Known bug (see report): PostgreSQL text cannot hold U+0000, and nothing refuses it before the database does.
    it("answers a NUL character in organisation text with 400 naming the field, never 500", async () => {
      const outcomes: string[] = [];
      for (const [field] of ORGANISATION_TEXT) {
        const res = await createOrganisation(admin.client, { [field]: "Casa\u0000Nova" });
        outcomes.push(`${field}: ${res.status} ${res.body.error?.details[0]?.path ?? ""}`);
      }
      const search = await admin.client.get<ErrorBody>("/api/organisations?search=Casa%00Nova");
      outcomes.push(`search: ${search.status} ${search.body.error.details[0]?.path ?? ""}`);
      expect(outcomes).toEqual([
        ...ORGANISATION_TEXT.map(([field]) => `${field}: 400 ${field}`),
        "search: 400 search",
      ]);
    });
  });

  describe("a failed write writes nothing", () => {
    it("leaves every table, the audit log included, unchanged when the e-mail already exists", async () => {
      const before = await counts();
      const res = await admin.client.post<ErrorBody>(
        "/api/users",
        newUser({ email: ADMIN.email.toUpperCase() }),
      );
      expect(res.status).toBe(409);
      expect(res.body.error.details[0]?.path).toBe("email");
      expect(await counts()).toEqual(before);
    });

    it("leaves every table unchanged when the organisation does not exist", async () => {
      const before = await counts();
      const res = await admin.client.post<ErrorBody>("/api/users", newUser({ organisationId: randomUUID() }));
      expect(res.status).toBe(400);
      expect(res.body.error.details).toEqual([{ path: "organisationId", message: "no such organisation" }]);
      expect(await counts()).toEqual(before);
    });

    it("leaves every table unchanged when the initial password is refused inside the write", async () => {
      const before = await counts();
      const res = await admin.client.post<ErrorBody>("/api/users", newUser({ password: "password1234" }));
      expect(res.status).toBe(400);
      expect(res.body.error.details[0]?.path).toBe("password");
      expect(await counts()).toEqual(before);
    });
  });

  it("still has every table afterwards, and keeps serving", async () => {
    expect(await publicTables(t.runtime.database.db)).toEqual(tablesAtStart);
    expect(tablesAtStart).toEqual(
      expect.arrayContaining([
        "api_token",
        "app_user",
        "audit_log",
        "encryption_key",
        "instance_setting",
        "organisation",
        "record_grant",
        "recovery_code",
        "role",
        "session",
      ]),
    );
    const health = await admin.client.get("/api/health");
    expect(health.status).toBe(200);
    expect((await admin.client.get("/api/users")).status).toBe(200);
    expect((await t.runtime.services.audit.verify()).ok).toBe(true);
  });
});
