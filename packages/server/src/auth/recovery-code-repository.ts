import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../db/connection.ts";
import { recoveryCodes } from "../db/schema.ts";

export async function replaceAll(ex: Executor, userId: string, codeHashes: readonly string[]): Promise<void> {
  await ex.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  if (codeHashes.length > 0) {
    await ex
      .insert(recoveryCodes)
      .values(codeHashes.map((codeHash) => ({ id: crypto.randomUUID(), userId, codeHash })));
  }
}

/** Marks an unused code as used; false when there is no such unused code. */
export async function consume(ex: Executor, userId: string, codeHash: string, at: Date): Promise<boolean> {
  const rows = await ex
    .update(recoveryCodes)
    .set({ usedAt: at })
    .where(
      and(
        eq(recoveryCodes.userId, userId),
        eq(recoveryCodes.codeHash, codeHash),
        isNull(recoveryCodes.usedAt),
      ),
    )
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}
