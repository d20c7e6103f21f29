import { randomUUID } from "node:crypto";
import { eq, sql, type SQL } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entryHash } from "../src/audit/audit-chain.ts";
import { toStored, type AuditRow } from "../src/audit/audit-repository.ts";
import type { AuditEntryView, VerifyResult } from "../src/audit/audit-service.ts";
import { auditLog } from "../src/db/schema.ts";
import type { OrganisationView } from "../src/organisations/organisation-schema.ts";
import type { UserView } from "../src/users/user-schema.ts";
import { auditEntries } from "./support/audit-log.ts";
import { readCsv } from "./support/csv-reader.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { ADMIN, createActiveUser, roleId, setupAdministrator } from "./support/flows.ts";
import { rejectionOf, rowCount } from "./support/raw-database.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";

const CSV_HEADER = [
  "seq",
  "at",
  "actor_user_id",
  "actor_name",
  "actor_organisation_id",
  "action",
  "resource_type",
  "resource_id",
  "outcome",
  "client_address",
  "details",
  "hash",
];

describe.each(TEST_DATABASES)("audit log on $name", (db) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;
  let auditor: Awaited<ReturnType<typeof createActiveUser>>;

  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await setupAdministrator(t);
    auditor = await createActiveUser(t, admin.client, "auditor", admin.organisationId);
  });
  afterAll(() => t.close());

  const only = (entries: AuditEntryView[]): AuditEntryView => {
    expect(entries).toHaveLength(1);
    const [entry] = entries;
    if (!entry) throw new Error("no audit entry");
    return entry;
  };
  /** The entry's time lies between two wall-clock readings taken around the request. */
  const expectTimeBetween = (entry: AuditEntryView, from: number, to: number) => {
    expect(Date.parse(entry.at)).toBeGreaterThanOrEqual(from);
    expect(Date.parse(entry.at)).toBeLessThanOrEqual(to);
  };
  const signIn = (email: string, password: string) =>
    t.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { email, password },
      remoteAddress: "203.0.113.7",
      // Not trusted (ARIADNE_TRUST_PROXY is off): the audit must record the socket's address.
      headers: { "x-forwarded-for": "198.51.100.99" },
    });

  describe("what each entry records", () => {
    it("records organisation.create with actor, organisation, resource, time, client address and outcome", async () => {
      const from = Date.now();
      const res = await admin.client.post<OrganisationView>("/api/organisations", {
        org_Name: "Audit Test Police",
        org_Type: "LawEnforcement",
      });
      const to = Date.now();
      expect(res.status).toBe(201);
      const entry = only(
        await auditEntries(auditor.client, { action: "organisation.create", resourceId: res.body.id }),
      );
      expect(entry).toEqual({
        seq: entry.seq,
        at: entry.at,
        actorUserId: admin.userId,
        actorName: ADMIN.fullName,
        actorOrganisationId: admin.organisationId,
        action: "organisation.create",
        resourceType: "organisation",
        resourceId: res.body.id,
        outcome: "success",
        clientAddress: "127.0.0.1",
        details: { org_Type: "LawEnforcement" },
      });
      expectTimeBetween(entry, from, to);
    });

    it("records user.create with the new user, their organisation and role, and no personal data", async () => {
      const caseWorker = await roleId(admin.client, "case_worker");
      const res = await admin.client.post<UserView>("/api/users", {
        email: "vera.auditcheck@example.org",
        fullName: "Vera Auditcheck",
        organisationId: admin.organisationId,
        roleId: caseWorker,
        password: "initial password for testing",
      });
      expect(res.status).toBe(201);
      const entry = only(
        await auditEntries(auditor.client, { action: "user.create", resourceId: res.body.id }),
      );
      expect(entry).toMatchObject({
        actorUserId: admin.userId,
        actorOrganisationId: admin.organisationId,
        resourceType: "user",
        outcome: "success",
        clientAddress: "127.0.0.1",
        details: { organisationId: admin.organisationId, roleId: caseWorker },
      });
      expect(JSON.stringify(entry).toLowerCase()).not.toMatch(/vera|auditcheck/);
    });

    it("records a successful sign-in and each kind of failed one, with the socket's address and without the e-mail", async () => {
      const from = Date.now();
      expect((await signIn(ADMIN.email, "not the right password")).statusCode).toBe(401);
      expect((await signIn("nobody.at.all@example.org", "whatever it might be")).statusCode).toBe(401);
      expect((await signIn(ADMIN.email, ADMIN.password)).statusCode).toBe(200);
      const to = Date.now();
      const [success, unknown, wrong] = (await auditEntries(auditor.client, { action: "auth.login" })).slice(
        0,
        3,
      );
      const common = {
        action: "auth.login",
        resourceType: null,
        resourceId: null,
        clientAddress: "203.0.113.7",
      };
      expect(success).toMatchObject({
        ...common,
        actorUserId: admin.userId,
        actorOrganisationId: admin.organisationId,
        outcome: "success",
        details: { stage: "mfa_challenge" },
      });
      expect(unknown).toMatchObject({
        ...common,
        actorUserId: null,
        actorOrganisationId: null,
        outcome: "failure",
        details: { reason: "unknown_account" },
      });
      expect(wrong).toMatchObject({
        ...common,
        actorUserId: admin.userId,
        actorOrganisationId: admin.organisationId,
        outcome: "failure",
        details: { reason: "wrong_password" },
      });
      for (const entry of [success, unknown, wrong]) {
        if (!entry) throw new Error("missing sign-in entry");
        expectTimeBetween(entry, from, to);
        expect(JSON.stringify(entry)).not.toMatch(/@example\.org/);
      }
    });

    it("records user.read when an administrator opens a user", async () => {
      const res = await admin.client.get<UserView>(`/api/users/${auditor.userId}`);
      expect(res.status).toBe(200);
      const [entry] = await auditEntries(auditor.client, { action: "user.read", resourceId: auditor.userId });
      expect(entry).toMatchObject({
        actorUserId: admin.userId,
        actorOrganisationId: admin.organisationId,
        action: "user.read",
        resourceType: "user",
        resourceId: auditor.userId,
        outcome: "success",
        clientAddress: "127.0.0.1",
        details: {},
      });
    });

    it("records the auditor's own reading of the log", async () => {
      const page = await auditEntries(auditor.client, { action: "organisation.create" });
      const [entry] = await auditEntries(auditor.client, { action: "audit.read" });
      // The newest audit.read is the one for the previous request, which listed `page`.
      expect(entry).toMatchObject({
        actorUserId: auditor.userId,
        outcome: "success",
        details: { count: page.length },
      });
    });
  });

  describe("append-only", () => {
    it.each([
      ["UPDATE", sql`update audit_log set outcome = 'success' where seq = 1`],
      ["DELETE", sql`delete from audit_log where seq = 1`],
      ["TRUNCATE", sql`truncate audit_log`],
    ])("refuses %s on audit_log in the database itself", async (operation, statement) => {
      const before = await rowCount(t.runtime.database.db, "audit_log");
      const message = await rejectionOf(t.runtime.database.db.execute(statement));
      expect(message).toContain(`audit_log is append-only: ${operation} refused`);
      expect(await rowCount(t.runtime.database.db, "audit_log")).toBe(before);
      expect((await t.runtime.services.audit.verify()).ok).toBe(true);
    });
  });

  describe("tampering is detected", () => {
    /** Runs statements as the table owner would, with the append-only trigger off only inside one transaction. */
    const asOwner = (statements: SQL[]) =>
      t.runtime.database.db.transaction(async (tx) => {
        await tx.execute(sql`alter table audit_log disable trigger user`);
        for (const statement of statements) await tx.execute(statement);
        await tx.execute(sql`alter table audit_log enable trigger user`);
      });
    const entryAt = async (seq: number): Promise<AuditRow> => {
      const [row] = await t.runtime.database.db.select().from(auditLog).where(eq(auditLog.seq, seq));
      if (!row) throw new Error(`no audit entry ${seq}`);
      return row;
    };
    /** An entry well inside the chain: it has predecessors and at least two successors. */
    const middleSeq = async () => {
      const n = await rowCount(t.runtime.database.db, "audit_log");
      expect(n).toBeGreaterThan(10);
      return Math.floor(n / 2);
    };
    const bothVerdicts = async (): Promise<VerifyResult> => {
      const direct = await t.runtime.services.audit.verify();
      const api = await auditor.client.post<VerifyResult>("/api/audit/verify");
      expect(api.status).toBe(200);
      expect(api.body.ok).toBe(direct.ok);
      expect(api.body.problems).toEqual(direct.problems);
      return direct;
    };
    /** Tampers, checks, and repairs whatever the check found, so that each case starts from an intact chain. */
    const whileTampered = async (change: SQL[], repair: SQL[], check: () => Promise<void>) => {
      expect((await t.runtime.services.audit.verify()).ok).toBe(true);
      await asOwner(change);
      try {
        await check();
      } finally {
        await asOwner(repair);
      }
      expect((await t.runtime.services.audit.verify()).ok).toBe(true);
    };

    it("(a) names a changed entry as changed at exactly its seq", async () => {
      const k = await middleSeq();
      const original = await entryAt(k);
      await whileTampered(
        [
          sql`update audit_log set details = ${JSON.stringify({ ...original.details, tampered: true })}::jsonb where seq = ${k}`,
        ],
        [sql`update audit_log set details = ${JSON.stringify(original.details)}::jsonb where seq = ${k}`],
        async () => {
          const result = await bothVerdicts();
          expect(result.ok).toBe(false);
          expect(result.problems).toEqual([
            {
              seq: k,
              kind: "changed",
              message: `entry ${k} was changed: its content no longer matches its hash`,
            },
          ]);
        },
      );
    });

    it("(b) names a deleted entry as removed", async () => {
      const k = await middleSeq();
      const original = await entryAt(k);
      await whileTampered([sql`delete from audit_log where seq = ${k}`], [], async () => {
        try {
          const result = await bothVerdicts();
          expect(result.ok).toBe(false);
          expect(result.problems).toEqual([
            { seq: k + 1, kind: "removed", message: `entry ${k} is missing` },
          ]);
        } finally {
          await t.runtime.database.db.insert(auditLog).values(original);
        }
      });
    });

    const swap = (k: number) => [
      sql`update audit_log set seq = -1 where seq = ${k}`,
      sql`update audit_log set seq = ${k} where seq = ${k + 1}`,
      sql`update audit_log set seq = ${k + 1} where seq = -1`,
    ];

    it("(c) reports two swapped entries as reordered", async () => {
      const k = await middleSeq();
      await whileTampered(swap(k), swap(k), async () => {
        const result = await bothVerdicts();
        expect(result.ok).toBe(false);
        const reordered = result.problems.filter((p) => p.kind === "reordered");
        expect(reordered.map((p) => p.seq)).toContain(k + 1);
        expect(reordered.find((p) => p.seq === k + 1)?.message).toBe(
          `entry ${k + 1} follows entry ${k - 1} in the chain, not entry ${k}`,
        );
      });
    });

    // Known bug (see report): the verifier blames the untouched entry before a swap as "changed".
    it("(c) names no untouched entry when two entries are swapped", async () => {
      const k = await middleSeq();
      await whileTampered(swap(k), swap(k), async () => {
        const result = await t.runtime.services.audit.verify();
        expect(result.problems.length).toBeGreaterThan(0);
        expect(result.problems.filter((p) => p.kind !== "reordered" || p.seq < k)).toEqual([]);
      });
    });

    it("(d) names a changed entry whose own hash was recomputed as changed at its seq, through the next entry's link", async () => {
      const k = await middleSeq();
      const original = await entryAt(k);
      const details = { ...original.details, tampered: true };
      const forgedHash = entryHash(original.prevHash, { ...toStored(original), details });
      await whileTampered(
        [
          sql`update audit_log set details = ${JSON.stringify(details)}::jsonb, hash = ${forgedHash} where seq = ${k}`,
        ],
        [
          sql`update audit_log set details = ${JSON.stringify(original.details)}::jsonb, hash = ${original.hash} where seq = ${k}`,
        ],
        async () => {
          const result = await bothVerdicts();
          expect(result.ok).toBe(false);
          expect(result.problems).toEqual([
            {
              seq: k,
              kind: "changed",
              message: `entry ${k} was changed: entry ${k + 1} recorded a different hash for it`,
            },
          ]);
        },
      );
    });
  });

  describe("CSV export", () => {
    it("exports every entry, oldest first, as an attachment with a header row", async () => {
      const day = new Date().toISOString().slice(0, 10);
      const entries = await rowCount(t.runtime.database.db, "audit_log");
      const res = await auditor.client.get("/api/audit/export");
      expect(res.status).toBe(200);
      expect(res.headers["content-type"]).toBe("text/csv; charset=utf-8");
      expect([day, new Date().toISOString().slice(0, 10)]).toContain(
        /^attachment; filename="ariadne-audit-(\d{4}-\d{2}-\d{2})\.csv"$/.exec(
          String(res.headers["content-disposition"]),
        )?.[1],
      );
      const [header, ...rows] = readCsv(res.text);
      expect(header).toEqual(CSV_HEADER);
      expect(rows).toHaveLength(entries);
      expect(rows.map((r) => Number(r[0]))).toEqual(Array.from({ length: entries }, (_, i) => i + 1));
      const last = await t.runtime.database.db.select().from(auditLog).where(eq(auditLog.seq, entries));
      expect(rows.at(-1)?.[11]).toBe(last[0]?.hash);
      // The export itself is audited, after the rows were read.
      expect((await auditEntries(auditor.client, { action: "audit.export" }))[0]?.actorUserId).toBe(
        auditor.userId,
      );
    });

    it("neutralises a spreadsheet formula in a cell (an actor's name) with a leading apostrophe", async () => {
      const names = ['=HYPERLINK("http://evil.example","open")', "@SUM(A1)", "+1 Pierce", "-2 Winters"];
      const ids: string[] = [];
      for (const fullName of names) {
        const email = `formula.${randomUUID().slice(0, 8)}@example.org`;
        const created = await admin.client.post<UserView>("/api/users", {
          email,
          fullName,
          organisationId: admin.organisationId,
          roleId: await roleId(admin.client, "first_responder"),
          password: "initial password for testing",
        });
        expect(created.status, created.text).toBe(201);
        ids.push(created.body.id);
        // A failed sign-in makes the new user the actor of an entry.
        expect((await signIn(email, "wrong password for them")).statusCode).toBe(401);
      }
      const res = await auditor.client.get("/api/audit/export");
      const rows = readCsv(res.text).slice(1);
      names.forEach((name, i) => {
        const cells = rows.filter((r) => r[2] === ids[i]).map((r) => r[3]);
        expect(cells).toEqual([`'${name}`]);
      });
      for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    });
  });
});
