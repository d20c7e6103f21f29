import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { randomBytes } from "node:crypto";

export const MASTER_KEY_BYTES = 32;

export type MasterKeySource = { readonly env?: string | undefined; readonly file: string };

/**
 * The master key wraps the data keys stored in the database and never enters the database
 * itself. From `ARIADNE_MASTER_KEY` (base64 of 32 bytes) or a key file, created with mode
 * 0600 on first start.
 */
export function loadMasterKey(source: MasterKeySource): { key: Buffer; origin: "env" | "file" | "created" } {
  if (source.env !== undefined && source.env !== "") {
    return { key: decode(source.env, "ARIADNE_MASTER_KEY"), origin: "env" };
  }
  if (existsSync(source.file)) {
    const mode = statSync(source.file).mode & 0o077;
    if (mode !== 0) chmodSync(source.file, 0o600);
    return { key: decode(readFileSync(source.file, "utf8").trim(), source.file), origin: "file" };
  }
  mkdirSync(dirname(source.file), { recursive: true, mode: 0o700 });
  const key = randomBytes(MASTER_KEY_BYTES);
  writeFileSync(source.file, key.toString("base64") + "\n", { mode: 0o600, flag: "wx" });
  return { key, origin: "created" };
}

function decode(value: string, where: string): Buffer {
  const key = Buffer.from(value.trim(), "base64");
  if (key.length !== MASTER_KEY_BYTES) {
    throw new Error(`${where} must hold ${MASTER_KEY_BYTES} bytes in base64 (got ${key.length} bytes)`);
  }
  return key;
}
