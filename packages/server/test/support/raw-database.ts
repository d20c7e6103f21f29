import { sql } from "drizzle-orm";
import { queryRows, type Executor } from "../../src/db/connection.ts";

/** Tables of the `public` schema, sorted: what the migrations created. */
export async function publicTables(db: Executor): Promise<string[]> {
  const rows = await queryRows<{ name: string }>(
    db,
    sql`select table_name as name from information_schema.tables
        where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rows.map((r) => r.name);
}

export async function rowCount(db: Executor, table: string): Promise<number> {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  );
  return row?.n ?? 0;
}

/** Row counts of every public table, keyed by table name. */
export async function rowCounts(db: Executor): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await publicTables(db)) counts[table] = await rowCount(db, table);
  return counts;
}

/** Every row of every public table as JSON text, one string per row. */
export async function allRowsAsText(db: Executor): Promise<{ table: string; row: string }[]> {
  const out: { table: string; row: string }[] = [];
  for (const table of await publicTables(db)) {
    const rows = await queryRows<{ j: string }>(
      db,
      sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t`,
    );
    for (const r of rows) out.push({ table, row: r.j });
  }
  return out;
}

/** The messages of an error and its causes: drivers wrap the database's own message. */
export function errorMessages(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error; e instanceof Error; e = e.cause) parts.push(e.message);
  return parts.join(" <- ");
}

/** Awaits a promise that must fail and returns its error messages (see `errorMessages`). */
export async function rejectionOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return errorMessages(error);
  }
  throw new Error("expected the operation to be refused, but it succeeded");
}
