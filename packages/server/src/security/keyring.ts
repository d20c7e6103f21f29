import { randomBytes } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Db, Executor } from "../db/connection.ts";
import { encryptionKeys } from "../db/schema.ts";
import { blindIndex, type DataKey, keyIdOf, open, seal } from "./field-crypto.ts";

type Purpose = "data" | "blind_index";

/** Serialises key creation across processes sharing one PostgreSQL. */
const KEYRING_LOCK = 7_241_001;

/**
 * The data keys, unwrapped in memory. Encrypts with the active data key, decrypts with
 * whichever key a ciphertext names (reloading once if another process rotated meanwhile).
 */
export class Keyring {
  private constructor(
    private readonly db: Db,
    private readonly master: DataKey,
    private keys: Map<string, DataKey>,
    private activeId: string,
    private blindKey: Buffer,
  ) {}

  static async load(db: Db, masterKey: Buffer): Promise<Keyring> {
    const master: DataKey = { id: "master", key: masterKey };
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${KEYRING_LOCK})`);
      for (const purpose of ["data", "blind_index"] as const) {
        const [existing] = await tx
          .select({ id: encryptionKeys.id })
          .from(encryptionKeys)
          .where(and(eq(encryptionKeys.purpose, purpose), eq(encryptionKeys.status, "active")))
          .limit(1);
        if (!existing) await insertKey(tx, master, purpose);
      }
    });
    const ring = new Keyring(db, master, new Map(), "", Buffer.alloc(0));
    return ring.reload();
  }

  /** Re-reads the key table; another process may have rotated. */
  async reload(): Promise<this> {
    const rows = await this.db.select().from(encryptionKeys);
    const keys = new Map<string, DataKey>();
    let activeId = "";
    let blindKey: Buffer | undefined;
    for (const row of rows) {
      const key = Buffer.from(open(this.master, row.wrappedKey, wrapAad(row.id, row.purpose)), "base64");
      if (row.purpose === "blind_index") {
        if (row.status === "active") blindKey = key;
        continue;
      }
      keys.set(row.id, { id: row.id, key });
      if (row.status === "active") activeId = row.id;
    }
    if (!activeId || !blindKey) throw new Error("the keyring has no active data key or blind-index key");
    this.keys = keys;
    this.activeId = activeId;
    this.blindKey = blindKey;
    return this;
  }

  get activeKeyId(): string {
    return this.activeId;
  }

  encrypt(plaintext: string, aad: string): string {
    const key = this.keys.get(this.activeId);
    if (!key) throw new Error("no active data key");
    return seal(key, plaintext, aad);
  }

  async decrypt(ciphertext: string, aad: string): Promise<string> {
    const keyId = keyIdOf(ciphertext);
    if (!this.keys.has(keyId)) await this.reload();
    const key = this.keys.get(keyId);
    if (!key) throw new Error(`data key ${keyId} is unknown to this keyring`);
    return open(key, ciphertext, aad);
  }

  async decryptOptional(ciphertext: string | null, aad: string): Promise<string | null> {
    return ciphertext === null ? null : this.decrypt(ciphertext, aad);
  }

  /** Exact-match lookup value for an encrypted field; `domain` keeps fields apart. */
  blindIndex(domain: string, value: string): string {
    return blindIndex(this.blindKey, domain, value);
  }

  /** Adds a new active data key; the previous one stays readable until nothing uses it. */
  async rotate(): Promise<string> {
    const id = await this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${KEYRING_LOCK})`);
      await tx
        .update(encryptionKeys)
        .set({ status: "retired" })
        .where(and(eq(encryptionKeys.purpose, "data"), eq(encryptionKeys.status, "active")));
      return insertKey(tx, this.master, "data");
    });
    await this.reload();
    return id;
  }
}

async function insertKey(tx: Executor, master: DataKey, purpose: Purpose): Promise<string> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(encryptionKeys);
  const id = `k${(row?.n ?? 0) + 1}`;
  const wrapped = seal(master, randomBytes(32).toString("base64"), wrapAad(id, purpose));
  await tx.insert(encryptionKeys).values({ id, purpose, wrappedKey: wrapped, status: "active" });
  return id;
}

const wrapAad = (id: string, purpose: string) => `encryption_key:${id}:${purpose}`;
