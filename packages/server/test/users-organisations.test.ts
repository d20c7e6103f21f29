import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ErrorBody } from "../src/http/errors.ts";
import type { OrganisationView } from "../src/organisations/organisation-schema.ts";
import type { UserView } from "../src/users/user-schema.ts";
import { auditEntries } from "./support/audit-log.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { NEW_PASSWORD, createActiveUser, roleId, setupAdministrator } from "./support/flows.ts";
import { startTestApp, type TestApp } from "./support/test-app.ts";
import { TestClient, totpCode } from "./support/test-client.ts";

type ActiveUser = Awaited<ReturnType<typeof createActiveUser>>;

const SHELTER = {
  org_Name: "Casa Speranței",
  org_Type: "NGO",
  org_ShippingStreet: "Strada Lipscani 12",
  org_ShippingCity: "București",
  org_ShippingState: "Ilfov",
  org_ShippingPostalCode: "030031",
  org_ShippingCountry: "RO",
  org_ShippingLatitude: 44.4318,
  org_ShippingLongitude: 26.1005,
  org_Phone: "+40 21 123 4567",
} as const;

describe.each(TEST_DATABASES)("users and organisations on $name", (db) => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof setupAdministrator>>;
  let auditor: ActiveUser;
  /** A second organisation, so that scope filters have something to filter out. */
  let shelterId: string;

  beforeAll(async () => {
    t = await startTestApp(db);
    admin = await setupAdministrator(t);
    const shelter = await admin.client.post<OrganisationView>("/api/organisations", SHELTER);
    expect(shelter.status, shelter.text).toBe(201);
    shelterId = shelter.body.id;
    auditor = await createActiveUser(t, admin.client, "auditor", admin.organisationId);
  });
  afterAll(() => t.close());

  const listUsers = async (client: TestClient, query = "status=all") => {
    const res = await client.get<{ items: UserView[] }>(`/api/users?${query}`);
    expect(res.status, res.text).toBe(200);
    return res.body.items;
  };
  const userById = async (id: string) => {
    const res = await admin.client.get<UserView>(`/api/users/${id}`);
    expect(res.status, res.text).toBe(200);
    return res.body;
  };
  const signIn = async (email: string, password = NEW_PASSWORD) => {
    const client = new TestClient(t.app);
    const res = await client.post<{ stage: string } & ErrorBody>("/api/auth/login", { email, password });
    return { client, res };
  };

  describe("organisations", () => {
    it("creates an organisation with the HTCDS org_ fields and reads it back unchanged", async () => {
      const created = await admin.client.get<OrganisationView>(`/api/organisations/${shelterId}`);
      expect(created.status).toBe(200);
      expect(created.body).toEqual({
        ...SHELTER,
        id: shelterId,
        active: true,
        version: 1,
        createdAt: expect.any(String) as unknown,
        updatedAt: expect.any(String) as unknown,
      });
      const listed = await admin.client.get<{ items: OrganisationView[] }>("/api/organisations");
      expect(listed.body.items.find((o) => o.id === shelterId)).toEqual(created.body);
    });

    it("refuses a stale version on PATCH with 409 and changes nothing", async () => {
      const org = await admin.client.post<OrganisationView>("/api/organisations", {
        org_Name: "Stale Test Org",
        org_Type: "LegalService",
      });
      const first = await admin.client.patch<OrganisationView>(`/api/organisations/${org.body.id}`, {
        version: 1,
        org_Name: "Renamed Once",
      });
      expect(first.status, first.text).toBe(200);
      expect(first.body.version).toBe(2);
      const stale = await admin.client.patch<ErrorBody>(`/api/organisations/${org.body.id}`, {
        version: 1,
        org_Name: "Lost Update",
        org_Type: "NGO",
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe("conflict");
      const now = await admin.client.get<OrganisationView>(`/api/organisations/${org.body.id}`);
      expect(now.body).toEqual(first.body);
      const updates = await auditEntries(auditor.client, {
        action: "organisation.update",
        resourceId: org.body.id,
      });
      expect(updates).toHaveLength(1);
    });

    it("refuses POST /api/organisations with 403 to a role without organisation.manage, and audits access.denied", async () => {
      const worker = await createActiveUser(t, admin.client, "case_worker", shelterId);
      const before = await admin.client.get<{ items: OrganisationView[] }>(
        "/api/organisations?includeInactive=true",
      );
      const res = await worker.client.post<ErrorBody>("/api/organisations", {
        org_Name: "Not Allowed",
        org_Type: "NGO",
      });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
      const after = await admin.client.get<{ items: OrganisationView[] }>(
        "/api/organisations?includeInactive=true",
      );
      expect(after.body.items).toEqual(before.body.items);
      const denied = await auditEntries(auditor.client, {
        action: "access.denied",
        actorUserId: worker.userId,
      });
      expect(denied).toHaveLength(1);
      expect(denied[0]).toMatchObject({
        actorUserId: worker.userId,
        actorOrganisationId: shelterId,
        action: "access.denied",
        outcome: "denied",
        details: {
          permission: "organisation.manage",
          route: "/api/organisations",
          reason: "the role lacks the permission organisation.manage",
        },
      });
    });
  });

  describe("users", () => {
    it("creates a user in an organisation and shows them to the administrator", async () => {
      const res = await admin.client.post<UserView>("/api/users", {
        email: "Mira.Ionescu@Example.org",
        fullName: "Mira Ionescu",
        organisationId: shelterId,
        roleId: await roleId(admin.client, "first_responder"),
        password: "initial password for testing",
        language: "fr",
      });
      expect(res.status, res.text).toBe(201);
      expect(res.body).toMatchObject({
        email: "mira.ionescu@example.org",
        fullName: "Mira Ionescu",
        organisationId: shelterId,
        organisationName: SHELTER.org_Name,
        roleKey: "first_responder",
        scope: "own",
        active: true,
        mfaEnabled: false,
        lockedUntil: null,
        lastLoginAt: null,
        version: 1,
        language: "fr",
      });
      expect(await userById(res.body.id)).toEqual(res.body);
      expect((await listUsers(admin.client, "status=active")).map((u) => u.id)).toContain(res.body.id);
    });

    it("refuses a second user with the same e-mail with 409 naming email", async () => {
      const res = await admin.client.post<ErrorBody>("/api/users", {
        email: auditor.email,
        fullName: "Someone Else",
        organisationId: shelterId,
        roleId: await roleId(admin.client, "first_responder"),
        password: "initial password for testing",
      });
      expect(res.status).toBe(409);
      expect(res.body.error.code).toBe("conflict");
      expect(res.body.error.details).toEqual([
        { path: "email", message: "a user with this e-mail address already exists" },
      ]);
    });

    it("refuses a stale version on PATCH with 409 and changes nothing", async () => {
      const user = await createActiveUser(t, admin.client, "first_responder", shelterId, {
        fullName: "Ana Stale",
      });
      const first = await admin.client.patch<UserView>(`/api/users/${user.userId}`, {
        version: 1,
        fullName: "Ana Renamed",
      });
      expect(first.status, first.text).toBe(200);
      expect(first.body).toMatchObject({ fullName: "Ana Renamed", version: 2 });
      const stale = await admin.client.patch<ErrorBody>(`/api/users/${user.userId}`, {
        version: 1,
        fullName: "Ana Overwritten",
        language: "de",
      });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe("conflict");
      const now = await userById(user.userId);
      expect(now).toMatchObject({ fullName: "Ana Renamed", language: "en", version: 2 });
      const updates = await auditEntries(auditor.client, { action: "user.update", resourceId: user.userId });
      expect(updates.map((e) => e.details)).toEqual([{ fields: ["fullName"] }]);
    });

    it("deactivating a user ends their session and API token, stops sign-in, and keeps them and their audit trail", async () => {
      const worker = await createActiveUser(t, admin.client, "case_worker", shelterId);
      const token = await worker.client.post<{ token: string }>("/api/auth/tokens", {
        name: "worker script",
        permissions: ["organisation.read"],
        expiresInDays: 30,
      });
      expect(token.status).toBe(201);
      const machine = new TestClient(t.app);
      machine.bearer = token.body.token;
      expect((await machine.get("/api/organisations")).status).toBe(200);
      const trailBefore = (await auditEntries(auditor.client, { actorUserId: worker.userId })).map(
        (e) => e.seq,
      );
      expect(trailBefore.length).toBeGreaterThanOrEqual(4);

      const { version } = await userById(worker.userId);
      const res = await admin.client.post<UserView>(`/api/users/${worker.userId}/deactivate`, { version });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ active: false, version: version + 1 });

      expect((await worker.client.get("/api/auth/session")).status).toBe(401);
      expect((await machine.get("/api/organisations")).status).toBe(401);
      const again = await signIn(worker.email);
      expect(again.res.status).toBe(403);
      expect(again.res.body.error.code).toBe("forbidden");

      expect((await listUsers(admin.client, "status=active")).map((u) => u.id)).not.toContain(worker.userId);
      expect((await listUsers(admin.client, "status=inactive")).map((u) => u.id)).toContain(worker.userId);
      expect((await listUsers(admin.client, "status=all")).find((u) => u.id === worker.userId)).toMatchObject(
        { active: false },
      );

      const trailAfter = await auditEntries(auditor.client, { actorUserId: worker.userId });
      expect(trailAfter.map((e) => e.seq)).toEqual(expect.arrayContaining(trailBefore));
      expect(trailAfter[0]).toMatchObject({
        action: "auth.login",
        outcome: "denied",
        details: { reason: "deactivated" },
      });
      const deactivation = await auditEntries(auditor.client, {
        action: "user.deactivate",
        resourceId: worker.userId,
      });
      expect(deactivation.map((e) => e.actorUserId)).toEqual([admin.userId]);
    });

    it("reactivates a deactivated user, who can then sign in again", async () => {
      const worker = await createActiveUser(t, admin.client, "case_worker", shelterId);
      const deactivated = await admin.client.post<UserView>(`/api/users/${worker.userId}/deactivate`, {
        version: (await userById(worker.userId)).version,
      });
      expect(deactivated.body.active).toBe(false);
      const res = await admin.client.post<UserView>(`/api/users/${worker.userId}/reactivate`, {
        version: deactivated.body.version,
      });
      expect(res.status, res.text).toBe(200);
      expect(res.body).toMatchObject({ active: true, version: deactivated.body.version + 1 });
      const { client, res: login } = await signIn(worker.email);
      expect(login.status).toBe(200);
      expect(login.body.stage).toBe("mfa_challenge");
      t.clock.advance(30_000);
      const challenge = await client.post<{ stage: string }>("/api/auth/mfa/challenge", {
        code: await totpCode(t, worker.client.totpSecret ?? ""),
      });
      expect(challenge.body.stage).toBe("active");
      expect((await client.get("/api/organisations")).status).toBe(200);
    });

    it("refuses with 409 to let an administrator deactivate their own account", async () => {
      const me = await userById(admin.userId);
      const res = await admin.client.post<ErrorBody>(`/api/users/${admin.userId}/deactivate`, {
        version: me.version,
      });
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({
        code: "conflict",
        message: "You cannot deactivate your own account",
      });
      expect(await userById(admin.userId)).toEqual(me);
    });

    it("refuses with 409 to deactivate the last active administrator, and allows it while another remains", async () => {
      const role = await admin.client.post("/api/roles", {
        key: "people_manager",
        name: "People manager",
        scope: "all",
        permissions: ["user.read", "user.manage"],
      });
      expect(role.status, role.text).toBe(201);
      const manager = await createActiveUser(t, admin.client, "people_manager", admin.organisationId);
      const me = await userById(admin.userId);
      const last = await manager.client.post<ErrorBody>(`/api/users/${admin.userId}/deactivate`, {
        version: me.version,
      });
      expect(last.status).toBe(409);
      expect(last.body.error).toMatchObject({
        code: "conflict",
        message: "You cannot deactivate the last active administrator",
      });
      expect(await userById(admin.userId)).toEqual(me);

      const second = await createActiveUser(t, admin.client, "administrator", admin.organisationId);
      const res = await manager.client.post<UserView>(`/api/users/${second.userId}/deactivate`, {
        version: (await userById(second.userId)).version,
      });
      expect(res.status, res.text).toBe(200);
      expect(res.body.active).toBe(false);
    });
  });

  describe("who sees which users", () => {
    it("refuses /api/users with 403 to a case worker, who lacks user.read", async () => {
      const worker = await createActiveUser(t, admin.client, "case_worker", shelterId);
      const res = await worker.client.get<ErrorBody>("/api/users");
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe("forbidden");
      const denied = await auditEntries(auditor.client, {
        action: "access.denied",
        actorUserId: worker.userId,
      });
      expect(denied.map((e) => e.details)).toEqual([
        { permission: "user.read", route: "/api/users", reason: "the role lacks the permission user.read" },
      ]);
    });

    it("shows an auditor (scope all) every user of every organisation", async () => {
      const everyone = await listUsers(admin.client);
      const seen = await listUsers(auditor.client);
      expect(seen.map((u) => u.id).sort()).toEqual(everyone.map((u) => u.id).sort());
      expect(new Set(seen.map((u) => u.organisationId))).toEqual(new Set([admin.organisationId, shelterId]));
    });

    it("shows a custom role with user.read and scope organisation only the users of its own organisation", async () => {
      const role = await admin.client.post("/api/roles", {
        key: "shelter_directory",
        name: "Shelter directory",
        scope: "organisation",
        permissions: ["user.read"],
      });
      expect(role.status, role.text).toBe(201);
      const reader = await createActiveUser(t, admin.client, "shelter_directory", shelterId);
      const everyone = await listUsers(admin.client);
      const shelterUsers = everyone.filter((u) => u.organisationId === shelterId).map((u) => u.id);
      expect(shelterUsers).toContain(reader.userId);
      expect(everyone.length).toBeGreaterThan(shelterUsers.length);

      const seen = await listUsers(reader.client);
      expect(seen.map((u) => u.id).sort()).toEqual(shelterUsers.sort());
      expect(await listUsers(reader.client, `status=all&organisationId=${admin.organisationId}`)).toEqual([]);
      const outside = await reader.client.get<ErrorBody>(`/api/users/${admin.userId}`);
      expect(outside.status).toBe(403);
      expect(outside.body.error.code).toBe("forbidden");
      const inside = await reader.client.get<UserView>(`/api/users/${reader.userId}`);
      expect(inside.status).toBe(200);
    });
  });

  it("lets an administrator set a new initial password, which ends the user's sessions and must be changed", async () => {
    const user = await createActiveUser(t, admin.client, "first_responder", admin.organisationId);
    const current = await admin.client.get<UserView>(`/api/users/${user.userId}`);
    const weak = await admin.client.post<ErrorBody>(`/api/users/${user.userId}/reset-password`, {
      version: current.body.version,
      password: "short",
    });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0]?.path).toBe("password");
    const reset = await admin.client.post<UserView>(`/api/users/${user.userId}/reset-password`, {
      version: current.body.version,
      password: "a fresh initial passphrase",
    });
    expect(reset.status, reset.text).toBe(200);
    expect(reset.body.version).toBe(current.body.version + 1);
    expect((await user.client.get("/api/auth/session")).status).toBe(401);
    const client = new TestClient(t.app);
    const old = await client.post("/api/auth/login", { email: user.email, password: NEW_PASSWORD });
    expect(old.status).toBe(401);
    t.clock.advance(30_000);
    const login = await client.post<{ stage: string }>("/api/auth/login", {
      email: user.email,
      password: "a fresh initial passphrase",
    });
    expect(login.body.stage).toBe("mfa_challenge");
    const challenged = await client.post<{ stage: string }>("/api/auth/mfa/challenge", {
      code: await totpCode(t, user.client.totpSecret ?? ""),
    });
    expect(challenged.body.stage).toBe("password_change");
  });

  it("deactivating an organisation ends its users' sessions and refuses their sign-in until reactivated", async () => {
    const created = await admin.client.post<OrganisationView>("/api/organisations", {
      org_Name: "Closing Office",
      org_Type: "NGO",
    });
    const user = await createActiveUser(t, admin.client, "first_responder", created.body.id);
    const off = await admin.client.patch<OrganisationView>(`/api/organisations/${created.body.id}`, {
      version: created.body.version,
      active: false,
    });
    expect(off.status, off.text).toBe(200);
    expect((await user.client.get("/api/auth/session")).status).toBe(401);
    const client = new TestClient(t.app);
    const refused = await client.post<ErrorBody>("/api/auth/login", {
      email: user.email,
      password: NEW_PASSWORD,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toContain("organisation is deactivated");
    await admin.client.patch(`/api/organisations/${created.body.id}`, {
      version: off.body.version,
      active: true,
    });
    expect((await client.post("/api/auth/login", { email: user.email, password: NEW_PASSWORD })).status).toBe(
      200,
    );
  });
});
