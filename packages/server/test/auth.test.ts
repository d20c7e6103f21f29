import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DATABASES } from "./support/databases.ts";
import { ADMIN, createActiveUser, enrol, setupAdministrator } from "./support/flows.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import { TestClient, totpCode } from "./support/test-client.ts";

describe.each(TEST_DATABASES)("authentication on $name", (db) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;

  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await setupAdministrator(t);
  });
  afterAll(() => t.close());

  const signIn = async (email = ADMIN.email, password = ADMIN.password) => {
    const client = new TestClient(t.app);
    const res = await client.post<{ stage: string }>("/api/auth/login", { email, password });
    return { client, res };
  };

  it("asks an enrolled user for the second factor and refuses the application until it is given", async () => {
    const { client, res } = await signIn();
    expect(res.status).toBe(200);
    expect(res.body.stage).toBe("mfa_challenge");
    expect((await client.get("/api/users")).status).toBe(401);
    t.clock.advance(30_000);
    client.totpSecret = admin.client.totpSecret;
    const ok = await client.post<{ stage: string }>("/api/auth/mfa/challenge", {
      code: await totpCode(t, admin.client.totpSecret ?? ""),
    });
    expect(ok.body.stage).toBe("active");
    expect((await client.get("/api/users")).status).toBe(200);
  });

  it("refuses a TOTP code that was already used", async () => {
    t.clock.advance(30_000);
    const first = await signIn();
    const code = await totpCode(t, admin.client.totpSecret ?? "");
    expect((await first.client.post("/api/auth/mfa/challenge", { code })).status).toBe(200);
    const second = await signIn();
    const replay = await second.client.post<{ error: { code: string; details: { path: string }[] } }>(
      "/api/auth/mfa/challenge",
      { code },
    );
    expect(replay.status).toBe(400);
    expect(replay.body.error.details[0]?.path).toBe("code");
  });

  it("accepts each recovery code once", async () => {
    const user = await createActiveUser(t, admin.client, "case_worker", admin.organisationId);
    // Enrol again from the active session to learn a fresh set of recovery codes.
    const codes = await enrol(t, user.client);
    const a = new TestClient(t.app);
    await a.post("/api/auth/login", { email: user.email, password: "another long and unusual passphrase" });
    const used = await a.post<{ stage: string }>("/api/auth/mfa/challenge", {
      recoveryCode: codes[0]?.toUpperCase(),
    });
    expect(used.status).toBe(200);
    expect(used.body.stage).toBe("active");
    const b = new TestClient(t.app);
    await b.post("/api/auth/login", { email: user.email, password: "another long and unusual passphrase" });
    expect((await b.post("/api/auth/mfa/challenge", { recoveryCode: codes[0] })).status).toBe(400);
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    const unknown = await signIn("nobody@example.org", "whatever it might be");
    const wrong = await signIn(ADMIN.email, "not the right password");
    expect(unknown.res.status).toBe(401);
    expect(wrong.res.status).toBe(401);
    expect(unknown.res.body).toEqual(wrong.res.body);
  });

  it("locks an account after five failures in a row, audits it, and lets an administrator unlock it", async () => {
    const user = await createActiveUser(t, admin.client, "first_responder", admin.organisationId);
    for (let i = 0; i < 4; i++)
      expect((await signIn(user.email, `wrong password number ${i}`)).res.status).toBe(401);
    const fifth = await signIn(user.email, "wrong password number 5");
    expect(fifth.res.status).toBe(423);
    const correct = await signIn(user.email, "another long and unusual passphrase");
    expect(correct.res.status).toBe(423);
    const auditor = await createActiveUser(t, admin.client, "auditor", admin.organisationId);
    const entries = await auditor.client.get<{ items: { action: string }[] }>(
      `/api/audit?action=auth.lockout&actorUserId=${user.userId}`,
    );
    expect(entries.body.items).toHaveLength(1);
    const current = await admin.client.get<{ version: number; lockedUntil: string | null }>(
      `/api/users/${user.userId}`,
    );
    expect(current.body.lockedUntil).not.toBeNull();
    expect(
      (await admin.client.post(`/api/users/${user.userId}/unlock`, { version: current.body.version })).status,
    ).toBe(200);
    expect((await signIn(user.email, "another long and unusual passphrase")).res.status).toBe(200);
  });

  it("signs out everywhere", async () => {
    const user = await createActiveUser(t, admin.client, "first_responder", admin.organisationId);
    const other = await signIn(user.email, "another long and unusual passphrase");
    expect((await other.client.get("/api/auth/session")).status).toBe(200);
    expect((await user.client.post("/api/auth/logout-all")).status).toBe(204);
    expect((await other.client.get("/api/auth/session")).status).toBe(401);
    expect((await user.client.get("/api/auth/session")).status).toBe(401);
  });

  it("refuses a cookie-authenticated write without the CSRF header", async () => {
    const client = new TestClient(t.app);
    client.cookie = admin.client.cookie;
    const res = await client.post<{ error: { code: string } }>("/api/organisations", {
      org_Name: "Forged",
      org_Type: "NGO",
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe("forbidden");
  });

  it("rejects short and common passwords, naming the field", async () => {
    const user = await createActiveUser(t, admin.client, "first_responder", admin.organisationId);
    for (const newPassword of ["short one", "passwordpassword", "123456789012"]) {
      const res = await user.client.post<{ error: { details: { path: string }[] } }>("/api/auth/password", {
        currentPassword: "another long and unusual passphrase",
        newPassword,
      });
      expect(res.status, newPassword).toBe(400);
      expect(res.body.error.details[0]?.path).toBe("newPassword");
    }
  });

  it("requires a second factor for roles that read personal data, and only for those", async () => {
    const role = await admin.client.post<{ key: string }>("/api/roles", {
      key: "directory_reader",
      name: "Directory reader",
      scope: "organisation",
      permissions: ["organisation.read"],
    });
    expect(role.status, role.text).toBe(201);
    const reader = await createActiveUser(t, admin.client, "directory_reader", admin.organisationId);
    const session = await reader.client.get<{ user: { mfaEnabled: boolean } }>("/api/auth/session");
    expect(session.body.user.mfaEnabled).toBe(false);
    const responder = await createActiveUser(t, admin.client, "first_responder", admin.organisationId);
    const responderSession = await responder.client.get<{ user: { mfaEnabled: boolean } }>(
      "/api/auth/session",
    );
    expect(responderSession.body.user.mfaEnabled).toBe(true);
  });

  it("scopes API tokens: a token acts with its own permissions only, and not after revocation", async () => {
    const created = await admin.client.post<{ token: string; apiToken: { id: string } }>("/api/auth/tokens", {
      name: "reporting script",
      permissions: ["organisation.read"],
      expiresInDays: 30,
    });
    expect(created.status).toBe(201);
    const machine = new TestClient(t.app);
    machine.bearer = created.body.token;
    expect((await machine.get("/api/organisations")).status).toBe(200);
    expect((await machine.get("/api/users")).status).toBe(403);
    expect(
      (await machine.post("/api/organisations", { org_Name: "Via token", org_Type: "NGO" })).status,
    ).toBe(403);
    expect((await admin.client.delete(`/api/auth/tokens/${created.body.apiToken.id}`)).status).toBe(204);
    expect((await machine.get("/api/organisations")).status).toBe(401);
    const listed = await admin.client.get<{ items: { tokenHash?: string; revokedAt: string | null }[] }>(
      "/api/auth/tokens",
    );
    expect(listed.body.items[0]?.revokedAt).not.toBeNull();
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
  });

  it("refuses a token with a permission its owner does not hold", async () => {
    const res = await admin.client.post<{ error: { details: { path: string }[] } }>("/api/auth/tokens", {
      name: "too strong",
      permissions: ["case.read"],
      expiresInDays: 30,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.details[0]?.path).toBe("permissions.0");
  });
});

// Moves the clock by hours, so it has an app of its own.
describe.each(TEST_DATABASES)("session timeouts on $name", (db) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;

  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await setupAdministrator(t);
  });
  afterAll(() => t.close());

  it("ends a session after 15 idle minutes and after 12 hours in any case", async () => {
    const user = await createActiveUser(t, admin.client, "first_responder", admin.organisationId);
    t.clock.advance(14 * 60_000);
    expect((await user.client.get("/api/auth/session")).status).toBe(200);
    t.clock.advance(15 * 60_000 + 1000);
    expect((await user.client.get("/api/auth/session")).status).toBe(401);

    const again = new TestClient(t.app);
    await again.post("/api/auth/login", {
      email: user.email,
      password: "another long and unusual passphrase",
    });
    for (let i = 0; i < 60; i++) {
      t.clock.advance(14 * 60_000);
      if ((await again.get("/api/auth/session")).status !== 200) break;
    }
    // 60 × 14 minutes is more than 12 hours: the absolute limit ended it.
    expect((await again.get("/api/auth/session")).status).toBe(401);
  });
});
