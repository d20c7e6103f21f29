import { randomBytes } from "node:crypto";
import pg from "pg";
import type { DatabaseTarget } from "../../src/db/connection.ts";

export interface TestDatabase {
  readonly name: "pglite" | "postgres";
  /** A fresh, empty database; `drop` removes it afterwards. */
  create(): Promise<{ target: DatabaseTarget; drop: () => Promise<void> }>;
}

const pgliteDb: TestDatabase = {
  name: "pglite",
  create: () => Promise.resolve({ target: { kind: "pglite-memory" }, drop: () => Promise.resolve() }),
};

/** On PostgreSQL each test file gets a database of its own, created and dropped here. */
function postgresDb(adminUrl: string): TestDatabase {
  return {
    name: "postgres",
    async create() {
      const name = `ariadne_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        target: { kind: "postgres", url: url.toString(), poolSize: 4 },
        drop: async () => {
          const c = new pg.Client({ connectionString: adminUrl });
          await c.connect();
          await c.query(`drop database if exists ${name} with (force)`);
          await c.end();
        },
      };
    },
  };
}

/** PGlite always; PostgreSQL as well when TEST_DATABASE_URL is set (CI sets it). */
export const TEST_DATABASES: readonly TestDatabase[] = process.env.TEST_DATABASE_URL
  ? [pgliteDb, postgresDb(process.env.TEST_DATABASE_URL)]
  : [pgliteDb];
