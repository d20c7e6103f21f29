import { Metadata, parsePhoneNumberFromString, type CountryCode } from "libphonenumber-js/min";
import type { Obfuscation, PhoneExtraction } from "../types.ts";
import { spanOf, type ExtractContext } from "./context.ts";

/**
 * Phone numbers, including disguised ones. Candidates are runs of digits and separators in the
 * normalised text, where spelled-out, fullwidth, circled and keycap digits are already digits;
 * each is validated by libphonenumber-js ("min" metadata: country and length rules, about 80 kB,
 * enough to tell a number from a price or a date without the 145 kB of "max") in the hinted
 * regions, and a run that is not valid as a whole is tried by its sub-runs, longest first.
 */

const MIN_DIGITS = 7;
const MAX_DIGITS = 15;
const MAX_GROUPS = 16;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x2e || c === 0x2d || c === 0x2f || c === 0x28 || c === 0x29 || c === 0x09;
}

/** Just past an emoji word (`:name:`, as the normaliser writes emoji) starting at `at`, or -1. */
function emojiEnd(text: string, at: number): number {
  let m = at + 1;
  for (; m < text.length && m - at <= 32; m++) {
    const c = text.charCodeAt(m);
    if (!((c >= 0x61 && c <= 0x7a) || c === 0x5f)) break;
  }
  return m > at + 1 && text.charCodeAt(m) === 0x3a ? m + 1 : -1;
}

interface Group {
  start: number;
  end: number;
  digits: string;
}

/** A valid number: its E.164 form and country. */
type Parsed = { e164: string; country: string | null } | null;

/**
 * Parse results by number and region ("+<digits>" for international numbers): ads repeat their
 * numbers, and an ad's region list differs from its neighbours' more often than its numbers.
 * Parsing is the costliest step of extraction (tens of microseconds), and a network's ads are
 * spread over a whole file, so the cache keeps two generations: when the newer one is full it
 * becomes the older one, and a hit in the older one is carried over. Bounded memory, and the
 * numbers still in use stay.
 */
const GENERATION = 250_000;
let recent = new Map<string, Parsed>();
let older = new Map<string, Parsed>();

function parseOne(text: string, region: string | undefined, key: string): Parsed {
  let parsed = recent.get(key);
  if (parsed !== undefined) return parsed;
  parsed = older.get(key);
  if (parsed === undefined) {
    const p =
      region === undefined
        ? parsePhoneNumberFromString(text)
        : parsePhoneNumberFromString(text, region as CountryCode);
    parsed = p?.isValid() ? { e164: p.number, country: p.country ?? null } : null;
  }
  if (recent.size >= GENERATION) {
    older = recent;
    recent = new Map();
  }
  recent.set(key, parsed);
  return parsed;
}

/** The metadata's view of a numbering plan, as far as it is read here. */
interface PlanLengths {
  selectNumberingPlan(country: string): void;
  numberingPlan?: { possibleLengths?: () => unknown };
}

const fewest = new Map<string, number>();

/**
 * The fewest digits a national number of `region` has, from libphonenumber's metadata (0 when
 * the metadata does not say). Fewer digits cannot be valid there, whatever prefix they carry: over
 * a third of the parses a scan tried were such, and are not tried.
 */
function fewestDigits(region: string): number {
  let n = fewest.get(region);
  if (n === undefined) {
    n = 0;
    try {
      const metadata = new Metadata() as unknown as PlanLengths;
      metadata.selectNumberingPlan(region);
      const lengths = metadata.numberingPlan?.possibleLengths?.();
      if (Array.isArray(lengths) && lengths.length > 0 && lengths.every((l) => typeof l === "number"))
        n = Math.min(...lengths);
    } catch {
      // A region the metadata does not know: numbers are tried there as before (and fail).
    }
    fewest.set(region, n);
  }
  return n;
}

/**
 * The number `digits` in the first of `regions` where it is valid; a number with its country code
 * (`plus`, or "00…") is read without a region.
 */
function parseCached(digits: string, plus: boolean, regions: readonly string[]): Parsed {
  if (plus || digits.startsWith("00")) {
    const text = plus ? `+${digits}` : `+${digits.slice(2)}`;
    return parseOne(text, undefined, text);
  }
  for (const region of regions) {
    if (digits.length < fewestDigits(region)) continue;
    const parsed = parseOne(digits, region, `${digits}|${region}`);
    if (parsed) return parsed;
  }
  return null;
}

