import type { Result } from "../errors.ts";

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

/**
 * NIST SP 800-63B style: length, not composition rules; refuse known common passwords and
 * passwords built from the account's own name or e-mail.
 */
export function checkPassword(
  password: string,
  context: { isCommon: (candidate: string) => boolean; personal?: readonly string[] },
): Result<string> {
  // Code points, not UTF-16 units: "ä" or "字" is one character to the person typing it.
  const chars = Array.from(password).length;
  if (chars < PASSWORD_MIN_LENGTH)
    return fail(`must be at least ${PASSWORD_MIN_LENGTH} characters long (it has ${chars})`);
  if (chars > PASSWORD_MAX_LENGTH) return fail(`must be at most ${PASSWORD_MAX_LENGTH} characters long`);
  const folded = password.toLowerCase();
  if (context.isCommon(folded) || /^(.)\1+$/.test(folded))
    return fail("is too common; choose a longer phrase");
  for (const part of context.personal ?? []) {
    const p = part.toLowerCase().trim();
    if (p.length >= 4 && folded.includes(p)) return fail("must not contain your name or e-mail address");
  }
  return { ok: true, value: password };
}

const fail = (message: string): Result<string> => ({ ok: false, issues: [{ path: "password", message }] });
