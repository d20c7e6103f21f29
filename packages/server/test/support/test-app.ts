import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { loadConfig } from "../../src/config.ts";
import type { DatabaseTarget } from "../../src/db/connection.ts";
import { buildApp } from "../../src/http/app.ts";
import { openRuntime, type Runtime } from "../../src/runtime.ts";
import type { TestDatabase } from "./databases.ts";

/** A clock the test moves by hand: sessions, lockouts and TOTP steps follow it. */
export class TestClock {
  private offsetMs = 0;
  readonly now = (): Date => new Date(Date.now() + this.offsetMs);
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

export interface TestApp {
  readonly app: FastifyInstance;
  readonly runtime: Runtime;
  readonly clock: TestClock;
  readonly target: DatabaseTarget;
  close(): Promise<void>;
}

export function testConfig(env: Record<string, string> = {}) {
  return loadConfig({
    ARIADNE_DATA_DIR: mkdtempSync(join(tmpdir(), "ariadne-test-")),
    ARIADNE_MASTER_KEY: randomBytes(32).toString("base64"),
    LOG_LEVEL: "silent",
    // Tests sign in far more often than a person; one test checks the real limit.
    ARIADNE_AUTH_RATE_LIMIT: "100000",
    ...env,
  });
}

/** A full app (HTTP included, no listening socket) on a fresh database. */
export async function startTestApp(db: TestDatabase, env: Record<string, string> = {}): Promise<TestApp> {
  const { target, drop } = await db.create();
  const clock = new TestClock();
  const runtime = await openRuntime(testConfig(env), { target, now: clock.now });
  const app = await buildApp(runtime, { logger: false });
  return {
    app,
    runtime,
    clock,
    target,
    close: async () => {
      await app.close();
      await runtime.close();
      await drop();
    },
  };
}
