import { createReadStream, createWriteStream } from "node:fs";
import { createInterface } from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import { sql } from "drizzle-orm";
import type { Keyring } from "../security/keyring.ts";
import { queryRows, type Db } from "./connection.ts";

const FORMAT = "ariadne-backup";
const FORMAT_VERSION = 1;
const PAGE = 1000;

/**
 * Tables in an order that satisfies their foreign keys, with the column that orders them.
 * Sessions are left out on purpose: a restored system starts with everyone signed out.
 */
export const BACKUP_TABLES: readonly { name: string; orderBy: readonly string[]; seededAtStart?: true }[] = [
  { name: "encryption_key", orderBy: ["id"], seededAtStart: true },
  { name: "instance_setting", orderBy: ["key"] },
  { name: "organisation", orderBy: ["id"] },
  { name: "role", orderBy: ["id"], seededAtStart: true },
  { name: "app_user", orderBy: ["id"] },
  { name: "recovery_code", orderBy: ["id"] },
  { name: "api_token", orderBy: ["id"] },
  { name: "record_grant", orderBy: ["id"] },
  { name: "screening_catalogue", orderBy: ["id", "version"], seededAtStart: true },
  { name: "screening", orderBy: ["id"] },
  { name: "person", orderBy: ["id"] },
  { name: "person_match_key", orderBy: ["person_id", "kind", "hash"] },
  { name: "htcds_case", orderBy: ["id"] },
  { name: "case_person", orderBy: ["id"] },
  { name: "case_comment", orderBy: ["id"] },
  { name: "trafficking_event", orderBy: ["id"] },
  { name: "support_plan", orderBy: ["id"] },
  { name: "consent", orderBy: ["id"] },
  { name: "case_task", orderBy: ["id"] },
  { name: "nrm_pathway", orderBy: ["country"] },
  { name: "service_offer", orderBy: ["id"] },
  { name: "referral", orderBy: ["id"] },
  { name: "criminal_proceeding", orderBy: ["id"] },
  { name: "retention_policy", orderBy: ["organisation_id"] },
  { name: "erasure_request", orderBy: ["id"] },
  { name: "stats_dataset", orderBy: ["id"], seededAtStart: true },
  { name: "stats_observation", orderBy: ["id"] },
  { name: "stats_aggregate", orderBy: ["id"] },
  { name: "stats_release", orderBy: ["id"] },
  { name: "stats_synthetic", orderBy: ["id"] },
  { name: "online_setting", orderBy: ["organisation_id"] },
  { name: "ad_batch", orderBy: ["id"] },
  { name: "ad_network", orderBy: ["id"] },
  { name: "online_ad", orderBy: ["id"] },
  { name: "ad_identifier", orderBy: ["id"] },
  { name: "audit_log", orderBy: ["seq"] },
];

interface Header {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: number;
  counts: Record<string, number>;
}

/**
 * A consistent snapshot of every table as gzip'd JSON lines, the same format for PGlite and
 * PostgreSQL (so it also moves an installation from one to the other). Read in one
 * repeatable-read transaction: every table as of the same instant.
 */
export async function backup(db: Db, file: string): Promise<Record<string, number>> {
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  const migrations = await appliedMigrations(db);
  await db.transaction(
    async (tx) => {
      for (const table of BACKUP_TABLES) {
        counts[table.name] = 0;
        for (let offset = 0; ; offset += PAGE) {
          const rows = await queryRows<{ j: string }>(
            tx,
            sql`select row_to_json(t)::text as j from ${sql.identifier(table.name)} t
                order by ${sql.join(
                  table.orderBy.map((c) => sql.identifier(c)),
                  sql`, `,
                )} limit ${PAGE} offset ${offset}`,
          );
          for (const row of rows) lines.push(`{"t":${JSON.stringify(table.name)},"r":${row.j}}`);
          counts[table.name] = (counts[table.name] ?? 0) + rows.length;
          if (rows.length < PAGE) break;
        }
      }
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  const header: Header = {
    format: FORMAT,
    version: FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    migrations,
    counts,
  };
  const body = [JSON.stringify(header), ...lines].join("\n") + "\n";
  await pipeline(Readable.from([body]), createGzip(), createWriteStream(file, { mode: 0o600 }));
  return counts;
}

/**
 * Restores a backup into an empty, migrated database, all in one transaction, then reloads
 * the keyring: the restored data keys replace the ones created at start.
 */
export async function restore(db: Db, keyring: Keyring, file: string): Promise<Record<string, number>> {
  const reader = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  let header: Partial<Header> | undefined;
  const rows = new Map<string, unknown[]>();
  for await (const line of reader) {
    if (line === "") continue;
    if (!header) {
      header = JSON.parse(line) as Partial<Header>;
      if (header.format !== FORMAT || header.version !== FORMAT_VERSION) {
        throw new Error(`${file} is not an Ariadne backup of format version ${FORMAT_VERSION}`);
      }
      continue;
    }
    const { t, r } = JSON.parse(line) as { t: string; r: unknown };
    if (!BACKUP_TABLES.some((x) => x.name === t)) throw new Error(`the backup names an unknown table ${t}`);
    (rows.get(t) ?? rows.set(t, []).get(t))?.push(r);
  }
  if (!header) throw new Error(`${file} is empty`);
  const migrations = await appliedMigrations(db);
  if ((header.migrations ?? 0) > migrations) {
    throw new Error(
      `the backup comes from a newer Ariadne (schema ${header.migrations}, this one ${migrations}); upgrade first`,
    );
  }
  const counts: Record<string, number> = {};
  await db.transaction(async (tx) => {
    for (const table of BACKUP_TABLES) {
      const existing = await queryRows(tx, sql`select 1 from ${sql.identifier(table.name)} limit 1`);
      if (!table.seededAtStart && existing.length > 0) {
        throw new Error(`restore needs an empty database, but ${table.name} has rows`);
      }
    }
    // Built-in roles, keys and the shipped catalogue are created at start; the backup's replace them.
    for (const table of BACKUP_TABLES.filter((t) => t.seededAtStart)) {
      await tx.execute(sql`delete from ${sql.identifier(table.name)}`);
    }
    for (const table of BACKUP_TABLES) {
      const all = rows.get(table.name) ?? [];
      counts[table.name] = all.length;
      for (let i = 0; i < all.length; i += PAGE) {
        const chunk = JSON.stringify(all.slice(i, i + PAGE));
        const name = sql.identifier(table.name);
        await tx.execute(
          sql`insert into ${name} select * from json_populate_recordset(null::${name}, ${chunk}::json)`,
        );
      }
    }
    // Identity columns take explicit values on restore; their sequences must continue after them.
    const identities = await queryRows<{ table_name: string; column_name: string }>(
      tx,
      sql`select table_name, column_name from information_schema.columns
          where table_schema = 'public' and is_identity = 'YES'`,
    );
    for (const { table_name: table, column_name: column } of identities) {
      await tx.execute(
        sql`select setval(pg_get_serial_sequence(${table}, ${column}),
                          coalesce((select max(${sql.identifier(column)}) from ${sql.identifier(table)}), 0) + 1, false)`,
      );
    }
  });
  await keyring.reload();
  return counts;
}

async function appliedMigrations(db: Db): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
  );
  return row?.n ?? 0;
}
