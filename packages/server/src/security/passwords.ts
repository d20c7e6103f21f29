import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";
import { checkPassword, invalid } from "@ariadne/domain";

/** OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane. */
const ARGON2 = {
  algorithm: 2 /* Algorithm.Argon2id, a const enum */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

let common: ReadonlySet<string> | undefined;
/** The bundled list of common passwords (zxcvbn-ts's, about 49,000 entries), loaded once. */
function commonPasswords(): ReadonlySet<string> {
  common ??= new Set(dictionary["passwords-common"].map((p) => p.toLowerCase()));
  return common;
}

export const isCommonPassword = (candidate: string): boolean =>
  commonPasswords().has(candidate.toLowerCase());

/** Validates against the password policy, then hashes; throws a `validation_failed` naming `path`. */
export async function hashNewPassword(
  password: string,
  personal: readonly string[],
  path = "password",
): Promise<string> {
  const result = checkPassword(password, { isCommon: isCommonPassword, personal });
  if (!result.ok) throw invalid(path, `Password ${result.issues[0]?.message ?? "is not acceptable"}`);
  return hash(password, ARGON2);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

/** A fixed hash to verify against when the account does not exist, so timing reveals nothing. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hash("decoy-password-for-timing", ARGON2);
  return decoy;
}