function obfuscationOf(ctx: ExtractContext, groups: Group[], from: number, to: number): Obfuscation[] {
  const out: Obfuscation[] = [];
  const span = spanOf(ctx, from, to).text;
  if (/[a-z]{2,}/i.test(span)) out.push("spelled-digits");
  else if (/[a-z]/i.test(span)) out.push("letters-for-digits");
  if (/[^\p{ASCII}\p{L}\p{M}\s\p{Extended_Pictographic}\u{FE0F}]/u.test(span)) out.push("unicode-digits");
  const singles = groups.filter((g) => g.digits.length === 1).length;
  const between = ctx.norm.text.slice(from, to);
  if (groups.length >= 5 && singles / groups.length >= 0.6)
    out.push(/^[\s0-9]*$/.test(between) ? "spaced-digits" : "separated-digits");
  // An emoji between the digits (a `:name:` word in the normalised text).
  else if (between.includes(":")) out.push("separated-digits");
  return out;
}

export function extractPhones(ctx: ExtractContext): PhoneExtraction[] {
  const text = ctx.norm.text;
  const found: PhoneExtraction[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const plus = c === 0x2b && i + 1 < n && isDigit(text.charCodeAt(i + 1));
    if (!isDigit(c) && !plus) {
      i++;
      continue;
    }
    // A digit glued to letters on the left ("ab12") is part of a word, not a number.
    if (!plus && i > 0 && /[a-z]/.test(text[i - 1] ?? "")) {
      while (i < n && isDigit(text.charCodeAt(i))) i++;
      continue;
    }
    const groups: Group[] = [];
    let j = plus ? i + 1 : i;
    let total = 0;
    while (j < n && groups.length < MAX_GROUPS * 2) {
      const gs = j;
      while (j < n && isDigit(text.charCodeAt(j))) j++;
      if (j === gs) break;
      groups.push({ start: gs, end: j, digits: text.slice(gs, j) });
      total += j - gs;
      let k = j;
      while (k < n && k - j < 3 && isSeparator(text.charCodeAt(k))) k++;
      // Emoji between the digits ("07 53 ✨ 92", here "07 53 :sparkles: 92") separate them too.
      for (let e = 0; e < 3 && k < n && text.charCodeAt(k) === 0x3a; e++) {
        const after = emojiEnd(text, k);
        if (after < 0) break;
        k = after;
        while (k < n && k - after < 3 && isSeparator(text.charCodeAt(k))) k++;
      }
      if (k === j || k >= n || !isDigit(text.charCodeAt(k))) break;
      j = k;
    }
    const runEnd = j;
    if (total >= MIN_DIGITS && !looksLikeDate(groups, text.slice(groups[0]?.start ?? i, runEnd))) {
      const best = bestSubRun(groups, plus, ctx.regions);
      if (best) {
        const from = best.first === 0 && plus ? i : (groups[best.first]?.start ?? i);
        const to = groups[best.last]?.end ?? runEnd;
        const used = groups.slice(best.first, best.last + 1);
        const span = spanOf(ctx, from, to);
        const obfuscation = obfuscationOf(ctx, used, from, to);
        found.push({
          kind: "phone",
          ...span,
          value: best.e164,
          country: best.country,
          ...(obfuscation.length > 0 ? { obfuscation } : {}),
        });
      }
    }
    i = Math.max(runEnd, i + 1);
  }
  return found;
}

function bestSubRun(
  groups: Group[],
  plus: boolean,
  regions: readonly string[],
): { first: number; last: number; e164: string; country: string | null } | undefined {
  const g = groups.length;
  // Longest sub-runs first; among equals, the leftmost.
  for (let size = g; size >= 1; size--) {
    for (let first = 0; first + size <= g; first++) {
      const last = first + size - 1;
      let digits = "";
      for (let k = first; k <= last; k++) digits += groups[k]?.digits ?? "";
      if (digits.length < MIN_DIGITS || digits.length > MAX_DIGITS) continue;
      const parsed = parseCached(digits, plus && first === 0, regions);
      if (parsed) return { first, last, ...parsed };
    }
  }
  return undefined;
}

/** "12.05.2001", "2024-05-01", "01/02/24": day, month and year, not a phone number. */
function looksLikeDate(groups: Group[], raw: string): boolean {
  if (groups.length !== 3 || /\s/.test(raw)) return false;
  const [a, b, c] = groups.map((g) => g.digits);
  const small = (x: string | undefined, max: number) =>
    x !== undefined && x.length <= 2 && Number(x) >= 1 && Number(x) <= max;
  if (a?.length === 4 && small(b, 12) && small(c, 31)) return true;
  return small(a, 31) && small(b, 31) && (c?.length === 4 || c?.length === 2);
}
