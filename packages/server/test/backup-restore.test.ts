import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiTokenView } from "../src/auth/auth-schema.ts";
import type { VerifyResult } from "../src/audit/audit-service.ts";
import { backup, BACKUP_TABLES, restore } from "../src/db/backup.ts";
import type { OrganisationView } from "../src/organisations/organisation-schema.ts";
import type { RoleView } from "../src/roles/role-schema.ts";
import type { UserView } from "../src/users/user-schema.ts";
import { TEST_DATABASES, type TestDatabase } from "./support/databases.ts";
import { ADMIN, createActiveUser, setupAdministrator } from "./support/flows.ts";
import { rejectionOf, rowCounts } from "./support/raw-database.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import { TestClient, totpCode } from "./support/test-client.ts";

interface Move {
  readonly label: string;
  readonly from: TestDatabase;
  readonly to: TestDatabase;
}

const pglite = TEST_DATABASES.find((d) => d.name === "pglite");
const postgres = TEST_DATABASES.find((d) => d.name === "postgres");
/** Each engine onto itself, and (when PostgreSQL is available) an embedded installation moving to PostgreSQL. */
const MOVES: Move[] = [
  ...TEST_DATABASES.map((d) => ({ label: `${d.name} to ${d.name}`, from: d, to: d })),
  ...(pglite && postgres ? [{ label: "pglite to postgres", from: pglite, to: postgres }] : []),
];

interface Snapshot {
  organisations: OrganisationView[];
  users: Omit<UserView, "lastLoginAt">[];
  roles: RoleView[];
  tokens: ApiTokenView[];
}

async function snapshot(admin: TestClient): Promise<Snapshot> {
  const organisations = await admin.get<{ items: OrganisationView[] }>(
    "/api/organisations?includeInactive=true",
  );
  const users = await admin.get<{ items: UserView[] }>("/api/users?status=all");
  const roles = await admin.get<{ items: RoleView[] }>("/api/roles");
  const tokens = await admin.get<{ items: ApiTokenView[] }>("/api/auth/tokens");
  for (const res of [organisations, users, roles, tokens]) expect(res.status, res.text).toBe(200);
  return {
    organisations: organisations.body.items,
    // Signing in on the restored system changes the administrator's last sign-in, nothing else.
    users: users.body.items.map(({ lastLoginAt: _lastLoginAt, ...rest }) => rest),
    roles: roles.body.items,
    tokens: tokens.body.items,
  };
}

