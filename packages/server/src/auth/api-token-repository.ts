import { and, desc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { apiTokens } from "../db/schema.ts";

export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insert(ex: Executor, row: typeof apiTokens.$inferInsert): Promise<void> {
  await ex.insert(apiTokens).values(row);
}

export async function findByHash(ex: Executor, tokenHash: string): Promise<ApiTokenRow | undefined> {
  const [row] = await ex.select().from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).limit(1);
  return row;
}

export function listForUser(ex: Executor, userId: string): Promise<ApiTokenRow[]> {
  return ex.select().from(apiTokens).where(eq(apiTokens.userId, userId)).orderBy(desc(apiTokens.createdAt));
}

export async function revoke(ex: Executor, id: string, userId: string, at: Date): Promise<boolean> {
  const rows = await ex
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId)))
    .returning({ id: apiTokens.id });
  return rows.length === 1;
}

/** Deactivation revokes every token, so reactivating a user does not revive them. */
export async function revokeAllOfUser(ex: Executor, userId: string, at: Date): Promise<void> {
  await ex
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)));
}

export async function touch(ex: Executor, id: string, at: Date): Promise<void> {
  await ex.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}
