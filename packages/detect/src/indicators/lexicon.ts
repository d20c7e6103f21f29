import type { EvidenceGrade, IndicatorCategory } from "../types.ts";

export type LexiconLanguage = "en" | "fr" | "es" | "ro" | "any";

/** Indicators computed from extractions rather than from words. */
export type DerivedIndicator = "minor-age" | "obfuscated-identifier";

/** One indicator: what it means, how strong the evidence is, and how to find it. */
export interface IndicatorDefinition {
  /** Stable id, e.g. "labour.fee". */
  id: string;
  /** Bumped whenever the patterns or weight change. */
  version: string;
  category: IndicatorCategory;
  grade: EvidenceGrade;
  /** True only where the cited source reports this indicator's direction; see the lexicon. */
  verified: boolean;
  /** In [0, 1]; configuration, combined per ad by noisy-OR. */
  weight: number;
  /** Short citation key: nij-2024, ilo-2012, ilo-iom-recruitment, emoji-2018, ariadne. */
  source: string;
  explanation: string;
  patterns?: Partial<Record<LexiconLanguage, readonly string[]>>;
  derived?: DerivedIndicator;
  /** Fires when all of these indicators fired in the same ad. */
  requires?: readonly string[];
}

export interface Lexicon {
  id: string;
  version: string;
  indicators: readonly IndicatorDefinition[];
}

export interface LexiconIssue {
  path: string;
  message: string;
}

/** What a lexicon says of an indicator to its readers: everything but how it is matched. */
export type IndicatorEntry = Omit<IndicatorDefinition, "patterns" | "derived" | "requires">;

/** An indicator's entry, as output files and evidence packages give it. */
export function indicatorEntry(d: IndicatorDefinition): IndicatorEntry {
  return {
    id: d.id,
    version: d.version,
    category: d.category,
    grade: d.grade,
    verified: d.verified,
    weight: d.weight,
    source: d.source,
    explanation: d.explanation,
  };
}

