import type { Tokens } from "../text/tokenise.ts";
import type { Extraction, IndicatorFlag, Span } from "../types.ts";
import { compilePattern, type IndicatorDefinition, type Lexicon, type Step } from "./lexicon.ts";

interface CompiledPattern {
  indicator: number;
  language: string;
  steps: MatchStep[];
}

/** A token test in one shape (literal or prefix), so that matching reads monomorphic objects. */
interface MatchTest {
  text: string;
  prefix: boolean;
}

/** A pattern step in one shape: a gap of up to `gap` words (gap ≥ 0), or alternatives. */
interface MatchStep {
  gap: number;
  optional: boolean;
  alternatives: MatchTest[][];
}

function toMatchSteps(steps: readonly Step[]): MatchStep[] {
  return steps.map((step) =>
    step.kind === "gap"
      ? { gap: step.max, optional: false, alternatives: [] }
      : {
          gap: -1,
          optional: step.optional,
          alternatives: step.alternatives.map((alternative) =>
            alternative.map((test) =>
              test.literal !== undefined
                ? { text: test.literal, prefix: false }
                : // A test with neither matches no word, as "\u0000" starts none.
                  { text: test.prefix ?? "\u0000", prefix: true },
            ),
          ),
        },
  );
}

const MAX_SPANS = 5;

/**
 * A lexicon compiled for matching: patterns indexed by their first word (or its first three
 * letters for prefixes), so each token costs one map look-up rather than one test per pattern.
 */
export class IndicatorMatcher {
  readonly lexicon: Lexicon;
  private readonly byWord = new Map<string, CompiledPattern[]>();
  /** By the first two code units of a prefix (`c0 | c1 << 16`), then by the third. */
  private readonly byPrefix = new Map<number, Map<number, CompiledPattern[]>>();
  private readonly shortPrefixes: CompiledPattern[] = [];
  private readonly derived: { indicator: number; kind: NonNullable<IndicatorDefinition["derived"]> }[] = [];
  private readonly combined: { indicator: number; requires: number[] }[] = [];
  /** Candidates of words that start both a literal and a prefix pattern (few), by word. */
  private readonly mixed = new Map<string, readonly CompiledPattern[]>();
  /**
   * The first three letters of every pattern's first word (or the whole word, when shorter), as
   * bits of a filter: most words start no pattern and are passed over with one test.
   * `anyStart` when a prefix is shorter than three letters (then every word is looked up).
   */
  private readonly starts = new StartFilter();
  private anyStart = false;

  constructor(lexicon: Lexicon) {
    this.lexicon = lexicon;
    const index = new Map(lexicon.indicators.map((d, i) => [d.id, i]));
    lexicon.indicators.forEach((definition, indicator) => {
      if (definition.derived) this.derived.push({ indicator, kind: definition.derived });
      if (definition.requires) {
        this.combined.push({ indicator, requires: definition.requires.map((id) => index.get(id) ?? -1) });
      }
      for (const [language, list] of Object.entries(definition.patterns ?? {})) {
        for (const pattern of list) {
          const steps = compilePattern(pattern);
          const compiled = { indicator, language, steps: toMatchSteps(steps) };
          const first = steps[0];
          if (first?.kind !== "words") continue;
          for (const alternative of first.alternatives) {
            const test = alternative[0];
            if (test?.literal !== undefined) this.starts.add(test.literal);
            else if ((test?.prefix ?? "").length >= 3) this.starts.add(test?.prefix ?? "");
            else this.anyStart = true;
            if (test?.literal !== undefined) push(this.byWord, test.literal, compiled);
            else if (test?.prefix !== undefined) {
              if (test.prefix.length >= 3) {
                const key = test.prefix.charCodeAt(0) | (test.prefix.charCodeAt(1) << 16);
                let third = this.byPrefix.get(key);
                if (!third) this.byPrefix.set(key, (third = new Map<number, CompiledPattern[]>()));
                const list = third.get(test.prefix.charCodeAt(2));
                if (list) list.push(compiled);
                else third.set(test.prefix.charCodeAt(2), [compiled]);
              } else this.shortPrefixes.push(compiled);
            }
          }
        }
      }
    });
  }

  /**
   * Patterns that may start at `word`: literal first words, then prefixes of three letters or
   * more (looked up by char codes, without a substring), then shorter prefixes.
   */
  private candidates(word: string): readonly CompiledPattern[] {
    if (!this.anyStart && !this.starts.has(word)) return NONE;
    const literal = this.byWord.get(word);
    const prefixed =
      word.length >= 3
        ? this.byPrefix.get(word.charCodeAt(0) | (word.charCodeAt(1) << 16))?.get(word.charCodeAt(2))
        : undefined;
    if (this.shortPrefixes.length === 0) {
      if (prefixed === undefined) return literal ?? NONE;
      if (literal === undefined) return prefixed;
    }
    let list = this.mixed.get(word);
    if (list === undefined) {
      const found = [...(literal ?? []), ...(prefixed ?? []), ...this.shortPrefixes];
      list = found.length === 0 ? NONE : found;
      if (this.mixed.size >= 10_000) this.mixed.clear();
      this.mixed.set(word, list);
    }
    return list;
  }

