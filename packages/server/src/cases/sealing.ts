import { IDENTIFYING_FIELDS, IDENTIFYING_NUMERIC_FIELDS, type HtcdsFieldKey } from "@ariadne/domain";
import { aad } from "../security/aad.ts";
import type { EncryptedColumn } from "../security/encrypted-columns.ts";
import type { Keyring } from "../security/keyring.ts";

/**
 * Per-field encryption of Protect's records. An HTCDS field in IDENTIFYING_FIELDS is stored
 * in `<snake_key>_enc` of its table; `sealHtcds` and `openHtcds` are the only code that
 * turns those values into ciphertext and back. The AAD binds each value to its table, field
 * and row, so a ciphertext copied elsewhere does not open.
 */
export const HTCDS_TABLES = {
  prs_: "person",
  cas_: "htcds_case",
  per_: "case_person",
  cco_: "case_comment",
  hte_: "trafficking_event",
  spl_: "support_plan",
} as const;
export type SealedTable = (typeof HTCDS_TABLES)[keyof typeof HTCDS_TABLES];

const snake = (key: string) => key.replace(/(?<=[a-z0-9])([A-Z])/g, "_$1").toLowerCase();
const tableOf = (key: string): SealedTable | undefined =>
  Object.entries(HTCDS_TABLES).find(([prefix]) => key.startsWith(prefix))?.[1];
const context = (table: string, field: string) => `${table}.${field}`;

const SEALED_BY_TABLE = new Map<SealedTable, HtcdsFieldKey[]>();
for (const key of IDENTIFYING_FIELDS) {
  const table = tableOf(key);
  if (!table) throw new Error(`identifying field ${key} has no Protect table`);
  SEALED_BY_TABLE.set(table, [...(SEALED_BY_TABLE.get(table) ?? []), key]);
}

/** Our own sealed columns, outside HTCDS: free text that can name people. */
const OWN_SEALED: readonly { table: string; column: string; field: string }[] = [
  { table: "case_task", column: "title_enc", field: "title" },
  { table: "referral", column: "best_interests_reason_enc", field: "best_interests_reason" },
  { table: "referral", column: "message_enc", field: "message" },
  { table: "referral", column: "response_note_enc", field: "response_note" },
  { table: "criminal_proceeding", column: "notes_enc", field: "notes" },
  { table: "erasure_request", column: "reason_enc", field: "reason" },
  { table: "erasure_request", column: "decision_note_enc", field: "decision_note" },
];

/** Every encrypted column of Protect, for the registry in security/encrypted-columns.ts. */
export const PROTECT_ENCRYPTED_COLUMNS: readonly EncryptedColumn[] = [
  ...[...SEALED_BY_TABLE].flatMap(([table, keys]) =>
    keys.map((key) => ({ table, idColumn: "id", column: `${snake(key)}_enc`, context: context(table, key) })),
  ),
  ...OWN_SEALED.map((c) => ({
    table: c.table,
    idColumn: "id",
    column: c.column,
    context: context(c.table, c.field),
  })),
];

type Plain = string | number | null | undefined;
/** Numeric identifying fields become ciphertext strings when sealed. */
type NumericIdentifying = "prs_MailingLatitude" | "prs_MailingLongitude";
export type Sealed<T> = { [K in keyof T]: K extends NumericIdentifying ? string | null : T[K] };

/**
 * Encrypts the identifying fields present in `values` (other keys pass through). A key
 * absent from `values` stays absent, so partial updates only touch what they change.
 */
export function sealHtcds<T extends Record<string, unknown>>(
  keyring: Keyring,
  table: SealedTable,
  id: string,
  values: T,
): Sealed<T> {
  const out: Record<string, unknown> = { ...values };
  for (const key of SEALED_BY_TABLE.get(table) ?? []) {
    if (!(key in values)) continue;
    const v = values[key] as Plain;
    out[key] =
      v === null || v === undefined || v === ""
        ? null
        : keyring.encrypt(String(v), aad(context(table, key), id));
  }
  return out as Sealed<T>;
}

/** Decrypts the identifying fields of a stored row. */
export async function openHtcds<T extends { id: string }>(
  keyring: Keyring,
  table: SealedTable,
  row: T,
): Promise<T> {
  const out: Record<string, unknown> = { ...row };
  for (const key of SEALED_BY_TABLE.get(table) ?? []) {
    const sealed = (row as Record<string, unknown>)[key];
    if (typeof sealed !== "string") continue;
    const plain = await keyring.decrypt(sealed, aad(context(table, key), row.id));
    out[key] = IDENTIFYING_NUMERIC_FIELDS.has(key) ? Number(plain) : plain;
  }
  return out as T;
}

/** Seals one of our own free-text fields (OWN_SEALED). */
export function sealOwn(
  keyring: Keyring,
  table: string,
  field: string,
  id: string,
  value: string | null | undefined,
) {
  return value ? keyring.encrypt(value, aad(context(table, field), id)) : null;
}

export function openOwn(keyring: Keyring, table: string, field: string, id: string, sealed: string | null) {
  return keyring.decryptOptional(sealed, aad(context(table, field), id));
}
