import { toOriginal, type NormalisedText } from "../text/normalise.ts";
import type { Tokens } from "../text/tokenise.ts";
import type { Span } from "../types.ts";

/** What every extractor reads: the analysed text, its normalised form and its tokens. */
export interface ExtractContext {
  original: string;
  norm: NormalisedText;
  tokens: Tokens;
  /** Countries to read national phone numbers in, most likely first. */
  regions: readonly string[];
}

/** The original span of normalised `[from, to)`, with its text. */
export function spanOf(ctx: ExtractContext, from: number, to: number): Span {
  const { start, end } = toOriginal(ctx.norm, from, to);
  return { start, end, text: ctx.original.slice(start, end) };
}
