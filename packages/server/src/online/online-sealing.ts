import { aad } from "../security/aad.ts";
import type { EncryptedColumn } from "../security/encrypted-columns.ts";
import type { Keyring } from "../security/keyring.ts";

/**
 * The encrypted columns of Disrupt. An ad's text is what may name or picture a person; the
 * template tokens and templates are that text in another form; identifiers are contact data;
 * a decision's reason may name people.
 */
const SEALED = {
  online_ad: ["title", "text", "tokens"],
  ad_identifier: ["value"],
  ad_network: ["templates", "decision_reason"],
} as const;

type SealedTable = keyof typeof SEALED;
type SealedField<T extends SealedTable> = (typeof SEALED)[T][number];

/** For the registry in security/encrypted-columns.ts. */
export const ONLINE_ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = Object.entries(SEALED).flatMap(
  ([table, fields]) =>
    fields.map((field) => ({ table, idColumn: "id", column: `${field}_enc`, context: `${table}.${field}` })),
);

export function sealOnline<T extends SealedTable>(
  keyring: Keyring,
  table: T,
  field: SealedField<T>,
  id: string,
  value: string,
): string {
  return keyring.encrypt(value, aad(`${table}.${field}`, id));
}

export function openOnline<T extends SealedTable>(
  keyring: Keyring,
  table: T,
  field: SealedField<T>,
  id: string,
  sealed: string | null,
): Promise<string | null> {
  return keyring.decryptOptional(sealed, aad(`${table}.${field}`, id));
}
