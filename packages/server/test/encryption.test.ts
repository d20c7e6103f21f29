import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { queryRows, type Executor } from "../src/db/connection.ts";
import type { ErrorBody } from "../src/http/errors.ts";
import type { OrganisationView } from "../src/organisations/organisation-schema.ts";
import { aad, ENCRYPTED_COLUMNS } from "../src/security/encrypted-columns.ts";
import { rotateDataKey } from "../src/security/key-rotation.ts";
import { Keyring } from "../src/security/keyring.ts";
import type { UserView } from "../src/users/user-schema.ts";
import { TEST_DATABASES, type TestDatabase } from "./support/databases.ts";
import { NEW_PASSWORD, createActiveUser, roleId, setupAdministrator } from "./support/flows.ts";
import { allRowsAsText, rejectionOf } from "./support/raw-database.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import { TestClient, totpCode } from "./support/test-client.ts";

const NAME = "Zephyrine Quantock-Vell";
const EMAIL = "zephyrine.qv@example.org";
/** A synthetic victim, her identity number and a place named in free text. */
const VICTIM = {
  prs_FirstName: "Philomena",
  prs_SecondName: "Ardgrath-Oyelaran",
  prs_IdentityNumber: "ZX9988776",
  prs_MobilePhone: "+40 799 123 987",
};
const PLACE = "Quayside Bakery";
/** Not personal data, stored in clear: the positive control that proves the scans can find a string. */
const ORGANISATION = "Ospreyfield Harbour Shelter";

interface StoredUser {
  id: string;
  email_enc: string;
  email_bidx: string;
  full_name_enc: string;
  mfa_secret_enc: string | null;
}

async function storedUser(db: Executor, id: string): Promise<StoredUser> {
  const [row] = await queryRows<StoredUser>(
    db,
    sql`select id::text as id, email_enc, email_bidx, full_name_enc, mfa_secret_enc from app_user where id = ${id}`,
  );
  if (!row) throw new Error(`no user ${id}`);
  return row;
}

/** Every non-null encrypted value, from every column listed in ENCRYPTED_COLUMNS. */
async function encryptedValues(db: Executor): Promise<{ where: string; context: string; value: string }[]> {
  const values: { where: string; context: string; value: string }[] = [];
  for (const col of ENCRYPTED_COLUMNS) {
    const rows = await queryRows<{ id: string; value: string }>(
      db,
      sql`select ${sql.identifier(col.idColumn)}::text as id, ${sql.identifier(col.column)} as value
          from ${sql.identifier(col.table)} where ${sql.identifier(col.column)} is not null`,
    );
    for (const r of rows)
      values.push({
        where: `${col.table}.${col.column}:${r.id}`,
        context: aad(col.context, r.id),
        value: r.value,
      });
  }
  return values.sort((a, b) => a.where.localeCompare(b.where));
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : entry.isFile() ? [join(dir, entry.name)] : [],
  );
}