describe.each(MOVES)("backup and restore, $label", ({ from, to }) => {
  const masterKey = randomBytes(32).toString("base64");
  const folder = mkdtempSync(join(tmpdir(), "ariadne-backup-"));
  const file = join(folder, "ariadne.backup.gz");
  let source: TestApp;
  let target: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;
  let apiToken: string;
  let before: Snapshot;
  let sourceCounts: Record<string, number>;
  let sourceChain: VerifyResult;
  let written: Record<string, number>;
  let restored: Record<string, number>;

  beforeAll(async () => {
    source = await startTestApp(from, { ARIADNE_MASTER_KEY: masterKey });
    admin = await setupAdministrator(source);
    const shelter = await admin.client.post<OrganisationView>("/api/organisations", {
      org_Name: "Casa Speranței",
      org_Type: "NGO",
      org_ShippingCity: "Iași",
      org_ShippingCountry: "RO",
      org_ShippingLatitude: 47.1585,
      org_ShippingLongitude: 27.6014,
      org_Phone: "+40 232 123 456",
    });
    expect(shelter.status).toBe(201);
    const role = await admin.client.post("/api/roles", {
      key: "shelter_directory",
      name: "Shelter directory",
      scope: "organisation",
      permissions: ["organisation.read", "user.read"],
    });
    expect(role.status).toBe(201);
    await createActiveUser(source, admin.client, "case_worker", shelter.body.id, {
      fullName: "Ștefan Dumitrescu",
    });
    await createActiveUser(source, admin.client, "shelter_directory", shelter.body.id);
    const leaver = await createActiveUser(source, admin.client, "first_responder", shelter.body.id);
    expect((await admin.client.post(`/api/users/${leaver.userId}/deactivate`, { version: 1 })).status).toBe(
      200,
    );
    const token = await admin.client.post<{ token: string }>("/api/auth/tokens", {
      name: "nightly report",
      permissions: ["organisation.read", "user.read"],
      expiresInDays: 90,
    });
    expect(token.status).toBe(201);
    apiToken = token.body.token;

    before = await snapshot(admin.client);
    sourceCounts = await rowCounts(source.runtime.database.db);
    sourceChain = await source.runtime.services.audit.verify();
    written = await backup(source.runtime.database.db, file);

    target = await startTestApp(to, { ARIADNE_MASTER_KEY: masterKey });
    restored = await restore(target.runtime.database.db, target.runtime.keyring, file);
    // As `ariadne restore` does: the restored data keys replace the ones the empty database started with.
    await target.runtime.keyring.reload();
  });
  afterAll(async () => {
    await source.close();
    await target.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it("writes and restores every row of every backed-up table, and no session", async () => {
    const expected = Object.fromEntries(BACKUP_TABLES.map(({ name }) => [name, sourceCounts[name]]));
    expect(written).toEqual(expected);
    expect(restored).toEqual(expected);
    // The administrator and three users.
    expect(written.app_user).toBe(4);
    expect(written.api_token).toBe(1);
    expect(written.audit_log).toBe(sourceChain.checked);
    const now = await rowCounts(target.runtime.database.db);
    for (const { name } of BACKUP_TABLES) expect(now[name], name).toBe(sourceCounts[name]);
    expect(now.session).toBe(0);
  });

  it("restores an audit chain that verifies, with the same head", async () => {
    const chain = await target.runtime.services.audit.verify();
    expect(chain).toEqual({ ok: true, checked: sourceChain.checked, head: sourceChain.head, problems: [] });
  });

  it("signs nobody in from the old system", async () => {
    const old = new TestClient(target.app);
    old.cookie = admin.client.cookie;
    expect((await old.get("/api/auth/session")).status).toBe(401);
  });

  it("lets the administrator sign in with password and second factor, and shows the same organisations, users, roles and tokens", async () => {
    const client = new TestClient(target.app);
    const login = await client.post<{ stage: string }>("/api/auth/login", {
      email: ADMIN.email,
      password: ADMIN.password,
    });
    expect(login.status, login.text).toBe(200);
    expect(login.body.stage).toBe("mfa_challenge");
    // The last accepted TOTP step was restored too: move past it, as a person would wait for the next code.
    target.clock.advance(30_000);
    const challenge = await client.post<{ stage: string }>("/api/auth/mfa/challenge", {
      code: await totpCode(target, admin.client.totpSecret ?? ""),
    });
    expect(challenge.body.stage).toBe("active");
    const after = await snapshot(client);
    expect(after).toEqual(before);
    expect(after.users.map((u) => u.fullName)).toContain("Ștefan Dumitrescu");
    expect(after.users.filter((u) => !u.active)).toHaveLength(1);
  });

  it("accepts the API token issued before the backup", async () => {
    const machine = new TestClient(target.app);
    machine.bearer = apiToken;
    const res = await machine.get<{ items: OrganisationView[] }>("/api/organisations?includeInactive=true");
    expect(res.status).toBe(200);
    expect(res.body.items).toEqual(before.organisations);
  });

  it("refuses to restore into a database that is not empty, and writes nothing", async () => {
    const counts = await rowCounts(target.runtime.database.db);
    const chain = await target.runtime.services.audit.verify();
    expect(await rejectionOf(restore(target.runtime.database.db, target.runtime.keyring, file))).toBe(
      "restore needs an empty database, but organisation has rows",
    );
    expect(await rowCounts(target.runtime.database.db)).toEqual(counts);
    expect(await target.runtime.services.audit.verify()).toEqual(chain);
  });

  it("refuses a file that is not an Ariadne backup", async () => {
    const other = join(folder, "not-a-backup.gz");
    writeFileSync(other, gzipSync('{"format":"something-else","version":1}\n'));
    expect(await rejectionOf(restore(target.runtime.database.db, target.runtime.keyring, other))).toBe(
      `${other} is not an Ariadne backup of format version 1`,
    );
  });
});
