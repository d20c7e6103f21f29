import type { AgeExtraction } from "../types.ts";
import { spanOf, type ExtractContext } from "./context.ts";

/** Stated ages: "22 yo", "22 y.o.", "age 19", "19 ans", "19 años", "19 de ani", "edad: 21", "varsta 20". */
const AGE_AFTER =
  /(?<![0-9])(\d{2})\s*(?:-\s*)?(?:yo|y\.o\.?|y\/o|yrs?(?: old)?|years?(?: old)?|ans|anos|de ani|ani|anni|jahre)(?![a-z])/g;
const AGE_BEFORE = /(?<![a-z])(?:age|aged|edad|varsta|idade|alter)\s*[:=-]?\s*(\d{2})(?![0-9])/g;

const MIN_AGE = 12;
const MAX_AGE = 79;

export function extractAges(ctx: ExtractContext): AgeExtraction[] {
  const text = ctx.norm.text;
  const found: AgeExtraction[] = [];
  for (const re of [AGE_AFTER, AGE_BEFORE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const age = Number(m[1]);
      if (age < MIN_AGE || age > MAX_AGE) continue;
      const span = spanOf(ctx, m.index, m.index + m[0].length);
      if (found.some((a) => a.start < span.end && span.start < a.end)) continue;
      found.push({ kind: "age", ...span, value: String(age), age });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