const LANGUAGES = new Set(["en", "fr", "es", "ro", "any"]);
const CATEGORIES = new Set(["sexual", "labour", "both"]);
const GRADES = new Set(["strong", "medium", "weak"]);
const DERIVED = new Set(["minor-age", "obfuscated-identifier"]);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Checks a lexicon read from JSON (an analyst's revision) before it is used. Expected failures
 * are values: `{ ok: false, issues }` names every problem with its path.
 */
export function parseLexicon(
  input: unknown,
): { ok: true; value: Lexicon } | { ok: false; issues: LexiconIssue[] } {
  const issues: LexiconIssue[] = [];
  const fail = (path: string, message: string) => issues.push({ path, message });
  if (!isRecord(input)) return { ok: false, issues: [{ path: "", message: "not an object" }] };
  if (typeof input.id !== "string" || input.id === "") fail("id", "missing");
  if (typeof input.version !== "string" || input.version === "") fail("version", "missing");
  if (!Array.isArray(input.indicators)) {
    fail("indicators", "not a list");
    return { ok: false, issues };
  }
  const ids = new Set<string>();
  input.indicators.forEach((raw: unknown, i) => {
    const at = `indicators[${i}]`;
    if (!isRecord(raw)) return fail(at, "not an object");
    if (typeof raw.id !== "string" || raw.id === "") fail(`${at}.id`, "missing");
    else if (ids.has(raw.id)) fail(`${at}.id`, `duplicate id ${raw.id}`);
    else ids.add(raw.id);
    if (typeof raw.version !== "string") fail(`${at}.version`, "missing");
    if (typeof raw.category !== "string" || !CATEGORIES.has(raw.category))
      fail(`${at}.category`, "must be sexual, labour or both");
    if (typeof raw.grade !== "string" || !GRADES.has(raw.grade))
      fail(`${at}.grade`, "must be strong, medium or weak");
    if (typeof raw.verified !== "boolean") fail(`${at}.verified`, "must be true or false");
    if (typeof raw.weight !== "number" || !(raw.weight >= 0 && raw.weight <= 1))
      fail(`${at}.weight`, "must be a number in [0, 1]");
    if (typeof raw.explanation !== "string" || raw.explanation === "") fail(`${at}.explanation`, "missing");
    if (typeof raw.source !== "string") fail(`${at}.source`, "missing");
    const hasPatterns = raw.patterns !== undefined;
    const hasDerived = raw.derived !== undefined;
    const hasRequires = raw.requires !== undefined;
    if (Number(hasPatterns) + Number(hasDerived) + Number(hasRequires) !== 1)
      fail(at, "needs exactly one of patterns, derived or requires");
    if (hasDerived && (typeof raw.derived !== "string" || !DERIVED.has(raw.derived)))
      fail(`${at}.derived`, "must be minor-age or obfuscated-identifier");
    if (hasRequires && (!Array.isArray(raw.requires) || raw.requires.some((r) => typeof r !== "string")))
      fail(`${at}.requires`, "must be a list of indicator ids");
    if (hasPatterns) {
      if (!isRecord(raw.patterns)) fail(`${at}.patterns`, "must map languages to lists");
      else {
        for (const [language, list] of Object.entries(raw.patterns)) {
          if (!LANGUAGES.has(language)) fail(`${at}.patterns.${language}`, "unknown language");
          if (!Array.isArray(list) || list.some((p) => typeof p !== "string")) {
            fail(`${at}.patterns.${language}`, "must be a list of strings");
            continue;
          }
          (list as string[]).forEach((p, k) => {
            const problem = patternProblem(p);
            if (problem) fail(`${at}.patterns.${language}[${k}]`, problem);
          });
        }
      }
    }
  });
  if (issues.length === 0) {
    input.indicators.forEach((raw: unknown, i) => {
      if (isRecord(raw) && Array.isArray(raw.requires)) {
        for (const r of raw.requires as string[]) {
          if (!ids.has(r)) fail(`indicators[${i}].requires`, `unknown indicator ${r}`);
        }
      }
    });
  }
  return issues.length === 0 ? { ok: true, value: input as unknown as Lexicon } : { ok: false, issues };
}

// ── Pattern language ────────────────────────────────────────────────────────────────────

/** A token test: equal to a literal, or starting with a prefix. */
export interface TokenTest {
  literal?: string;
  prefix?: string;
}

export type Step =
  { kind: "words"; alternatives: TokenTest[][]; optional: boolean } | { kind: "gap"; max: number };

const NORMAL_TOKEN = /^(?:[a-z0-9]+\*?|:[a-z_]+:)$/;

function splitTop(pattern: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of pattern) {
    if (ch === "(") depth++;
    if (ch === ")") depth--;
    if (ch === " " && depth === 0) {
      if (current !== "") out.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  if (current !== "") out.push(current);
  return out;
}

function tokenTest(word: string): TokenTest {
  return word.endsWith("*") ? { prefix: word.slice(0, -1) } : { literal: word };
}

/** Compiles `new in (town|the city) ~2 now?` into steps; throws on a malformed pattern. */
export function compilePattern(pattern: string): Step[] {
  const steps: Step[] = [];
  for (const part of splitTop(pattern.trim())) {
    const gap = /^~(\d)$/.exec(part);
    if (gap) {
      steps.push({ kind: "gap", max: Number(gap[1]) });
      continue;
    }
    const optional = part.endsWith("?");
    const body = optional ? part.slice(0, -1) : part;
    const group = /^\((.+)\)$/.exec(body);
    const alternatives = (group ? (group[1] ?? "").split("|") : [body]).map((alt) =>
      alt.trim().split(/\s+/).map(tokenTest),
    );
    for (const alt of alternatives) {
      for (const t of alt) {
        const word = t.literal ?? `${t.prefix ?? ""}*`;
        if (!NORMAL_TOKEN.test(word)) throw new Error(`"${word}" is not a normalised token`);
      }
    }
    steps.push({ kind: "words", alternatives, optional });
  }
  const first = steps[0];
  if (!first || first.kind !== "words" || first.optional) {
    throw new Error("a pattern starts with a required word");
  }
  const last = steps[steps.length - 1];
  if (last?.kind === "gap") throw new Error("a pattern cannot end with a gap");
  return steps;
}

function patternProblem(pattern: string): string | undefined {
  try {
    compilePattern(pattern);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
