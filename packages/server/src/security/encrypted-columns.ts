import { PROTECT_ENCRYPTED_COLUMNS } from "../cases/sealing.ts";
import { ONLINE_ENCRYPTED_COLUMNS } from "../online/online-sealing.ts";

/**
 * Every encrypted column, so that key rotation, backups and the no-plaintext test can walk
 * them all. A new encrypted column must be added here.
 */
export interface EncryptedColumn {
  readonly table: string;
  readonly idColumn: string;
  readonly column: string;
  /** Names the field in the AAD: `<context>:<row id>`. */
  readonly context: string;
}

export const ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  { table: "app_user", idColumn: "id", column: "email_enc", context: "app_user.email" },
  { table: "app_user", idColumn: "id", column: "full_name_enc", context: "app_user.full_name" },
  { table: "app_user", idColumn: "id", column: "mfa_secret_enc", context: "app_user.mfa_secret" },
  {
    table: "session",
    idColumn: "id_hash",
    column: "pending_mfa_secret_enc",
    context: "session.pending_mfa_secret",
  },
  { table: "screening", idColumn: "id", column: "notes_enc", context: "screening.notes" },
  { table: "screening", idColumn: "id", column: "safety_concerns_enc", context: "screening.safety_concerns" },
  ...PROTECT_ENCRYPTED_COLUMNS,
  ...ONLINE_ENCRYPTED_COLUMNS,
];

export { aad } from "./aad.ts";
