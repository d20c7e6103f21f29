/**
 * Search before create: the values a person is matched on, before they are hashed with the
 * blind-index key. Pure, so the rule is one place and testable; the server hashes each value
 * (HMAC) and stores only the hash.
 *
 * - `name_birth`: the name's tokens, folded and sorted (order of given and family names does
 *   not matter), with the full birth date.
 * - `fuzzy_name_year`: a phonetic skeleton of each token (spelling variants such as
 *   Ioana/Joana, Popescu/Popesku, Mohammed/Muhammad meet), with the birth year.
 * - `phone`: the last nine digits (the same number with or without +40 / 0).
 * - `identity`: the identity number's letters and digits, upper case.
 */
export const MATCH_KINDS = ["name_birth", "fuzzy_name_year", "phone", "identity"] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];
/** Each name token on its own: for finding a case by name in the case list, not for matching. */
export const NAME_TOKEN = "name_token";

export interface MatchInput {
  readonly prs_FirstName?: string | null | undefined;
  readonly prs_MiddleName?: string | null | undefined;
  readonly prs_SecondName?: string | null | undefined;
  readonly prs_Birthdate?: string | null | undefined;
  readonly prs_HomePhone?: string | null | undefined;
  readonly prs_MobilePhone?: string | null | undefined;
  readonly prs_IdentityNumber?: string | null | undefined;
}

const FOLD: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
};

/** Lower case, no diacritics, letters only, as tokens. */
export function nameTokens(...parts: (string | null | undefined)[]): string[] {
  return parts
    .filter((p): p is string => typeof p === "string")
    .join(" ")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (c) => FOLD[c] ?? c)
    .split(/[^\p{L}]+/u)
    .filter((t) => t.length > 0);
}

/** A coarse phonetic skeleton: first sound kept, similar consonants merged, vowels dropped. */
export function phonetic(token: string): string {
  const s = token
    .replace(/^j/, "i")
    .replace(/ph/g, "f")
    .replace(/(sch|sh|ch|sz|cz|cs)/g, "s")
    .replace(/[ckq]/g, "k")
    .replace(/x/g, "ks")
    .replace(/[zs]/g, "s")
    .replace(/[vw]/g, "f")
    .replace(/[dt]/g, "t")
    .replace(/[bp]/g, "p")
    .replace(/[gj]/g, "k")
    .replace(/y/g, "i")
    .replace(/h/g, "");
  const first = s.charAt(0);
  const rest = s.slice(1).replace(/[aeiou]/g, "");
  return (first + rest).replace(/(.)\1+/g, "$1");
}

export function phoneKey(phone: string): string | null {
  const digits = phone.replace(/\D/g, "");
  return digits.length >= 6 ? digits.slice(-9) : null;
}

export function identityKey(value: string): string | null {
  const key = value.toUpperCase().replace(/[^\p{L}\p{N}]/gu, "");
  return key.length >= 3 ? key : null;
}

/** The match values of a person, deduplicated; empty when nothing identifying is known. */
export function matchValues(p: MatchInput): { kind: MatchKind; value: string }[] {
  const out: { kind: MatchKind; value: string }[] = [];
  const tokens = nameTokens(p.prs_FirstName, p.prs_MiddleName, p.prs_SecondName);
  if (tokens.length > 0 && p.prs_Birthdate) {
    out.push({ kind: "name_birth", value: `${[...tokens].sort().join(" ")}|${p.prs_Birthdate}` });
    const skeleton = tokens.map(phonetic).sort().join(" ");
    out.push({ kind: "fuzzy_name_year", value: `${skeleton}|${p.prs_Birthdate.slice(0, 4)}` });
  }
  for (const phone of [p.prs_HomePhone, p.prs_MobilePhone]) {
    const key = phone ? phoneKey(phone) : null;
    if (key) out.push({ kind: "phone", value: key });
  }
  const id = p.prs_IdentityNumber ? identityKey(p.prs_IdentityNumber) : null;
  if (id) out.push({ kind: "identity", value: id });
  const seen = new Set<string>();
  return out.filter((m) => {
    const k = `${m.kind}:${m.value}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The search values of a name typed into the case list: one per token, folded like names. */
export function nameSearchValues(...parts: (string | null | undefined)[]): string[] {
  return [...new Set(nameTokens(...parts))];
}