  /**
   * The flags of one ad: word patterns over its tokens, derived indicators over its extractions,
   * then combined indicators. `span(from, to)` maps a normalised range to the original text.
   */
  flags(
    tokens: Tokens,
    extractions: readonly Extraction[],
    span: (from: number, to: number) => Span,
  ): IndicatorFlag[] {
    const found: Found = new Map();
    const { words, count } = tokens;
    for (let i = 0; i < count; i++) {
      const candidates = this.candidates(words[i] ?? "");
      for (const c of candidates) {
        const end = matchAt(c.steps, 0, i, words, count);
        if (end > i)
          addSpan(found, c.indicator, c.language, span(tokens.start[i] ?? 0, tokens.end[end - 1] ?? 0));
      }
    }
    for (const { indicator, kind } of this.derived) {
      for (const x of extractions) {
        const hit =
          kind === "minor-age"
            ? x.kind === "age" && x.age < 18
            : (x.kind === "phone" || x.kind === "email") && (x.obfuscation?.length ?? 0) > 0;
        if (hit) addSpan(found, indicator, "any", { start: x.start, end: x.end, text: x.text });
      }
    }
    for (const { indicator, requires } of this.combined) {
      if (!requires.every((r) => found.has(r))) continue;
      const parts = requires.flatMap((r) => found.get(r) ?? []);
      const spans = parts.flatMap((p) => p.spans.slice(0, 1));
      found.set(indicator, { language: parts[0]?.language ?? "any", spans });
    }
    const flags: IndicatorFlag[] = [];
    for (const [indicator, { language, spans }] of found) {
      const d = this.lexicon.indicators[indicator];
      if (!d) continue;
      flags.push({
        indicator: d.id,
        version: d.version,
        category: d.category,
        grade: d.grade,
        verified: d.verified,
        weight: d.weight,
        language,
        spans: spans.sort((a, b) => a.start - b.start),
      });
    }
    return flags.sort(
      (a, b) => (a.spans[0]?.start ?? 0) - (b.spans[0]?.start ?? 0) || a.indicator.localeCompare(b.indicator),
    );
  }
}

const NONE: readonly CompiledPattern[] = [];

/** The flags of one ad being collected: by indicator, the language and the spans that raised it. */
type Found = Map<number, { language: string; spans: Span[] }>;

/** Records one span of an indicator (up to MAX_SPANS that do not overlap). */
function addSpan(found: Found, indicator: number, language: string, s: Span): void {
  const entry = found.get(indicator);
  if (!entry) found.set(indicator, { language, spans: [s] });
  else if (entry.spans.length < MAX_SPANS && !entry.spans.some((x) => x.start < s.end && s.start < x.end)) {
    entry.spans.push(s);
  }
}

/**
 * A 64 Kbit filter of words by their first three code units (words of one or two by all of
 * them): `has` is false for a word whose start was never added (and rarely true otherwise).
 */
class StartFilter {
  private readonly bits = new Uint32Array(2048);
  private static bit(word: string): number {
    const n = Math.min(3, word.length);
    let h = n;
    for (let i = 0; i < n; i++) h = Math.imul(h, 31) + word.charCodeAt(i);
    return Math.imul(h, 0x9e3779b1) >>> 16;
  }
  add(word: string): void {
    const b = StartFilter.bit(word);
    this.bits[b >>> 5] = (this.bits[b >>> 5] ?? 0) | (1 << (b & 31));
  }
  has(word: string): boolean {
    const b = StartFilter.bit(word);
    return ((this.bits[b >>> 5] ?? 0) & (1 << (b & 31))) !== 0;
  }
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The token index just past a match of `steps[s..]` starting at token `t`, or -1. */
function matchAt(
  steps: readonly MatchStep[],
  s: number,
  t: number,
  words: readonly string[],
  count: number,
): number {
  if (s >= steps.length) return t;
  const step = steps[s] as MatchStep;
  if (step.gap >= 0) {
    for (let g = 0; g <= step.gap && t + g <= count; g++) {
      const end = matchAt(steps, s + 1, t + g, words, count);
      if (end >= 0) return end;
    }
    return -1;
  }
  const alternatives = step.alternatives;
  for (let a = 0; a < alternatives.length; a++) {
    const alternative = alternatives[a] as MatchTest[];
    const n = alternative.length;
    if (t + n > count) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      const test = alternative[k] as MatchTest;
      const word = words[t + k] ?? "";
      ok = test.prefix ? word.startsWith(test.text) : word === test.text;
    }
    if (ok) {
      const end = matchAt(steps, s + 1, t + n, words, count);
      if (end >= 0) return end;
    }
  }
  return step.optional ? matchAt(steps, s + 1, t, words, count) : -1;
}

/** Noisy-OR of the weights of the distinct indicators found: 1 − Π(1 − wᵢ). */
export function indicatorScore(flags: readonly IndicatorFlag[]): number {
  let keep = 1;
  for (const f of flags) keep *= 1 - f.weight;
  return 1 - keep;
}
