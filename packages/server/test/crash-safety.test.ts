import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { generate } from "otplib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { VerifyResult } from "../src/audit/audit-service.ts";
import { openDatabase, queryRows, type DatabaseTarget } from "../src/db/connection.ts";
import type { OrganisationView } from "../src/organisations/organisation-schema.ts";
import { TEST_DATABASES } from "./support/databases.ts";
import { ADMIN } from "./support/flows.ts";
import { HttpSession } from "./support/http-session.ts";
import { killAllChildren, runCli, ServerProcess } from "./support/server-process.ts";

const WRITERS = 8;
const ACKNOWLEDGED_BEFORE_KILL = 50;

/** A TOTP code for the next 30-second step: the enrolment may have used the current one, which is not accepted twice. */
const nextTotp = (secret: string) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });

describe.each(TEST_DATABASES)("crash safety of a real server process on $name", (db) => {
  const dataDir = mkdtempSync(join(tmpdir(), "ariadne-crash-"));
  let env: Record<string, string>;
  let target: DatabaseTarget;
  let drop: () => Promise<void> = () => Promise.resolve();

  beforeAll(async () => {
    env = {
      ARIADNE_DATA_DIR: dataDir,
      ARIADNE_MASTER_KEY: randomBytes(32).toString("base64"),
      LOG_LEVEL: "silent",
      ARIADNE_AUTH_RATE_LIMIT: "100000",
      // No web app: the other package's build folder may be changing while tests run.
      ARIADNE_WEB_DIST: join(dataDir, "no-web-app"),
    };
    if (db.name === "postgres") {
      const created = await db.create();
      if (created.target.kind !== "postgres") throw new Error("expected a PostgreSQL target");
      target = created.target;
      drop = created.drop;
      env.DATABASE_URL = created.target.url;
    } else {
      target = { kind: "pglite", dataDir };
    }
  });
  afterAll(async () => {
    killAllChildren();
    await drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("loses no acknowledged organisation and leaves none without its audit entry when killed mid-write", async () => {
    // 1. First run: setup through HTTP with the printed one-time token, then second-factor enrolment.
    const first = await ServerProcess.start(env);
    const token = await first.setupToken();
    const http = new HttpSession(first.url);
    const setup = await http.post<{ stage: string }>("/api/setup", {
      token,
      organisation: { org_Name: "Crash Test Office", org_Type: "CentralGovernmentOrganisation" },
      administrator: ADMIN,
      loadDemoData: false,
    });
    expect(setup.status).toBe(201);
    const enrolment = await http.post<{ secret: string }>("/api/auth/mfa/enrolment");
    const secret = enrolment.body.secret;
    const confirmed = await http.post<{ session: { stage: string } }>("/api/auth/mfa/enrolment/confirm", {
      code: await generate({ secret }),
    });
    expect(confirmed.body.session.stage).toBe("active");

    // 2. Concurrent creates; SIGKILL right after the 50th acknowledgement, with others in flight.
    const acknowledged = new Map<string, string>();
    const run = { killed: false, attempts: 0, inFlight: 0, inFlightAtKill: 0 };
    // A function, not the property: TypeScript would keep `run.killed` narrowed across the awaits.
    const killed = () => run.killed;
    const killOnce = () => {
      if (killed()) return;
      run.killed = true;
      run.inFlightAtKill = run.inFlight - 1;
      first.kill("SIGKILL");
    };
    const writer = async () => {
      while (!killed()) {
        const name = `Crash Test ${db.name} ${++run.attempts}`;
        run.inFlight++;
        try {
          const res = await http.post<OrganisationView>("/api/organisations", {
            org_Name: name,
            org_Type: "NGO",
          });
          if (res.status !== 201) throw new Error(`create answered ${res.status} before the kill`);
          acknowledged.set(name, res.body.id);
          if (acknowledged.size >= ACKNOWLEDGED_BEFORE_KILL) killOnce();
        } catch (error) {
          // After the kill, requests in flight fail with a reset connection: that is the point.
          if (!killed()) throw error;
        } finally {
          run.inFlight--;
        }
      }
    };
    await Promise.all(Array.from({ length: WRITERS }, writer));
    expect(await first.exited).toEqual({ code: null, signal: "SIGKILL" });
    expect(acknowledged.size).toBeGreaterThanOrEqual(ACKNOWLEDGED_BEFORE_KILL);
    expect(run.inFlightAtKill).toBeGreaterThan(0);

    // 3. PGlite's lock file still names the dead process; the next start must treat it as stale.
    if (db.name === "pglite")
      expect(readFileSync(join(dataDir, "ariadne.lock"), "utf8")).toBe(String(first.pid));

    // 4. Second run on the same data: it starts, the administrator signs in, every acknowledged organisation is there.
    const second = await ServerProcess.start(env);
    const again = new HttpSession(second.url);
    expect(
      (
        await again.post<{ stage: string }>("/api/auth/login", {
          email: ADMIN.email,
          password: ADMIN.password,
        })
      ).body.stage,
    ).toBe("mfa_challenge");
    expect(
      (await again.post<{ stage: string }>("/api/auth/mfa/challenge", { code: await nextTotp(secret) })).body
        .stage,
    ).toBe("active");
    const listed = await again.get<{ items: OrganisationView[] }>("/api/organisations");
    expect(listed.status).toBe(200);
    const present = new Map(listed.body.items.map((o) => [o.org_Name, o.id]));
    for (const [name, id] of acknowledged) expect(present.get(name), name).toBe(id);
    second.kill("SIGTERM");
    expect(await second.exited).toEqual({ code: 0, signal: null });
    if (db.name === "pglite") expect(existsSync(join(dataDir, "ariadne.lock"))).toBe(false);

    // 5. The audit chain is intact, by the command an operator would run.
    const verify = await runCli(["audit", "verify", "--json"], env);
    expect(verify.code, verify.stderr).toBe(0);
    const chain = JSON.parse(verify.stdout) as VerifyResult;
    expect(chain.ok).toBe(true);
    expect(chain.problems).toEqual([]);

    // 6. Record and audit entry committed together: exactly one organisation.create per organisation, none dangling.
    const database = await openDatabase(target);
    try {
      const organisations = await queryRows<{ id: string; name: string }>(
        database.db,
        sql`select id::text as id, org_name as name from organisation`,
      );
      const creates = await queryRows<{ id: string; n: number }>(
        database.db,
        sql`select resource_id as id, count(*)::int as n from audit_log where action = 'organisation.create' group by resource_id`,
      );
      const [setupEntry] = await queryRows<{ id: string }>(
        database.db,
        sql`select resource_id as id from audit_log where action = 'setup.complete'`,
      );
      const created = organisations.filter((o) => o.id !== setupEntry?.id);
      expect(created.length).toBeGreaterThanOrEqual(acknowledged.size);
      expect(Object.fromEntries(creates.map((c) => [c.id, c.n]))).toEqual(
        Object.fromEntries(created.map((o) => [o.id, 1])),
      );
    } finally {
      await database.close();
    }
  }, 180_000);
});
