import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

const ALGORITHM = "aes-256-gcm";
const IV_BYTES = 12;
const TAG_BYTES = 16;
/** Ciphertext prefix: format version 1. Layout: `ek1.<keyId>.<base64url(iv|tag|ciphertext)>`. */
const PREFIX = "ek1";

export interface DataKey {
  readonly id: string;
  readonly key: Buffer;
}

/** AES-256-GCM with associated data; the AAD binds a ciphertext to its table, column and row. */
export function seal(key: DataKey, plaintext: string, aad: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key.key, iv);
  cipher.setAAD(Buffer.from(aad, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return `${PREFIX}.${key.id}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

export function keyIdOf(ciphertext: string): string {
  const [prefix, keyId] = ciphertext.split(".", 2);
  if (prefix !== PREFIX || !keyId) throw new Error("not an Ariadne ciphertext");
  return keyId;
}

export function open(key: DataKey, ciphertext: string, aad: string): string {
  const parts = ciphertext.split(".");
  if (parts.length !== 3 || parts[0] !== PREFIX || parts[1] !== key.id || !parts[2]) {
    throw new Error("ciphertext does not belong to this key");
  }
  const raw = Buffer.from(parts[2], "base64url");
  const decipher = createDecipheriv(ALGORITHM, key.key, raw.subarray(0, IV_BYTES));
  decipher.setAAD(Buffer.from(aad, "utf8"));
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString(
    "utf8",
  );
}

/** Keyed HMAC-SHA256 for exact-match lookups on encrypted values, separated per domain. */
export function blindIndex(key: Buffer, domain: string, value: string): string {
  return createHmac("sha256", key).update(domain).update("\0").update(value, "utf8").digest("base64url");
}
