import { and, eq, lt, ne, or, sql } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { sessions } from "../db/schema.ts";

export type SessionRow = typeof sessions.$inferSelect;

export async function insert(ex: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await ex.insert(sessions).values(row);
}

export async function update(ex: Executor, idHash: string, changes: Partial<SessionRow>): Promise<void> {
  await ex.update(sessions).set(changes).where(eq(sessions.idHash, idHash));
}

export async function remove(ex: Executor, idHash: string): Promise<void> {
  await ex.delete(sessions).where(eq(sessions.idHash, idHash));
}

/** Ends every session of a user, except `keep` (the one making the request) when given. */
export async function removeAllOfUser(ex: Executor, userId: string, keep?: string): Promise<number> {
  const rows = await ex
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keep ? ne(sessions.idHash, keep) : undefined))
    .returning({ id: sessions.idHash });
  return rows.length;
}

/** Removes sessions past their absolute or idle limit. */
export async function removeExpired(ex: Executor, now: Date, idleMs: number): Promise<number> {
  const idleCutoff = new Date(now.getTime() - idleMs);
  const rows = await ex
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleCutoff)))
    .returning({ id: sessions.idHash });
  return rows.length;
}

export async function countForUser(ex: Executor, userId: string): Promise<number> {
  const [row] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(sessions)
    .where(eq(sessions.userId, userId));
  return row?.n ?? 0;
}
