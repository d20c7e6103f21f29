import type { Tokens } from "../text/tokenise.ts";
import type { Extraction, IndicatorFlag, Span } from "../types.ts";
import { compilePattern, type IndicatorDefinition, type Lexicon, type Step } from "./lexicon.ts";

interface CompiledPattern {
  indicator: number;
  language: string;
  steps: Step[];
}

const MAX_SPANS = 5;

/**
 * A lexicon compiled for matching: patterns indexed by their first word (or its first three
 * letters for prefixes), so each token costs one map look-up rather than one test per pattern.
 */
export class IndicatorMatcher {
  readonly lexicon: Lexicon;
  private readonly byWord = new Map<string, CompiledPattern[]>();
  private readonly byPrefix = new Map<string, CompiledPattern[]>();
  private readonly shortPrefixes: CompiledPattern[] = [];
  private readonly derived: { indicator: number; kind: NonNullable<IndicatorDefinition["derived"]> }[] = [];
  private readonly combined: { indicator: number; requires: number[] }[] = [];
  /** Patterns that may start at a word, by word: words repeat across ads, so this is reused. */
  private readonly byStart = new Map<string, readonly CompiledPattern[]>();

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
          const compiled = { indicator, language, steps };
          const first = steps[0];
          if (first?.kind !== "words") continue;
          for (const alternative of first.alternatives) {
            const test = alternative[0];
            if (test?.literal !== undefined) push(this.byWord, test.literal, compiled);
            else if (test?.prefix !== undefined) {
              if (test.prefix.length >= 3) push(this.byPrefix, test.prefix.slice(0, 3), compiled);
              else this.shortPrefixes.push(compiled);
            }
          }
        }
      }
    });
  }

  private candidates(word: string): readonly CompiledPattern[] {
    let list = this.byStart.get(word);
    if (list === undefined) {
      const found = [
        ...(this.byWord.get(word) ?? []),
        ...(word.length >= 3 ? (this.byPrefix.get(word.slice(0, 3)) ?? []) : []),
        ...this.shortPrefixes,
      ];
      list = found.length === 0 ? NONE : found;
      if (this.byStart.size >= 200_000) this.byStart.clear();
      this.byStart.set(word, list);
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
    const found = new Map<number, { language: string; spans: Span[] }>();
    const add = (indicator: number, language: string, s: Span) => {
      const entry = found.get(indicator);
      if (!entry) found.set(indicator, { language, spans: [s] });
      else if (
        entry.spans.length < MAX_SPANS &&
        !entry.spans.some((x) => x.start < s.end && s.start < x.end)
      ) {
        entry.spans.push(s);
      }
    };
    const { words, count } = tokens;
    for (let i = 0; i < count; i++) {
      const candidates = this.candidates(words[i] ?? "");
      for (const c of candidates) {
        const end = matchAt(c.steps, 0, i, words, count);
        if (end > i) add(c.indicator, c.language, span(tokens.start[i] ?? 0, tokens.end[end - 1] ?? 0));
      }
    }
    for (const { indicator, kind } of this.derived) {
      for (const x of extractions) {
        const hit =
          kind === "minor-age"
            ? x.kind === "age" && x.age < 18
            : (x.kind === "phone" || x.kind === "email") && (x.obfuscation?.length ?? 0) > 0;
        if (hit) add(indicator, "any", { start: x.start, end: x.end, text: x.text });
      }
    }
    for (const { indicator, requires } of this.combined) {
      const parts = requires.flatMap((r) => found.get(r) ?? []);
      if (parts.length === requires.length) {
        const spans = parts.flatMap((p) => p.spans.slice(0, 1));
        found.set(indicator, { language: parts[0]?.language ?? "any", spans });
      }
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

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function tokenMatches(word: string, test: { literal?: string; prefix?: string }): boolean {
  return test.literal !== undefined ? word === test.literal : word.startsWith(test.prefix ?? "\u0000");
}

/** The token index just past a match of `steps[s..]` starting at token `t`, or -1. */
function matchAt(
  steps: readonly Step[],
  s: number,
  t: number,
  words: readonly string[],
  count: number,
): number {
  const step = steps[s];
  if (!step) return t;
  if (step.kind === "gap") {
    for (let g = 0; g <= step.max && t + g <= count; g++) {
      const end = matchAt(steps, s + 1, t + g, words, count);
      if (end >= 0) return end;
    }
    return -1;
  }
  for (const alternative of step.alternatives) {
    if (t + alternative.length > count) continue;
    let ok = true;
    for (let k = 0; k < alternative.length; k++) {
      const test = alternative[k];
      if (!test || !tokenMatches(words[t + k] ?? "", test)) {
        ok = false;
        break;
      }
    }
    if (ok) {
      const end = matchAt(steps, s + 1, t + alternative.length, words, count);
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
