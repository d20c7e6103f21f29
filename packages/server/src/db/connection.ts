import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { SQL } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import * as schema from "./schema.ts";

export type Schema = typeof schema;
/** The one database type the code sees, whether PGlite or node-postgres is underneath. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
/** A partial update; `undefined` leaves a column as it is (Drizzle skips it). */
export type Changes<T> = { [K in keyof T]?: T[K] | undefined };

/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

export interface DatabaseHandle {
  readonly db: Db;
  readonly kind: "pglite" | "postgres";
  /** Applies the committed SQL migrations; idempotent. */
  migrate(): Promise<void>;
  close(): Promise<void>;
  /** The PGlite instance, for its data-folder tools; absent on PostgreSQL. */
  readonly pglite?: PGlite;
}

export const MIGRATIONS_FOLDER = new URL("../../migrations", import.meta.url).pathname;

export type DatabaseTarget =
  | { readonly kind: "postgres"; readonly url: string; readonly poolSize?: number }
  | { readonly kind: "pglite"; readonly dataDir: string }
  | { readonly kind: "pglite-memory"; readonly loadDataDir?: Blob };

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === "postgres") {
    // Server-side time in UTC so timestamps hash and compare identically everywhere.
    const pool = new pg.Pool({
      connectionString: target.url,
      max: target.poolSize ?? 10,
      options: "-c TimeZone=UTC",
    });
    // An idle connection the server drops (a restart, a failover, an administrator) emits an
    // error on the pool; without a listener Node ends the process. The pool replaces the
    // connection on the next query, and queries in flight fail and are answered as errors.
    pool.on("error", (error) => {
      process.emitWarning(`PostgreSQL connection lost: ${error.message}`);
    });
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      migrate: () => migratePg(drizzlePg(pool, { schema }), { migrationsFolder: MIGRATIONS_FOLDER }),
      close: () => pool.end(),
    };
  }

  let release = () => {};
  let client: PGlite;
  if (target.kind === "pglite") {
    const pgdata = join(target.dataDir, "pgdata");
    mkdirSync(target.dataDir, { recursive: true, mode: 0o700 });
    release = lockDataDir(target.dataDir);
    try {
      client = await PGlite.create(pgdata);
    } catch (error) {
      release();
      throw error;
    }
  } else {
    client = await PGlite.create(target.loadDataDir ? { loadDataDir: target.loadDataDir } : {});
  }
  await client.exec("SET TIME ZONE 'UTC'");
  const db = drizzlePglite(client, { schema });
  return {
    db: db as unknown as Db,
    kind: "pglite",
    pglite: client,
    migrate: () => migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: async () => {
      await client.close();
      release();
    },
  };
}

/**
 * PGlite is a single-process database: two processes on one data folder would corrupt it.
 * A lock file holding the owner's pid refuses the second one with a clear message.
 */
function lockDataDir(dataDir: string): () => void {
  const lockFile = join(dataDir, "ariadne.lock");
  try {
    writeFileSync(lockFile, String(process.pid), { flag: "wx", mode: 0o600 });
  } catch {
    const owner = Number(readFileSync(lockFile, "utf8"));
    if (owner && owner !== process.pid && isAlive(owner)) {
      throw new Error(
        `The data folder ${dataDir} is in use by process ${owner} (an Ariadne server?). ` +
          "The embedded database serves one process at a time: stop that process first, or use PostgreSQL (DATABASE_URL).",
      );
    }
    writeFileSync(lockFile, String(process.pid), { mode: 0o600 });
  }
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(ex: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await ex.execute(query);
  return (result as { rows: T[] }).rows;
}
