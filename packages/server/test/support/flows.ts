import { expect } from "vitest";
import type { TestApp } from "./test-app.ts";
import { TestClient, totpCode } from "./test-client.ts";

export const ADMIN = {
  fullName: "Ada Testadmin",
  email: "ada.testadmin@example.org",
  password: "a long and unusual test passphrase",
};
export const NEW_PASSWORD = "another long and unusual passphrase";

interface Session {
  stage: string;
  user: { id: string; organisationId: string; permissions: string[] };
}

/** Completes enrolment for a client at the mfa_enrolment step; returns the recovery codes. */
export async function enrol(t: TestApp, client: TestClient): Promise<string[]> {
  const start = await client.post<{ secret: string }>("/api/auth/mfa/enrolment");
  expect(start.status).toBe(200);
  client.totpSecret = start.body.secret;
  const confirm = await client.post<{ recoveryCodes: string[]; session: Session }>(
    "/api/auth/mfa/enrolment/confirm",
    {
      code: await totpCode(t, start.body.secret),
    },
  );
  expect(confirm.status).toBe(200);
  return confirm.body.recoveryCodes;
}

/** First-run setup through the API, then second-factor enrolment: an active administrator. */
export async function setupAdministrator(
  t: TestApp,
): Promise<{ client: TestClient; userId: string; organisationId: string }> {
  const token = await t.runtime.services.setup.issueToken();
  const client = new TestClient(t.app);
  const res = await client.post<Session>("/api/setup", {
    token,
    organisation: {
      org_Name: "Test Coordination Office",
      org_Type: "CentralGovernmentOrganisation",
      org_ShippingCountry: "RO",
    },
    administrator: ADMIN,
    loadDemoData: false,
  });
  expect(res.status, res.text).toBe(201);
  expect(res.body.stage).toBe("mfa_enrolment");
  await enrol(t, client);
  const session = await client.get<Session>("/api/auth/session");
  expect(session.body.stage).toBe("active");
  return { client, userId: session.body.user.id, organisationId: session.body.user.organisationId };
}

export async function roleId(admin: TestClient, key: string): Promise<string> {
  const roles = await admin.get<{ items: { id: string; key: string }[] }>("/api/roles");
  const role = roles.body.items.find((r) => r.key === key);
  if (!role) throw new Error(`no role ${key}`);
  return role.id;
}

let counter = 0;

/**
 * An administrator creates a user with `roleKey`; the user signs in, changes the initial
 * password and enrols a second factor when the role requires one: an active client.
 */
export async function createActiveUser(
  t: TestApp,
  admin: TestClient,
  roleKey: string,
  organisationId: string,
  overrides: { email?: string; fullName?: string } = {},
): Promise<{ client: TestClient; userId: string; email: string }> {
  counter += 1;
  const email = overrides.email ?? `user${counter}.${roleKey}@example.org`;
  const created = await admin.post<{ id: string }>("/api/users", {
    email,
    fullName: overrides.fullName ?? `Jo Example ${counter}`,
    organisationId,
    roleId: await roleId(admin, roleKey),
    password: "initial password for testing",
  });
  expect(created.status, created.text).toBe(201);
  const client = new TestClient(t.app);
  const login = await client.post<Session>("/api/auth/login", {
    email,
    password: "initial password for testing",
  });
  expect(login.status, login.text).toBe(200);
  expect(login.body.stage).toBe("password_change");
  const changed = await client.post<Session>("/api/auth/password", {
    currentPassword: "initial password for testing",
    newPassword: NEW_PASSWORD,
  });
  expect(changed.status, changed.text).toBe(200);
  if (changed.body.stage === "mfa_enrolment") await enrol(t, client);
  const session = await client.get<Session>("/api/auth/session");
  expect(session.body.stage).toBe("active");
  return { client, userId: created.body.id, email };
}
