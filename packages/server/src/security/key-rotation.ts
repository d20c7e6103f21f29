import { sql } from "drizzle-orm";
import { queryRows, type Db } from "../db/connection.ts";
import type { AuditService } from "../audit/audit-service.ts";
import { SYSTEM_CONTEXT } from "../request-context.ts";
import { aad, ENCRYPTED_COLUMNS } from "./encrypted-columns.ts";
import type { Keyring } from "./keyring.ts";

const BATCH = 500;

export interface RotationReport {
  newKeyId: string;
  reencrypted: number;
}

/**
 * Rotates the data key without downtime: a new key becomes active (old ones stay readable),
 * then every ciphertext under an older key is re-encrypted in small batches. Each row is
 * replaced only if it still holds the ciphertext read (compare-and-set), so a concurrent
 * write is never overwritten; passes repeat until no old ciphertext remains.
 */
export async function rotateDataKey(
  db: Db,
  keyring: Keyring,
  audit: AuditService,
  onProgress: (done: number) => void = () => {},
): Promise<RotationReport> {
  const newKeyId = await keyring.rotate();
  const current = `ek1.${newKeyId}.%`;
  let reencrypted = 0;
  for (const col of ENCRYPTED_COLUMNS) {
    const table = sql.identifier(col.table);
    const column = sql.identifier(col.column);
    const idColumn = sql.identifier(col.idColumn);
    for (;;) {
      const rows = await queryRows<{ id: string; value: string }>(
        db,
        sql`select ${idColumn}::text as id, ${column} as value from ${table}
            where ${column} is not null and ${column} not like ${current} limit ${BATCH}`,
      );
      if (rows.length === 0) break;
      await db.transaction(async (tx) => {
        for (const row of rows) {
          const context = aad(col.context, row.id);
          const fresh = keyring.encrypt(await keyring.decrypt(row.value, context), context);
          await tx.execute(
            sql`update ${table} set ${column} = ${fresh} where ${idColumn}::text = ${row.id} and ${column} = ${row.value}`,
          );
        }
      });
      reencrypted += rows.length;
      onProgress(reencrypted);
    }
  }
  await audit.record(SYSTEM_CONTEXT, { action: "keys.rotate", details: { newKeyId, reencrypted } });
  return { newKeyId, reencrypted };
}