describe.each(TEST_DATABASES)("encryption at rest on $name", (db) => {
  const masterKey = randomBytes(32).toString("base64");
  const dataDir = db.name === "pglite" ? mkdtempSync(join(tmpdir(), "ariadne-at-rest-")) : undefined;
  /** On PGlite, a data folder on disk instead of memory, so that its raw files can be searched. */
  const store: TestDatabase = dataDir
    ? {
        name: "pglite",
        create: () => Promise.resolve({ target: { kind: "pglite", dataDir }, drop: () => Promise.resolve() }),
      }
    : db;
  let t: TestApp;
  let closed = false;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;
  let zephyrine: Awaited<ReturnType<typeof createActiveUser>>;
  let other: Awaited<ReturnType<typeof createActiveUser>>;

  beforeAll(async () => {
    t = await startTestApp(store, { ARIADNE_MASTER_KEY: masterKey });
    admin = await setupAdministrator(t);
    const shelter = await admin.client.post<OrganisationView>("/api/organisations", {
      org_Name: ORGANISATION,
      org_Type: "NGO",
    });
    expect(shelter.status).toBe(201);
    zephyrine = await createActiveUser(t, admin.client, "case_worker", shelter.body.id, {
      fullName: NAME,
      email: EMAIL,
    });
    other = await createActiveUser(t, admin.client, "case_worker", shelter.body.id, {
      fullName: "Tobiah Marchbanks",
    });
    const opened = await zephyrine.client.post<{ id: string }>("/api/cases", {
      person: { ...VICTIM, prs_Birthdate: "1997-09-09" },
      nrmCountry: "RO",
    });
    expect(opened.status, opened.text).toBe(201);
    const caseId = opened.body.id;
    for (const [path, body] of [
      ["comments", { cco_CaseComment: `${VICTIM.prs_FirstName} met the recruiter at ${PLACE}` }],
      [
        "events",
        {
          hte_Type: "Recruitment",
          hte_Street: `${PLACE}, 3 Harbour Row`,
          hte_Description: `Recruited at ${PLACE}`,
        },
      ],
      ["support-plans", { spl_Objectives: `Keep ${VICTIM.prs_FirstName} away from ${PLACE}` }],
      [
        "tasks",
        { title: `Call ${VICTIM.prs_SecondName}`, dueOn: "2030-01-01", assigneeId: zephyrine.userId },
      ],
    ] as const) {
      const res = await zephyrine.client.post(`/api/cases/${caseId}/${path}`, body);
      expect(res.status, res.text).toBe(201);
    }
  });
  afterAll(async () => {
    if (!closed) await t.close();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const database = () => t.runtime.database.db;

  it("stores the e-mail, name and second-factor secret as ek1 ciphertexts under the active key", async () => {
    const row = await storedUser(database(), zephyrine.userId);
    const prefix = `ek1.${t.runtime.keyring.activeKeyId}.`;
    for (const value of [row.email_enc, row.full_name_enc, row.mfa_secret_enc]) {
      expect(value?.startsWith(prefix), value ?? "null").toBe(true);
      expect(value?.toLowerCase()).not.toMatch(/zephyrine|quantock/);
    }
    const { keyring } = t.runtime;
    expect(await keyring.decrypt(row.email_enc, aad("app_user.email", row.id))).toBe(EMAIL);
    expect(await keyring.decrypt(row.full_name_enc, aad("app_user.full_name", row.id))).toBe(NAME);
    expect(await keyring.decryptOptional(row.mfa_secret_enc, aad("app_user.mfa_secret", row.id))).toBe(
      zephyrine.client.totpSecret,
    );
  });

  it("binds each ciphertext to its row and field: a swapped value fails to decrypt instead of showing the wrong person", async () => {
    const z = await storedUser(database(), zephyrine.userId);
    const o = await storedUser(database(), other.userId);
    const { keyring } = t.runtime;
    expect(await rejectionOf(keyring.decrypt(z.full_name_enc, aad("app_user.full_name", o.id)))).toMatch(
      /authenticate/,
    );
    expect(await rejectionOf(keyring.decrypt(z.email_enc, aad("app_user.full_name", z.id)))).toMatch(
      /authenticate/,
    );

    const setNames = (zName: string, oName: string) =>
      database().transaction(async (tx) => {
        await tx.execute(sql`update app_user set full_name_enc = ${zName} where id = ${z.id}`);
        await tx.execute(sql`update app_user set full_name_enc = ${oName} where id = ${o.id}`);
      });
    await setNames(o.full_name_enc, z.full_name_enc);
    try {
      const res = await admin.client.get<ErrorBody>(`/api/users/${zephyrine.userId}`);
      expect(res.status).toBe(500);
      expect(res.body.error.code).toBe("internal");
      expect(res.text).not.toContain("Tobiah");
    } finally {
      await setNames(z.full_name_enc, o.full_name_enc);
    }
    const restored = await admin.client.get<UserView>(`/api/users/${zephyrine.userId}`);
    expect(restored.body.fullName).toBe(NAME);
  });

  it("refuses an e-mail that differs only in letter case or surrounding spaces with 409 (blind index)", async () => {
    const row = await storedUser(database(), zephyrine.userId);
    expect(row.email_bidx).toBe(t.runtime.keyring.blindIndex("app_user.email", EMAIL));
    expect(t.runtime.services.users.emailIndex("  ZEPHYRINE.QV@Example.ORG ")).toBe(row.email_bidx);
    for (const email of ["ZEPHYRINE.QV@EXAMPLE.ORG", "  Zephyrine.QV@example.org "]) {
      const res = await admin.client.post<ErrorBody>("/api/users", {
        email,
        fullName: "Zephyrine Twin",
        organisationId: admin.organisationId,
        roleId: await roleId(admin.client, "first_responder"),
        password: "initial password for testing",
      });
      expect(res.status, email).toBe(409);
      expect(res.body.error.details[0]?.path).toBe("email");
    }
  });

  it("rotates the data key: every encrypted value moves to the new key and everything still works", async () => {
    const { keyring, services } = t.runtime;
    const before = await encryptedValues(database());
    const plaintexts = await Promise.all(before.map((v) => keyring.decrypt(v.value, v.context)));
    const oldKeyId = keyring.activeKeyId;
    // Three users (administrator, Zephyrine, Tobiah) with e-mail, name and second-factor secret each.
    expect(before.filter((v) => v.where.startsWith("app_user.")).length).toBe(9);
    // The case: the victim's names, birth date, identity number, phone; comment, event, plan, task.
    expect(before.filter((v) => !v.where.startsWith("app_user.")).length).toBe(10);

    const report = await rotateDataKey(database(), keyring, services.audit);
    expect(report.newKeyId).not.toBe(oldKeyId);
    expect(keyring.activeKeyId).toBe(report.newKeyId);
    expect(report.reencrypted).toBe(before.length);

    const after = await encryptedValues(database());
    expect(after.map((v) => v.where)).toEqual(before.map((v) => v.where));
    for (const v of after) expect(v.value.startsWith(`ek1.${report.newKeyId}.`), v.where).toBe(true);
    expect(await Promise.all(after.map((v) => keyring.decrypt(v.value, v.context)))).toEqual(plaintexts);

    const read = await admin.client.get<UserView>(`/api/users/${zephyrine.userId}`);
    expect(read.body).toMatchObject({ email: EMAIL, fullName: NAME });

    const client = new TestClient(t.app);
    const login = await client.post<{ stage: string }>("/api/auth/login", {
      email: EMAIL,
      password: NEW_PASSWORD,
    });
    expect(login.body.stage).toBe("mfa_challenge");
    t.clock.advance(30_000);
    const challenge = await client.post<{ stage: string }>("/api/auth/mfa/challenge", {
      code: await totpCode(t, zephyrine.client.totpSecret ?? ""),
    });
    expect(challenge.body.stage).toBe("active");

    const [entry] = await queryRows<{ actor_user_id: string | null; details: unknown }>(
      database(),
      sql`select actor_user_id, details from audit_log where action = 'keys.rotate'`,
    );
    expect(entry).toEqual({
      actor_user_id: null,
      details: { newKeyId: report.newKeyId, reencrypted: before.length },
    });
    expect((await services.audit.verify()).ok).toBe(true);

    // A second process loading the keyring from the database with the master key reads everything.
    const fresh = await Keyring.load(database(), Buffer.from(masterKey, "base64"));
    expect(fresh.activeKeyId).toBe(report.newKeyId);
    expect(await Promise.all(after.map((v) => fresh.decrypt(v.value, v.context)))).toEqual(plaintexts);
  });

  it("keeps no e-mail, name, identity number, phone or case narrative in clear anywhere in the database, while the organisation name is found", async () => {
    const needles = [
      NAME,
      NAME.toLowerCase(),
      NAME.toUpperCase(),
      EMAIL,
      EMAIL.toUpperCase(),
      ...Object.values(VICTIM),
      "799 123 987",
      PLACE,
    ];
    const rows = await allRowsAsText(database());
    expect(rows.filter((r) => r.row.includes(ORGANISATION)).map((r) => r.table)).toContain("organisation");
    for (const needle of needles)
      expect(
        rows.filter((r) => r.row.includes(needle)).map((r) => r.table),
        needle,
      ).toEqual([]);
    expect(rows.filter((r) => r.table === "audit_log").length).toBeGreaterThan(10);

    if (!dataDir) return;
    // PGlite: flush everything to the data folder, close it, and search every byte of every file.
    await database().execute(sql`checkpoint`);
    await t.close();
    closed = true;
    const files = filesUnder(dataDir);
    expect(files.length).toBeGreaterThan(100);
    const containing = (needle: string) =>
      files
        .filter((file) => readFileSync(file).includes(Buffer.from(needle, "utf8")))
        .map((f) => f.slice(dataDir.length));
    expect(containing(ORGANISATION).length).toBeGreaterThan(0);
    for (const needle of needles) expect(containing(needle), needle).toEqual([]);
  });
});
