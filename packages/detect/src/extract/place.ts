import type { PlaceExtraction } from "../types.ts";
import { spanOf, type ExtractContext } from "./context.ts";
import { PLACE_INDEX, PLACES, type Place } from "./gazetteer.ts";

/** Words after which an ambiguous place name ("nice", "sofia") is taken as a place. */
const PREPOSITIONS = new Set(
  "in at near from to around a en dans pres de din la langa zona centro centre center city downtown".split(
    " ",
  ),
);

/** Places named in the text, by the gazetteer; each span covers the name as written. */
export function extractPlaces(ctx: ExtractContext): PlaceExtraction[] {
  const { words, start, end, count } = ctx.tokens;
  const found: PlaceExtraction[] = [];
  for (let i = 0; i < count; i++) {
    const candidates = PLACE_INDEX.get(words[i] ?? "");
    if (!candidates) continue;
    for (const { place, tokens } of candidates) {
      if (i + tokens.length > count) continue;
      let ok = true;
      for (let k = 1; k < tokens.length; k++) {
        if (words[i + k] !== tokens[k]) {
          ok = false;
          break;
        }
      }
      if (!ok) continue;
      const from = start[i] ?? 0;
      const to = end[i + tokens.length - 1] ?? from;
      const span = spanOf(ctx, from, to);
      if (place.ambiguous) {
        // A capital counts, except the one every sentence starts with.
        const sentenceStart = /(^|[.!?\n]\s*)$/.test(
          ctx.original.slice(Math.max(0, span.start - 3), span.start),
        );
        const capital = /^\p{Lu}/u.test(span.text) && !sentenceStart;
        const previous = i > 0 ? (words[i - 1] ?? "") : "";
        if (!capital && !PREPOSITIONS.has(previous)) continue;
        if (
          capital &&
          i > 0 &&
          !PREPOSITIONS.has(previous) &&
          /^(i m|im|i am|je suis|soy|sunt|ma numesc)$/.test(words.slice(Math.max(0, i - 2), i).join(" "))
        )
          continue;
      }
      found.push(placeExtraction(place, span));
      i += tokens.length - 1;
      break;
    }
  }
  return found;
}

function placeExtraction(place: Place, span: { start: number; end: number; text: string }): PlaceExtraction {
  return {
    kind: "place",
    ...span,
    value: `${place.country}:${place.city}`,
    country: place.country,
    city: place.city,
  };
}

/** Looks up a source's own place field: the first gazetteer place named in it, ambiguity allowed. */
export function lookupPlace(tokens: readonly string[]): Place | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const candidates = PLACE_INDEX.get(tokens[i] ?? "");
    if (!candidates) continue;
    for (const { place, tokens: name } of candidates) {
      if (name.every((t, k) => tokens[i + k] === t)) return place;
    }
  }
  return undefined;
}

export { PLACES };
